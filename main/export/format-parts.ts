import type { ExportFormat } from '../../shared';
import type { ManifestInput } from './manifest/manifest-input';
import { buildScorm12Manifest } from './manifest/scorm12-manifest';
import { buildScorm2004Manifest } from './manifest/scorm2004-manifest';

/**
 * The main-side part of each export format (its descriptor is `shared/core/export-formats.ts`): the manifest
 * it writes, or null for none. Typed by format, so a new format without an entry is a compile error.
 */
export const MANIFEST_BUILDERS: { readonly [F in ExportFormat]: (input: ManifestInput) => string | null } = {
  scorm12: buildScorm12Manifest,
  'scorm2004-3rd': (input) => buildScorm2004Manifest(input, '3rd'),
  'scorm2004-4th': (input) => buildScorm2004Manifest(input, '4th'),
  html5: () => null,
};
