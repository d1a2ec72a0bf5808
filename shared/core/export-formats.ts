import { EXPORT_FORMAT_RUNTIME, type ExportFormatRuntime } from './export-format-runtime';

/**
 * The zod-free description of each export format. Every list and switch over formats derives from here: the
 * contract's enum, package targets, the player's LMS binding and suspend_data budget, the export dialog, the
 * stand-in LMS. Main-side parts (manifest builders) are registered by format in `main/export/format-parts.ts`,
 * typed so a format without one is a compile error.
 */
export const EXPORT_FORMATS = ['scorm12', 'scorm2004-3rd', 'scorm2004-4th', 'html5', 'cmi5', 'xapi'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Which LMS API the player binds to (`none`: standalone, progress in localStorage; `cmi5` / `xapi`: xAPI
 * statements to the LRS named by the launch URL, cmi5 §8 / Tin Can launch).
 */
export const LMS_BINDINGS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'none'] as const;
export type LmsBinding = (typeof LMS_BINDINGS)[number];

/** The labels of a format for people, plus its runtime half (`export-format-runtime.ts`, spread). */
interface ExportFormatDescriptor extends ExportFormatRuntime {
  readonly id: ExportFormat;
  /** Plain name first, the standard's name second. */
  readonly label: string;
  /** Short name for tight spaces (preview switcher). */
  readonly shortLabel: string;
  readonly hint: string;
  /** Offered in the preview's format switcher. */
  readonly inPreview: boolean;
}

export const EXPORT_FORMAT_REGISTRY: { readonly [F in ExportFormat]: ExportFormatDescriptor & { id: F } } = {
  scorm12: {
    ...EXPORT_FORMAT_RUNTIME.scorm12,
    id: 'scorm12',
    label: 'SCORM 1.2',
    shortLabel: 'SCORM 1.2',
    hint: 'Accepted by almost every LMS.',
    inPreview: true,
  },
  'scorm2004-3rd': {
    ...EXPORT_FORMAT_RUNTIME['scorm2004-3rd'],
    id: 'scorm2004-3rd',
    label: 'SCORM 2004 (3rd edition)',
    shortLabel: 'SCORM 2004 3rd',
    hint: 'Separate completion and pass/fail, more room for progress.',
    inPreview: false,
  },
  'scorm2004-4th': {
    ...EXPORT_FORMAT_RUNTIME['scorm2004-4th'],
    id: 'scorm2004-4th',
    label: 'SCORM 2004 (4th edition)',
    shortLabel: 'SCORM 2004',
    hint: 'The newest SCORM; check your LMS supports it.',
    inPreview: true,
  },
  html5: {
    ...EXPORT_FORMAT_RUNTIME.html5,
    id: 'html5',
    label: 'HTML5 (no LMS)',
    shortLabel: 'HTML5',
    hint: 'A zip that opens in any browser; progress stays on the learner’s device.',
    inPreview: true,
  },
  cmi5: {
    ...EXPORT_FORMAT_RUNTIME.cmi5,
    id: 'cmi5',
    label: 'cmi5',
    shortLabel: 'cmi5',
    hint: 'The xAPI successor to SCORM for LMSs that support cmi5.',
    // Previewed through the app's own cmi5 LMS and local LRS (main/lrs/cmi5-launcher.ts).
    inPreview: true,
  },
  xapi: {
    ...EXPORT_FORMAT_RUNTIME.xapi,
    id: 'xapi',
    label: 'xAPI (Tin Can)',
    shortLabel: 'xAPI',
    hint: 'For an LMS or LRS with Tin Can launch (SCORM Cloud, Moodle); records go to its LRS.',
    inPreview: false,
  },
};

/** The player's targets: every export format plus the editor's preview. */
export const PACKAGE_TARGETS = [...EXPORT_FORMATS, 'preview'] as const;
export type PackageTarget = (typeof PACKAGE_TARGETS)[number];
