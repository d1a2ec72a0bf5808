import {
  SCORM12_FEEDBACK_MAX,
  SCORM12_LESSON_LOCATION_MAX,
  SCORM12_LESSON_STATUS,
  SCORM12_SUSPEND_DATA_MAX,
  SCORM2004_DESCRIPTION_MAX,
  SCORM2004_LOCATION_MAX,
  SCORM2004_SUSPEND_DATA_MAX,
} from '../../shared/scorm/constants';
import {
  SCORM12_DECIMAL_RE,
  SCORM12_EXIT,
  SCORM12_IDENTIFIER_MAX,
  SCORM12_INTERACTION_RESULTS,
  SCORM12_INTERACTION_TYPES,
  SCORM12_TIME_RE,
  SCORM12_TIMESPAN_RE,
  SCORM2004_COMPLETION_STATUS,
  SCORM2004_EXIT,
  SCORM2004_INTERACTION_RESULTS,
  SCORM2004_INTERACTION_TYPES,
  SCORM2004_LONG_IDENTIFIER_MAX,
  SCORM2004_REAL_RE,
  SCORM2004_SUCCESS_STATUS,
  SCORM2004_TIME_RE,
  SCORM2004_TIMEINTERVAL_RE,
} from './scorm-vocabulary';

/** A rule returns null when the value is valid, else the reason. */
type Rule = (value: string, ctx: { type?: string | undefined }) => string | null;

const vocab =
  (values: readonly string[], forbidden: readonly string[] = []): Rule =>
  (v) =>
    forbidden.includes(v)
      ? `"${v}" must not be set by content`
      : values.includes(v)
        ? null
        : `"${v}" is not in the vocabulary`;
const maxLen =
  (n: number): Rule =>
  (v) =>
    v.length <= n ? null : `length ${v.length} exceeds ${n}`;
const regex =
  (re: RegExp, what: string): Rule =>
  (v) =>
    re.test(v) ? null : `"${v}" is not a valid ${what}`;
const decimalIn =
  (re: RegExp, min: number, max: number): Rule =>
  (v) =>
    !re.test(v)
      ? `"${v}" is not a number`
      : Number(v) < min || Number(v) > max
        ? `${v} out of range [${min}, ${max}]`
        : null;
const all =
  (...rules: Rule[]): Rule =>
  (v, ctx) =>
    rules.map((r) => r(v, ctx)).find((x) => x !== null) ?? null;

// SCORM 1.2 CMIFeedback formats per interaction type (RTE 3.4.4).
const S12_CHAR = '[0-9a-z]';
const scorm12Feedback: Rule = (v, { type }) => {
  if (v.length > SCORM12_FEEDBACK_MAX) return `length ${v.length} exceeds ${SCORM12_FEEDBACK_MAX}`;
  const patterns: Record<string, RegExp> = {
    'true-false': /^[01tf]$/,
    choice: new RegExp(`^(${S12_CHAR}(,${S12_CHAR})*|\\{${S12_CHAR}(,${S12_CHAR})*\\})$`),
    matching: new RegExp(`^${S12_CHAR}\\.${S12_CHAR}(,${S12_CHAR}\\.${S12_CHAR})*$`),
    sequencing: new RegExp(`^${S12_CHAR}(,${S12_CHAR})*$`),
    // A single character; a CMIDecimal (1.2 numeric patterns hold one value, no range).
    likert: new RegExp(`^${S12_CHAR}$`),
    numeric: SCORM12_DECIMAL_RE,
  };
  if (!type) return 'type must be set before a response';
  const re = patterns[type];
  return re && !re.test(v) ? `"${v}" is not a valid ${type} response` : null;
};

