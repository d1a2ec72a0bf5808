import { AppError } from '../../shared';
import { applyParameters, joinBase, packagePath } from './launch-url';
import type {
  LaunchableSco,
  ManifestItem,
  ManifestOrganization,
  ManifestResource,
  ScormManifest,
  ScormVersion,
} from './manifest-types';
import { attr, childNamed, childrenNamed, decodeXmlBytes, parseXml, xmlBase, type XmlElement } from './xml-lite';

const refuse = (message: string): AppError => new AppError('IMPORT', message);
const textOf = (el: XmlElement | undefined): string | null => {
  const t = el?.text.trim();
  return t ? t : null;
};

/** Parses imsmanifest.xml bytes (or text) into a `ScormManifest`; throws `AppError('IMPORT')` with the reason. */
export function parseManifest(source: Buffer | string): ScormManifest {
  const text = typeof source === 'string' ? source : decodeXmlBytes(source);
  const root = parseXml(text);
  if (root.local !== 'manifest') {
    throw refuse(`imsmanifest.xml has the root element <${root.name}>; a SCORM manifest starts with <manifest>.`);
  }
  const warnings: string[] = [];
  const { version, schemaVersion } = detectVersion(root, warnings);
  const resources = parseResources(root, warnings);
  const byId = new Map(resources.map((r) => [r.identifier, r]));

  const orgsEl = childNamed(root, 'organizations');
  const organizations = orgsEl ? childrenNamed(orgsEl, 'organization').map((o, i) => parseOrganization(o, i)) : [];
  const wantedDefault = orgsEl ? attr(orgsEl, 'default')?.trim() || null : null;
  let chosen = organizations.find((o) => o.identifier === wantedDefault) ?? null;
  if (!chosen && organizations.length > 0) {
    chosen = organizations[0] ?? null;
    warnings.push(
      wantedDefault
        ? `The default organization "${wantedDefault}" does not exist; using "${chosen?.identifier}".`
        : `No default organization is named; using the first one, "${chosen?.identifier}".`,
    );
  }

  const scos: LaunchableSco[] = [];
  if (chosen) {
    collectLaunchables(chosen.items, 0, byId, scos, warnings);
  } else {
    // Tolerated: an empty <organizations/> with launchable resources (common in hand-made packages).
    warnings.push('The manifest has no organization; every resource with an href is offered in manifest order.');
    for (const r of resources) {
      if (!r.href) continue;
      const path = packagePath(r.href);
      if (!path) continue;
      scos.push({
        ...emptyLimits,
        itemId: r.identifier,
        title: r.identifier,
        resourceId: r.identifier,
        scormType: r.scormType,
        launchUrl: r.href,
        launchPath: path,
        depth: 0,
      });
    }
  }
  if (scos.length === 0) {
    throw refuse(
      'imsmanifest.xml names nothing to launch: no item refers to a resource with an href inside the package.',
    );
  }

  const titleFromMeta = chosen?.title || null;
  return {
    version,
    schemaVersion,
    identifier: attr(root, 'identifier')?.trim() || 'manifest',
    title: titleFromMeta ?? scos[0]?.title ?? 'Untitled package',
    defaultOrganizationId: chosen?.identifier ?? null,
    organizations,
    resources,
    scos,
    warnings,
  };
}

const emptyLimits = {
  masteryScore: null,
  scaledPassingScore: null,
  completionThreshold: null,
  launchData: null,
  maxTimeAllowed: null,
  timeLimitAction: null,
} as const;

function detectVersion(root: XmlElement, warnings: string[]): { version: ScormVersion; schemaVersion: string | null } {
  const metadata = childNamed(root, 'metadata');
  const schemaVersion = textOf(metadata ? childNamed(metadata, 'schemaversion') : undefined);
  const sv = schemaVersion?.toLowerCase() ?? '';
  if (sv.includes('4th')) return { version: 'scorm2004-4th', schemaVersion };
  if (sv.includes('2004') || sv.includes('cam 1.3') || sv === '1.3') return { version: 'scorm2004-3rd', schemaVersion };
  if (/^1\.2\b/.test(sv)) return { version: 'scorm12', schemaVersion };

  // No usable <schemaversion>: fall back to the namespaces in play.
  const namespaces = [...allNamespaces(root)].join(' ').toLowerCase();
  const location = (attr(root, 'schemaLocation') ?? '').toLowerCase();
  if (namespaces.includes('adlcp_v1p3') || namespaces.includes('imsss') || namespaces.includes('imscp_v1p1')) {
    warnings.push('No SCORM schemaversion in the metadata; treated as SCORM 2004 from its namespaces.');
    return {
      version: location.includes('adlnav') && location.includes('4th') ? 'scorm2004-4th' : 'scorm2004-3rd',
      schemaVersion,
    };
  }
  if (!namespaces.includes('adlcp_rootv1p2') && !namespaces.includes('imscp_rootv1p1p2')) {
    warnings.push(
      'Neither the schemaversion nor the namespaces say which SCORM version this is; treated as SCORM 1.2.',
    );
  } else if (schemaVersion === null) {
    warnings.push('No SCORM schemaversion in the metadata; treated as SCORM 1.2 from its namespaces.');
  }
  return { version: 'scorm12', schemaVersion };
}

function allNamespaces(el: XmlElement, out = new Set<string>()): Set<string> {
  for (const [key, value] of el.attrs) if (key === 'xmlns' || key.startsWith('xmlns:')) out.add(value);
  for (const c of el.children) allNamespaces(c, out);
  return out;
}

