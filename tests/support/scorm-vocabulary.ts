/**
 * SCORM run-time vocabularies and data-type patterns the strict fake LMS checks the player's calls against (the
 * player itself never needs them, so they live with the tests; the ones the product uses stay in
 * shared/scorm/constants.ts). Cited from the ADL specifications: SCORM 1.2 RTE section 3.4 (CMI data model, 3.4.4
 * data types) and SCORM 2004 RTE section 4.2 (data model) and 4.1.1 (data types).
 */

/** RTE 3.4.2 cmi.core.exit vocabulary ("" = normal exit). */
export const SCORM12_EXIT = ['time-out', 'suspend', 'logout', ''] as const;

/** RTE 3.4.4 CMIIdentifier: no whitespace, at most 255 characters. */
export const SCORM12_IDENTIFIER_MAX = 255;

/** RTE 3.4.2 cmi.interactions.n.type vocabulary. */
export const SCORM12_INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
] as const;

/** RTE 3.4.2 cmi.interactions.n.result vocabulary (or a CMIDecimal). Note 1.2 says "wrong", not "incorrect". */
export const SCORM12_INTERACTION_RESULTS = ['correct', 'wrong', 'unanticipated', 'neutral'] as const;

/** RTE 3.4.4 CMITimespan: HHHH:MM:SS.SS, hours 2–4 digits, optional 1–2 decimal places. */
export const SCORM12_TIMESPAN_RE = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

/** RTE 3.4.4 CMITime (cmi.interactions.n.time): HH:MM:SS(.SS), a time of day. */
export const SCORM12_TIME_RE = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

/** RTE 3.4.4 CMIDecimal. */
export const SCORM12_DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/** RTE 4.2.4 cmi.completion_status. Content must never *set* "not attempted". */
export const SCORM2004_COMPLETION_STATUS = ['completed', 'incomplete', 'not attempted', 'unknown'] as const;

/** RTE 4.2.22 cmi.success_status. */
export const SCORM2004_SUCCESS_STATUS = ['passed', 'failed', 'unknown'] as const;

/** RTE 4.2.8 cmi.exit. */
export const SCORM2004_EXIT = ['time-out', 'suspend', 'logout', 'normal', ''] as const;

/** RTE 4.2.9.1 cmi.interactions.n.id: long_identifier_type, SPM 4000. */
export const SCORM2004_LONG_IDENTIFIER_MAX = 4000;

/** RTE 4.2.9.1 cmi.interactions.n.type vocabulary. */
export const SCORM2004_INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'likert',
  'matching',
  'performance',
  'sequencing',
  'numeric',
  'other',
] as const;

/** RTE 4.2.9.1 cmi.interactions.n.result vocabulary (or a real). */
export const SCORM2004_INTERACTION_RESULTS = ['correct', 'incorrect', 'unanticipated', 'neutral'] as const;

/**
 * RTE 4.1.1 timeinterval (second,10,2): ISO 8601 duration P[yY][mM][dD][T[hH][nM][s[.s]S]] with at most
 * two decimal places on seconds, at least one component, and a `T` only when a time component follows.
 */
export const SCORM2004_TIMEINTERVAL_RE = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

/**
 * RTE 4.1.1 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], at most 2 decimals. The time zone
 * designator may only follow fractional seconds: `…:07Z` is invalid (strict LMSs answer error 406).
 */
export const SCORM2004_TIME_RE =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?)?$/;

/** RTE 4.1.1 real (10,7). */
export const SCORM2004_REAL_RE = /^-?\d+(\.\d{1,7})?$/;