// SCORM 2004 response formats per interaction type (RTE 4.2.9.1).
const SHORT_ID = '[^\\s\\[\\]]{1,250}';
const scorm2004Response: Rule = (v, { type }) => {
  if (!type) return 'type must be set before a response (error 408)';
  const patterns: Record<string, RegExp> = {
    'true-false': /^(true|false)$/,
    choice: new RegExp(`^(${SHORT_ID}(\\[,\\]${SHORT_ID})*)?$`),
    matching: new RegExp(`^${SHORT_ID}\\[\\.\\]${SHORT_ID}(\\[,\\]${SHORT_ID}\\[\\.\\]${SHORT_ID})*$`),
    sequencing: new RegExp(`^${SHORT_ID}(\\[,\\]${SHORT_ID})*$`),
    likert: new RegExp(`^${SHORT_ID}$`),
    numeric: SCORM2004_REAL_RE,
  };
  if (type === 'fill-in') {
    // RTE 4.2.9.1: optional {case_matters=…}{order_matters=…} (patterns only), then strings split by [,],
    // each at most 250 characters and never starting with `{` (that would be a {lang=…} prefix).
    const body = v.replace(/^(\{case_matters=(true|false)\})?(\{order_matters=(true|false)\})?/, '');
    const bad = body.split('[,]').find((t) => t.length > 250 || t.startsWith('{'));
    return bad === undefined ? null : `"${v}" is not a valid fill-in response`;
  }
  const re = patterns[type];
  if (type === 'choice' && re?.test(v)) {
    const parts = v.split('[,]');
    if (new Set(parts).size !== parts.length) return 'choice responses must be unique';
  }
  return re && !re.test(v) ? `"${v}" is not a valid ${type} response` : null;
};

/** Correct-response patterns: as responses, except numeric ones are `min[:]max` (either bound may be empty). */
const REAL = SCORM2004_REAL_RE.source.slice(1, -1);
const scorm2004Pattern: Rule = (v, ctx) =>
  ctx.type === 'numeric'
    ? new RegExp(`^(${REAL})?\\[:\\](${REAL})?$`).test(v)
      ? null
      : `"${v}" is not a valid numeric pattern (min[:]max)`
    : scorm2004Response(v, ctx);

interface ElementRule {
  pattern: RegExp;
  access: 'rw' | 'ro' | 'wo';
  rule?: Rule;
}

export const SCORM12_RULES: ElementRule[] = [
  { pattern: /^cmi\.core\.(student_id|student_name|credit|entry|total_time|lesson_mode)$/, access: 'ro' },
  {
    pattern: /^cmi\.core\._children$|^cmi\.core\.score\._children$|^cmi\.interactions\._(children|count)$/,
    access: 'ro',
  },
  { pattern: /^cmi\.launch_data$|^cmi\.student_data\.mastery_score$/, access: 'ro' },
  { pattern: /^cmi\.core\.lesson_location$/, access: 'rw', rule: maxLen(SCORM12_LESSON_LOCATION_MAX) },
  { pattern: /^cmi\.core\.lesson_status$/, access: 'rw', rule: vocab(SCORM12_LESSON_STATUS, ['not attempted']) },
  { pattern: /^cmi\.core\.score\.(raw|min|max)$/, access: 'rw', rule: decimalIn(SCORM12_DECIMAL_RE, 0, 100) },
  { pattern: /^cmi\.core\.exit$/, access: 'wo', rule: vocab(SCORM12_EXIT) },
  { pattern: /^cmi\.core\.session_time$/, access: 'wo', rule: regex(SCORM12_TIMESPAN_RE, 'CMITimespan') },
  { pattern: /^cmi\.suspend_data$/, access: 'rw', rule: maxLen(SCORM12_SUSPEND_DATA_MAX) },
  { pattern: /^cmi\.comments$/, access: 'rw', rule: maxLen(4096) },
  {
    pattern: /^cmi\.interactions\.\d+\.id$/,
    access: 'wo',
    rule: all(maxLen(SCORM12_IDENTIFIER_MAX), regex(/^\S+$/, 'CMIIdentifier')),
  },
  { pattern: /^cmi\.interactions\.\d+\.type$/, access: 'wo', rule: vocab(SCORM12_INTERACTION_TYPES) },
  { pattern: /^cmi\.interactions\.\d+\.time$/, access: 'wo', rule: regex(SCORM12_TIME_RE, 'CMITime') },
  { pattern: /^cmi\.interactions\.\d+\.weighting$/, access: 'wo', rule: regex(SCORM12_DECIMAL_RE, 'CMIDecimal') },
  { pattern: /^cmi\.interactions\.\d+\.student_response$/, access: 'wo', rule: scorm12Feedback },
  { pattern: /^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, access: 'wo', rule: scorm12Feedback },
  {
    pattern: /^cmi\.interactions\.\d+\.result$/,
    access: 'wo',
    rule: (v) =>
      SCORM12_INTERACTION_RESULTS.includes(v as never) || SCORM12_DECIMAL_RE.test(v) ? null : `"${v}" invalid result`,
  },
  { pattern: /^cmi\.interactions\.\d+\.latency$/, access: 'wo', rule: regex(SCORM12_TIMESPAN_RE, 'CMITimespan') },
];

const real = (min: number, max: number): Rule => decimalIn(SCORM2004_REAL_RE, min, max);

