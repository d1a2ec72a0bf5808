import type { CourseTree } from '../../../shared/model/course';
import { el, type XmlElement, type XmlNode } from './xml-writer';

/** What both manifest builders need: one SCO launching `launchHref`, listing every packaged file. */
export interface ManifestInput {
  /** Stable across re-exports (the course id), so LMSs recognise an updated package. */
  courseId: string;
  title: string;
  description: string;
  /** BCP 47 tag. */
  language: string;
  /** Estimated learning time in whole minutes (≥ 1). */
  typicalMinutes: number;
  launchHref: string;
  /** Every file in the package except the manifest itself, as package-relative paths. */
  files: readonly string[];
  /** SCORM 1.2 `adlcp:masteryscore` (0–100) when the course asks for it; absent or null: none. */
  masteryScore?: number | null;
}

/** What a format's manifest may also need beyond the common input (cmi5 builds AUs from the course tree). */
export interface ManifestContext {
  course: CourseTree;
  /** cmi5: one AU per module instead of one AU for the course. */
  auPerModule: boolean;
}

/** A manifest file and where it goes in the package. */
export interface ManifestFile {
  path: string;
  text: string;
}

/** XML IDs (xsd:ID) must not start with a digit, and UUIDs may: prefix them. */
export const manifestIds = (courseId: string) => ({
  manifest: `com.coursewright.${courseId}`,
  organization: `ORG-${courseId}`,
  item: `ITEM-${courseId}`,
  resource: `RES-${courseId}`,
});

/** ISO 8601 duration (`PT1H5M`), the form both LOM bindings accept for typical learning time. */
export function isoMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return `PT${h > 0 ? `${h}H` : ''}${rest > 0 || h === 0 ? `${rest}M` : ''}`;
}

/** Files in a fixed order with the launch file first (manifests are part of the byte-identical export). */
export function orderedFiles(input: ManifestInput): string[] {
  const rest = [...new Set(input.files)].filter((f) => f !== input.launchHref).sort();
  return [input.launchHref, ...rest];
}

/** Both SCORM bindings' organization: one item for the one SCO; `itemExtra` follows the item's title. */
export function singleScoOrganizations(
  input: ManifestInput,
  itemExtra: XmlNode | null,
  orgExtra: XmlNode | null = null,
): XmlElement {
  const ids = manifestIds(input.courseId);
  return el(
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
        itemExtra,
      ),
      orgExtra,
    ),
  );
}

/** The one SCO resource listing every file; the SCORM type attribute is spelled differently per binding. */
export function singleScoResources(
  input: ManifestInput,
  scormTypeAttr: 'adlcp:scormtype' | 'adlcp:scormType',
): XmlElement {
  const ids = manifestIds(input.courseId);
  return el(
    'resources',
    {},
    el(
      'resource',
      { identifier: ids.resource, type: 'webcontent', [scormTypeAttr]: 'sco', href: input.launchHref },
      ...orderedFiles(input).map((href) => el('file', { href })),
    ),
  );
}
