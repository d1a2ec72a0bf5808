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

/** RTE 3.4.2 cmi.core.lesson_location is CMIString255. */
export const SCORM12_LESSON_LOCATION_MAX = 255;
/** RTE 3.4.2 cmi.suspend_data is CMIString4096. */
export const SCORM12_SUSPEND_DATA_MAX = 4096;
/** RTE 3.4.4 CMIFeedback (student_response, correct_responses.n.pattern): CMIString255. */
export const SCORM12_FEEDBACK_MAX = 255;

// ---------------------------------------------------------------- SCORM 2004 (RTE 4.2, 3rd and 4th edition)

/** RTE 4.2.14 cmi.location: characterstring, SPM 1000. */
export const SCORM2004_LOCATION_MAX = 1000;
/** RTE 4.2.23 cmi.suspend_data: characterstring, SPM 64000 (3rd and 4th edition; 2nd edition was 4000). */
export const SCORM2004_SUSPEND_DATA_MAX = 64000;
/** RTE 4.2.9.1 cmi.interactions.n.description: localized_string_type, SPM 250. */
export const SCORM2004_DESCRIPTION_MAX = 250;
/** RTE 4.2.9.1 learner_response fill-in: each localized string SPM 250. */
export const SCORM2004_FILL_IN_MAX = 250;

/** RTE 4.1.1 delimiters used in 2004 interaction responses. */
export const SCORM2004_DELIMITER = { list: '[,]', pair: '[.]' } as const;

// ---------------------------------------------------------------- Both

/** The interaction types Coursewright's question kinds map to (valid in 1.2 and 2004 alike). */
export type InteractionType = 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'numeric' | 'likert';

/** ADL's API discovery algorithm gives up after this many parent hops (the published sample uses 500; 7 in older ones). */
export const API_DISCOVERY_MAX_HOPS = 500;
export const SCORM12_API_NAME = 'API';
export const SCORM2004_API_NAME = 'API_1484_11';
