import { el, renderXmlDocument } from './xml-writer';
import {
  isoMinutes,
  manifestIds,
  singleScoOrganizations,
  singleScoResources,
  type ManifestInput,
} from './manifest-input';

const NS = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
} as const;

type Scorm2004Edition = '3rd' | '4th';

/**
 * SCORM 2004 (3rd or 4th Edition) `imsmanifest.xml`: one SCO with inline IEEE LOM metadata.
 * The item's delivery controls say the content sets completion and objective (success) status,
 * so the LMS defers to what the player reports instead of assuming "completed" on exit.
 * Both editions share the same namespaces; they differ in `schemaversion` only for what we use.
 */
export function buildScorm2004Manifest(input: ManifestInput, edition: Scorm2004Edition): string {
  const ids = manifestIds(input.courseId);
  const lang = input.language;
  const lomString = (text: string) => el('lom:string', { language: lang }, text);
  const lom = el(
    'lom:lom',
    {},
    el(
      'lom:general',
      {},
      el('lom:title', {}, lomString(input.title)),
      el('lom:language', {}, lang),
      input.description.trim() ? el('lom:description', {}, lomString(input.description.trim())) : null,
    ),
    el(
      'lom:educational',
      {},
      el('lom:typicalLearningTime', {}, el('lom:duration', {}, isoMinutes(input.typicalMinutes))),
    ),
  );
  const root = el(
    'manifest',
    {
      identifier: ids.manifest,
      version: '1',
      xmlns: NS.cp,
      'xmlns:adlcp': NS.adlcp,
      'xmlns:adlseq': NS.adlseq,
      'xmlns:adlnav': NS.adlnav,
      'xmlns:imsss': NS.imsss,
      'xmlns:lom': NS.lom,
    },
    el(
      'metadata',
      {},
      el('schema', {}, 'ADL SCORM'),
      el('schemaversion', {}, edition === '4th' ? '2004 4th Edition' : '2004 3rd Edition'),
      lom,
    ),
    singleScoOrganizations(
      input,
      el(
        'imsss:sequencing',
        {},
        el('imsss:deliveryControls', {
          tracked: 'true',
          completionSetByContent: 'true',
          objectiveSetByContent: 'true',
        }),
      ),
      el('imsss:sequencing', {}, el('imsss:controlMode', { choice: 'true', flow: 'true' })),
    ),
    singleScoResources(input, 'adlcp:scormType'),
  );
  return renderXmlDocument(root);
}
