import { base64UrlDecode, base64UrlEncode, base64UrlLength, utf8Decode, utf8Encode } from '../../scorm/codec-utils';
import { clampUnits, matchesAnswer } from './codec';
import type { QuestionRuntime, QuestionWorstLengths } from './question-kind';

/** Numeric and fill in the blanks: the player's half. */

/** SCORM 2004 real(10,7): numbers are kept to 7 decimals and below 10^10 so every LMS accepts them. */
export const NUMERIC_LIMIT = 9_999_999_999;
/** Each blank of a fill-in-the-blanks question accepts at most this many characters. */
export const BLANK_MAX_LENGTH = 100;

/** A blank of a fill-in-the-blanks sentence: its accepted answers. */
interface Blank {
  answers: string[];
}

/** The sentence split into text and blanks: `The [cat|kitten] sat.` → ['The ', {answers}, ' sat.']. */
export function parseBlanks(text: string): (string | Blank)[] {
  const out: (string | Blank)[] = [];
  const re = /\[([^[\]]*)\]/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const answers = (m[1] ?? '')
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (answers.length === 0) continue;
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push({ answers });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
export const blanksOf = (text: string): Blank[] => parseBlanks(text).filter((s): s is Blank => typeof s !== 'string');

/**
 * Rounds to 7 decimals and writes without exponent (`1e-7` → `0.0000001`). `toFixed` rounds the exact value, so
 * writing what it wrote back gives the same text (a `Math.round(n * 1e7)` first drifted by one in the last digit for
 * some large negative values: the product lands on .5 and rounds up).
 */
export function numberText(n: number): string {
  const fixed = n.toFixed(7);
  const t = fixed.replace(/\.?0+$/, '');
  return t === '-0' ? '0' : t;
}

/** Parses what a learner typed ("3,5" accepted as 3.5); null when it is not a number within the limits. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) && Math.abs(n) <= NUMERIC_LIMIT ? Number(numberText(n)) : null;
}

/** Cuts a blank's text (no control characters, so the codec's separator never appears in it). */
export function clampBlank(text: string): string {
  // eslint-disable-next-line no-control-regex
  return clampUnits(text.replace(/[\u0000-\u001f]/g, ' '), BLANK_MAX_LENGTH);
}

const SEP = '\u001f';
/** The expected value of a numeric question (a range's midpoint): SCORM 1.2 patterns hold a single number. */
const expected = (q: { match: 'tolerance' | 'range'; answer: number; min: number; max: number }): number =>
  q.match === 'tolerance' ? q.answer : Number(numberText((q.min + q.max) / 2));
const bounds = (q: { match: 'tolerance' | 'range'; answer: number; tolerance: number; min: number; max: number }) =>
  q.match === 'tolerance'
    ? { min: Number(numberText(q.answer - q.tolerance)), max: Number(numberText(q.answer + q.tolerance)) }
    : { min: q.min, max: q.max };

export const typedRuntime: {
  numeric: QuestionRuntime<'numeric'>;
  fillBlanks: QuestionRuntime<'fillBlanks'>;
} = {
  numeric: {
    correctAnswer: (q) =>
      q.match === 'range'
        ? `between ${numberText(q.min)} and ${numberText(q.max)}`
        : q.tolerance > 0
          ? `${numberText(q.answer)} ± ${numberText(q.tolerance)}`
          : numberText(q.answer),
    complete: (_q, r) => Number.isFinite(r.value),
    grade: (q, r) => {
      const { min, max } = bounds(q);
      // Decimal answers such as 0.1 + 0.2 must not fail on binary rounding.
      const eps = 1e-9 * Math.max(1, Math.abs(r.value));
      return Number.isFinite(r.value) && r.value >= min - eps && r.value <= max + eps;
    },
    interaction: (q, r) => ({
      type: 'numeric',
      response: { type: 'numeric', value: r.value },
      correct: { type: 'numeric-range', ...bounds(q), expected: expected(q) },
    }),
    arity: () => 0,
    // `[A-Za-z0-9_-]` only: the decimal point travels as `_`.
    encode: (_q, r) => (Number.isFinite(r.value) ? numberText(r.value).replace('.', '_') : null),
    decode: (_q, data) => {
      if (!/^-?\d{1,10}(_\d{1,7})?$/.test(data)) return null;
      const value = parseNumber(data.replace('_', '.'));
      return value === null ? null : { kind: 'numeric', value };
    },
  },
  fillBlanks: {
    correctAnswer: (q) =>
      parseBlanks(q.text)
        .map((s) => (typeof s === 'string' ? s : (s.answers[0] ?? '')))
        .join(''),
    complete: (q, r) => {
      const n = blanksOf(q.text).length;
      return r.blanks.length === n && r.blanks.every((b) => b.trim() !== '');
    },
    grade: (q, r) => {
      const blanks = blanksOf(q.text);
      return (
        r.blanks.length === blanks.length &&
        blanks.every((b, i) => matchesAnswer(r.blanks[i] ?? '', b.answers, q.caseSensitive))
      );
    },
    interaction: (q, r) => ({
      type: 'fill-in',
      response: { type: 'fill-in-list', texts: r.blanks.map((b) => b.trim()) },
      correct: {
        type: 'fill-in-list',
        texts: blanksOf(q.text).map((b) => b.answers[0] ?? ''),
        caseMatters: q.caseSensitive,
      },
    }),
    arity: (q) => blanksOf(q.text).length,
    encode: (q, r) =>
      r.blanks.length === blanksOf(q.text).length
        ? base64UrlEncode(utf8Encode(r.blanks.map(clampBlank).join(SEP)))
        : null,
    decode: (q, data) => {
      const bytes = base64UrlDecode(data);
      const text = bytes && utf8Decode(bytes);
      if (text == null) return null;
      const blanks = text.split(SEP);
      return blanks.length === blanksOf(q.text).length ? { kind: 'fillBlanks', blanks } : null;
    },
  },
};

/** The longest `encode` of each kind above (exporters only: see `QuestionWorstLengths`). */
export const typedWorstLength: QuestionWorstLengths<'numeric' | 'fillBlanks'> = {
  // Sign, 10 digits, the point, 7 decimals.
  numeric: () => 19,
  // A UTF-16 unit is at most 3 UTF-8 bytes; one separator byte between blanks.
  fillBlanks: (q) => {
    const n = blanksOf(q.text).length;
    return base64UrlLength(n * BLANK_MAX_LENGTH * 3 + Math.max(0, n - 1));
  },
};
