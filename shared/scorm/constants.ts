/**
 * SCORM run-time constants, cited from the ADL specifications so that adapters, the strict fake LMS
 * used in tests and the exporters all agree on one source.
 *
 * - SCORM 1.2: "The SCORM Run-Time Environment" version 1.2, section 3.4 (CMI data model) and
 *   3.4.4 (data types CMIString255, CMIString4096, CMITimespan, CMITime, CMIFeedback, CMIIdentifier).
 * - SCORM 2004 3rd/4th edition: "SCORM 2004 Run-Time Environment" section 4.2 (data model elements)
 *   and 4.1.1 (characterstring / timeinterval / time (second,10,0) data types, SPM = smallest permitted maximum).
 */

// ---------------------------------------------------------------- SCORM 1.2 (RTE 3.4)

/** RTE 3.4.2 cmi.core.lesson_status vocabulary. Content must never *set* "not attempted". */
export const SCORM12_LESSON_STATUS = [
  'passed',
  'completed',
  'failed',
  'incomplete',
  'browsed',
  'not attempted',
] as const;
export type Scorm12LessonStatus = (typeof SCORM12_LESSON_STATUS)[number];

/** RTE 3.4.2 cmi.core.exit vocabulary ("" = normal exit). */
export const SCORM12_EXIT = ['time-out', 'suspend', 'logout', ''] as const;

/** RTE 3.4.2 cmi.core.lesson_location is CMIString255. */
export const SCORM12_LESSON_LOCATION_MAX = 255;
/** RTE 3.4.2 cmi.suspend_data is CMIString4096. */
export const SCORM12_SUSPEND_DATA_MAX = 4096;
/** RTE 3.4.4 CMIIdentifier: no whitespace, at most 255 characters. */
export const SCORM12_IDENTIFIER_MAX = 255;
/** RTE 3.4.4 CMIFeedback (student_response, correct_responses.n.pattern): CMIString255. */
export const SCORM12_FEEDBACK_MAX = 255;

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

// ---------------------------------------------------------------- SCORM 2004 (RTE 4.2, 3rd and 4th edition)

/** RTE 4.2.4 cmi.completion_status. Content must never *set* "not attempted". */
export const SCORM2004_COMPLETION_STATUS = ['completed', 'incomplete', 'not attempted', 'unknown'] as const;
/** RTE 4.2.22 cmi.success_status. */
export const SCORM2004_SUCCESS_STATUS = ['passed', 'failed', 'unknown'] as const;
/** RTE 4.2.8 cmi.exit. */
export const SCORM2004_EXIT = ['time-out', 'suspend', 'logout', 'normal', ''] as const;

/** RTE 4.2.14 cmi.location: characterstring, SPM 1000. */
export const SCORM2004_LOCATION_MAX = 1000;
/** RTE 4.2.23 cmi.suspend_data: characterstring, SPM 64000 (3rd and 4th edition; 2nd edition was 4000). */
export const SCORM2004_SUSPEND_DATA_MAX = 64000;
/** RTE 4.2.9.1 cmi.interactions.n.id: long_identifier_type, SPM 4000. */
export const SCORM2004_LONG_IDENTIFIER_MAX = 4000;
/** RTE 4.2.9.1 cmi.interactions.n.description: localized_string_type, SPM 250. */
export const SCORM2004_DESCRIPTION_MAX = 250;
/** RTE 4.2.9.1 learner_response fill-in: each localized string SPM 250. */
export const SCORM2004_FILL_IN_MAX = 250;

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
/** RTE 4.1.1 delimiters used in 2004 interaction responses. */
export const SCORM2004_DELIMITER = { list: '[,]', pair: '[.]' } as const;

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

// ---------------------------------------------------------------- Both

/** The interaction types Coursewright's question kinds map to (valid in 1.2 and 2004 alike). */
export type InteractionType = 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'numeric' | 'likert';

/** ADL's API discovery algorithm gives up after this many parent hops (the published sample uses 500; 7 in older ones). */
export const API_DISCOVERY_MAX_HOPS = 500;
export const SCORM12_API_NAME = 'API';
export const SCORM2004_API_NAME = 'API_1484_11';