export const SCORM2004_RULES: ElementRule[] = [
  {
    pattern:
      /^cmi\.(learner_id|learner_name|credit|entry|mode|total_time|launch_data|completion_threshold|scaled_passing_score|max_time_allowed|time_limit_action|_version)$/,
    access: 'ro',
  },
  {
    pattern: /^cmi\.interactions\._(children|count)$|^cmi\.interactions\.\d+\.correct_responses\._count$/,
    access: 'ro',
  },
  { pattern: /^cmi\.location$/, access: 'rw', rule: maxLen(SCORM2004_LOCATION_MAX) },
  { pattern: /^cmi\.completion_status$/, access: 'rw', rule: vocab(SCORM2004_COMPLETION_STATUS, ['not attempted']) },
  { pattern: /^cmi\.success_status$/, access: 'rw', rule: vocab(SCORM2004_SUCCESS_STATUS) },
  { pattern: /^cmi\.score\.scaled$/, access: 'rw', rule: real(-1, 1) },
  { pattern: /^cmi\.score\.(raw|min|max)$/, access: 'rw', rule: real(-1e10, 1e10) },
  { pattern: /^cmi\.progress_measure$/, access: 'rw', rule: real(0, 1) },
  { pattern: /^cmi\.objectives\._(children|count)$/, access: 'ro' },
  {
    pattern: /^cmi\.objectives\.\d+\.id$/,
    access: 'rw',
    rule: all(maxLen(SCORM2004_LONG_IDENTIFIER_MAX), regex(/^\S+$/, 'long_identifier_type')),
  },
  { pattern: /^cmi\.objectives\.\d+\.score\.scaled$/, access: 'rw', rule: real(-1, 1) },
  { pattern: /^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, access: 'rw', rule: real(-1e10, 1e10) },
  { pattern: /^cmi\.objectives\.\d+\.success_status$/, access: 'rw', rule: vocab(SCORM2004_SUCCESS_STATUS) },
  {
    pattern: /^cmi\.objectives\.\d+\.completion_status$/,
    access: 'rw',
    rule: vocab(SCORM2004_COMPLETION_STATUS, ['not attempted']),
  },
  { pattern: /^cmi\.objectives\.\d+\.progress_measure$/, access: 'rw', rule: real(0, 1) },
  { pattern: /^cmi\.exit$/, access: 'wo', rule: vocab(SCORM2004_EXIT) },
  { pattern: /^cmi\.session_time$/, access: 'wo', rule: regex(SCORM2004_TIMEINTERVAL_RE, 'timeinterval') },
  { pattern: /^cmi\.suspend_data$/, access: 'rw', rule: maxLen(SCORM2004_SUSPEND_DATA_MAX) },
  {
    pattern: /^cmi\.interactions\.\d+\.id$/,
    access: 'rw',
    rule: all(maxLen(SCORM2004_LONG_IDENTIFIER_MAX), regex(/^\S+$/, 'long_identifier_type')),
  },
  { pattern: /^cmi\.interactions\.\d+\.type$/, access: 'rw', rule: vocab(SCORM2004_INTERACTION_TYPES) },
  { pattern: /^cmi\.interactions\.\d+\.description$/, access: 'rw', rule: maxLen(SCORM2004_DESCRIPTION_MAX) },
  { pattern: /^cmi\.interactions\.\d+\.weighting$/, access: 'rw', rule: real(-1e10, 1e10) },
  { pattern: /^cmi\.interactions\.\d+\.learner_response$/, access: 'rw', rule: scorm2004Response },
  { pattern: /^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, access: 'rw', rule: scorm2004Pattern },
  {
    pattern: /^cmi\.interactions\.\d+\.result$/,
    access: 'rw',
    rule: (v) =>
      SCORM2004_INTERACTION_RESULTS.includes(v as never) || SCORM2004_REAL_RE.test(v) ? null : `"${v}" invalid result`,
  },
  {
    pattern: /^cmi\.interactions\.\d+\.timestamp$/,
    access: 'rw',
    rule: regex(SCORM2004_TIME_RE, 'time (second,10,0)'),
  },
  {
    pattern: /^cmi\.interactions\.\d+\.latency$/,
    access: 'rw',
    rule: regex(SCORM2004_TIMEINTERVAL_RE, 'timeinterval'),
  },
];

export function findRule(rules: ElementRule[], element: string): ElementRule | undefined {
  return rules.find((r) => r.pattern.test(element));
}
