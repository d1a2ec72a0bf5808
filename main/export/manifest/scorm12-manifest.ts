import { el, renderXmlDocument } from './xml-writer';
import { isoMinutes, manifestIds, orderedFiles, type ManifestInput } from './manifest-input';

const NS_CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const NS_ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const NS_MD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';

/**
 * SCORM 1.2 `imsmanifest.xml`: one SCO, IMS MD 1.2.1 metadata inline (title, language,
 * description, typical learning time).
 *
 * `adlcp:masteryscore` only when the course asks for it (`scorm12MasteryScore`): an LMS that has a
 * mastery score may compute `lesson_status` (passed/failed) itself from `score.raw`, overriding the
 * status the player reports. The player sends a score only once the result is final, so even then a
 * learner who may still retake is never failed early.
 */
export function buildScorm12Manifest(input: ManifestInput): string {
  const ids = manifestIds(input.courseId);
  const lang = input.language;
  const langstring = (text: string) => el('langstring', { 'xml:lang': lang }, text);
  const lom = el(
    'lom',
    { xmlns: NS_MD },
    el(
      'general',
      {},
      el('title', {}, langstring(input.title)),
      el('language', {}, lang),
      input.description.trim() ? el('description', {}, langstring(input.description.trim())) : null,
    ),
    el('educational', {}, el('typicallearningtime', {}, el('datetime', {}, isoMinutes(input.typicalMinutes)))),
  );
  const root = el(
    'manifest',
    {
      identifier: ids.manifest,
      version: '1.0',
      xmlns: NS_CP,
      'xmlns:adlcp': NS_ADLCP,
    },
    el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2'), lom),
    el(
      'organizations',
      { default: ids.organization },
      el(
        'organization',
        { identifier: ids.organization },
        el('title', {}, input.title),
        el(
          'item',
          { identifier: ids.item, identifierref: ids.resource, isvisible: 'true' },
          el('title', {}, input.title),
          input.masteryScore == null
            ? null
            : el('adlcp:masteryscore', {}, String(Math.max(0, Math.min(100, Math.round(input.masteryScore))))),
        ),
      ),
    ),
    el(
      'resources',
      {},
      el(
        'resource',
        { identifier: ids.resource, type: 'webcontent', 'adlcp:scormtype': 'sco', href: input.launchHref },
        ...orderedFiles(input).map((href) => el('file', { href })),
      ),
    ),
  );
  return renderXmlDocument(root);
}
