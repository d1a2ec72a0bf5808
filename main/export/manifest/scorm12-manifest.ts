import { el, renderXmlDocument } from './xml-writer';
import {
  isoMinutes,
  manifestIds,
  singleScoOrganizations,
  singleScoResources,
  type ManifestInput,
} from './manifest-input';

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
    singleScoOrganizations(
      input,
      input.masteryScore == null
        ? null
        : el('adlcp:masteryscore', {}, String(Math.max(0, Math.min(100, Math.round(input.masteryScore))))),
    ),
    singleScoResources(input, 'adlcp:scormtype'),
  );
  return renderXmlDocument(root);
}
