import { PACKAGE_PATHS, type ExportFormat } from '../../shared';
import { buildCmi5Manifest } from './manifest/cmi5-manifest';
import type { ManifestContext, ManifestFile, ManifestInput } from './manifest/manifest-input';
import { buildScorm12Manifest } from './manifest/scorm12-manifest';
import { buildScorm2004Manifest } from './manifest/scorm2004-manifest';
import { buildTincanManifest } from './manifest/tincan-manifest';

type ManifestBuilder = (input: ManifestInput, context: ManifestContext) => ManifestFile | null;

const ims = (text: string): ManifestFile => ({ path: PACKAGE_PATHS.manifest, text });

/**
 * The main-side part of each export format (its descriptor is `shared/core/export-formats.ts`): the manifest
 * it writes and where, or null for none. Typed by format, so a new format without an entry is a compile error.
 */
export const MANIFEST_BUILDERS: { readonly [F in ExportFormat]: ManifestBuilder } = {
  scorm12: (input) => ims(buildScorm12Manifest(input)),
  'scorm2004-3rd': (input) => ims(buildScorm2004Manifest(input, '3rd')),
  'scorm2004-4th': (input) => ims(buildScorm2004Manifest(input, '4th')),
  html5: () => null,
  cmi5: (_input, { course, auPerModule }) => ({
    path: PACKAGE_PATHS.cmi5Manifest,
    text: buildCmi5Manifest(course, { auPerModule }),
  }),
  xapi: (_input, { course }) => ({ path: PACKAGE_PATHS.tincanManifest, text: buildTincanManifest(course) }),
};