function parseResources(root: XmlElement, warnings: string[]): ManifestResource[] {
  const resourcesEl = childNamed(root, 'resources');
  if (!resourcesEl) throw refuse('imsmanifest.xml has no <resources> element.');
  const seen = new Set<string>();
  const out: ManifestResource[] = [];
  for (const r of childrenNamed(resourcesEl, 'resource')) {
    const identifier = attr(r, 'identifier')?.trim();
    if (!identifier) {
      warnings.push(`A <resource> on line ${r.line} has no identifier and was skipped.`);
      continue;
    }
    if (seen.has(identifier)) {
      warnings.push(`The resource identifier "${identifier}" is used twice; the first one is kept.`);
      continue;
    }
    seen.add(identifier);
    const base = [xmlBase(root), xmlBase(resourcesEl), xmlBase(r)];
    const href = attr(r, 'href')?.trim();
    const scormType = (attr(r, 'scormtype') ?? '').trim().toLowerCase() === 'asset' ? 'asset' : 'sco';
    out.push({
      identifier,
      type: attr(r, 'type')?.trim() ?? 'webcontent',
      scormType,
      href: href ? joinBase([...base, href]) : null,
      files: childrenNamed(r, 'file')
        .map((f) => attr(f, 'href')?.trim())
        .filter((h): h is string => !!h)
        .map((h) => joinBase([...base, h])),
      dependencies: childrenNamed(r, 'dependency')
        .map((d) => attr(d, 'identifierref')?.trim())
        .filter((d): d is string => !!d),
    });
  }
  return out;
}

function parseOrganization(el: XmlElement, index: number): ManifestOrganization {
  const identifier = attr(el, 'identifier')?.trim() || `organization-${index + 1}`;
  return {
    identifier,
    title: textOf(childNamed(el, 'title')) ?? identifier,
    items: childrenNamed(el, 'item').map((i, n) => parseItem(i, `${identifier}-item-${n + 1}`)),
  };
}

function parseItem(el: XmlElement, fallbackId: string): ManifestItem {
  const identifier = attr(el, 'identifier')?.trim() || fallbackId;
  const sequencing = childNamed(el, 'sequencing');
  const objectives = sequencing ? childNamed(sequencing, 'objectives') : undefined;
  const primary = objectives ? childNamed(objectives, 'primaryobjective') : undefined;
  const byMeasure = primary ? (attr(primary, 'satisfiedByMeasure') ?? '').trim() === 'true' : false;
  const measure = primary ? numberOrNull(textOf(childNamed(primary, 'minnormalizedmeasure'))) : null;
  const limits = sequencing ? childNamed(sequencing, 'limitconditions') : undefined;
  const threshold = childNamed(el, 'completionthreshold');
  return {
    identifier,
    title: textOf(childNamed(el, 'title')) ?? identifier,
    resourceId: attr(el, 'identifierref')?.trim() || null,
    parameters: attr(el, 'parameters') ?? null,
    visible: (attr(el, 'isvisible') ?? 'true').trim().toLowerCase() !== 'false',
    masteryScore: numberOrNull(textOf(childNamed(el, 'masteryscore'))),
    scaledPassingScore: byMeasure ? measure : null,
    // 3rd edition: element text; 4th edition: the minProgressMeasure attribute.
    completionThreshold: threshold
      ? numberOrNull(textOf(threshold) ?? attr(threshold, 'minProgressMeasure') ?? null)
      : null,
    launchData: childNamed(el, 'datafromlms')?.text ?? null,
    maxTimeAllowed:
      textOf(childNamed(el, 'maxtimeallowed')) ??
      (limits ? (attr(limits, 'attemptAbsoluteDurationLimit') ?? null) : null),
    timeLimitAction: textOf(childNamed(el, 'timelimitaction')),
    children: childrenNamed(el, 'item').map((c, n) => parseItem(c, `${identifier}-${n + 1}`)),
  };
}

function numberOrNull(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

function collectLaunchables(
  items: readonly ManifestItem[],
  depth: number,
  resources: ReadonlyMap<string, ManifestResource>,
  out: LaunchableSco[],
  warnings: string[],
): void {
  for (const item of items) {
    if (item.resourceId) {
      const resource = resources.get(item.resourceId);
      if (!resource) warnings.push(`Item "${item.identifier}" refers to the missing resource "${item.resourceId}".`);
      else if (!resource.href)
        warnings.push(`Item "${item.identifier}" refers to resource "${resource.identifier}", which has no href.`);
      else {
        const launchUrl = applyParameters(resource.href, item.parameters);
        const launchPath = packagePath(launchUrl);
        if (!launchPath) {
          warnings.push(`Item "${item.identifier}" launches ${resource.href}, which is outside the package; skipped.`);
        } else {
          out.push({
            itemId: item.identifier,
            title: item.title,
            resourceId: resource.identifier,
            scormType: resource.scormType,
            launchUrl: launchUrl.replace(/^(\.\/)+/, ''),
            launchPath,
            depth,
            masteryScore: item.masteryScore,
            scaledPassingScore: item.scaledPassingScore,
            completionThreshold: item.completionThreshold,
            launchData: item.launchData,
            maxTimeAllowed: item.maxTimeAllowed,
            timeLimitAction: item.timeLimitAction,
          });
        }
      }
    }
    collectLaunchables(item.children, depth + 1, resources, out, warnings);
  }
}
