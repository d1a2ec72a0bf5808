import { SCORM12_SUSPEND_DATA_MAX, SCORM2004_SUSPEND_DATA_MAX } from '../scorm/constants';
import type { ExportFormat, LmsBinding } from './export-formats';

/** What the player needs of a format (the registry in `export-formats.ts` spreads it, with the labels). */
export interface ExportFormatRuntime {
  readonly lms: LmsBinding;
  /** Largest suspend_data the format's LMS accepts (SCORM 1.2 RTE 3.4.2 / SCORM 2004 RTE 4.2.23). */
  readonly suspendDataMax: number;
}

export const EXPORT_FORMAT_RUNTIME: { readonly [F in ExportFormat]: ExportFormatRuntime } = {
  scorm12: { lms: 'scorm12', suspendDataMax: SCORM12_SUSPEND_DATA_MAX },
  'scorm2004-3rd': { lms: 'scorm2004', suspendDataMax: SCORM2004_SUSPEND_DATA_MAX },
  'scorm2004-4th': { lms: 'scorm2004', suspendDataMax: SCORM2004_SUSPEND_DATA_MAX },
  // localStorage has megabytes; keep the SCORM 2004 budget so all targets behave alike.
  html5: { lms: 'none', suspendDataMax: SCORM2004_SUSPEND_DATA_MAX },
  // Progress lives in a State API document; the SCORM 2004 budget keeps every target alike.
  cmi5: { lms: 'cmi5', suspendDataMax: SCORM2004_SUSPEND_DATA_MAX },
  xapi: { lms: 'xapi', suspendDataMax: SCORM2004_SUSPEND_DATA_MAX },
};
