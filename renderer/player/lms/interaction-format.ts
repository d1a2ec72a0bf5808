import {
  SCORM12_FEEDBACK_MAX,
  SCORM2004_DELIMITER,
  SCORM2004_DESCRIPTION_MAX,
  SCORM2004_FILL_IN_MAX,
} from '../../../shared/scorm/constants';
import { numberText } from '../../../shared/core/questions/typed-runtime';
import type { InteractionResponse } from './lms-adapter';

/** Option i as a single character `a`…`z` (SCORM 1.2 CMIFeedback choice/sequencing use single characters). */
/** Choice letters `a`…`z` (xAPI component ids use them too). */
export const letter = (i: number): string => String.fromCharCode(97 + Math.max(0, Math.min(25, i)));

/** Decimals without exponent notation, at most `places` decimals (CMIDecimal / real(10,7)). */
export function formatDecimal(n: number, places = 2): string {
  if (!Number.isFinite(n)) return '0';
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}

/** Cuts at a code point boundary. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** SCORM 1.2 CMIFeedback (RTE 3.4.4): `a,c`; `t`/`f`; free text; `0.a,1.b`; `b,a,c`. */
export function formatScorm12Response(r: InteractionResponse): string {
  switch (r.type) {
    case 'choice':
      return r.choices.map(letter).join(',');
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'fill-in':
      // CMIFeedback is a CMIString255; keep it single-line.
      return truncate(r.text.replace(/[\r\n\t]+/g, ' '), SCORM12_FEEDBACK_MAX);
    case 'matching':
      return r.pairs.map(([s, t]) => `${Math.min(9, s)}.${letter(t)}`).join(',');
    case 'sequencing':
      return r.order.map(letter).join(',');
    case 'fill-in-list':
      return truncate(r.texts.map((t) => t.replace(/[\r\n\t,]+/g, ' ')).join(','), SCORM12_FEEDBACK_MAX);
    case 'numeric':
      return numberText(r.value);
    case 'numeric-range':
      return numberText(r.expected);
    case 'likert':
      return letter(r.index);
  }
}

/** SCORM 2004 learner_response / correct_responses pattern (RTE 4.2.9.1): `a[,]c`; `true`; text; `0[.]a[,]1[.]b`. */
export function formatScorm2004Response(r: InteractionResponse): string {
  const { list, pair } = SCORM2004_DELIMITER;
  switch (r.type) {
    case 'choice':
      return r.choices.map(letter).join(list);
    case 'true-false':
      return r.value ? 'true' : 'false';
    case 'fill-in':
      // Delimiters and a leading `{` (language/case_matters prefixes) would change the meaning.
      return truncate(r.text.replace(/\[[,.]\]/g, ' ').replace(/^\{/, '('), SCORM2004_FILL_IN_MAX);
    case 'matching':
      return r.pairs.map(([s, t]) => `${s}${pair}${letter(t)}`).join(list);
    case 'sequencing':
      return r.order.map(letter).join(list);
    case 'fill-in-list': {
      const texts = r.texts.map((t) => truncate(t.replace(/\[[,.]\]/g, ' ').replace(/^\{/, '('), SCORM2004_FILL_IN_MAX));
      return (r.caseMatters === undefined ? '' : `{case_matters=${r.caseMatters}}`) + texts.join(list);
    }
    case 'numeric':
      return numberText(r.value);
    case 'numeric-range':
      return `${numberText(r.min)}[:]${numberText(r.max)}`;
    case 'likert':
      return letter(r.index);
  }
}

export const formatScorm2004Description = (text: string): string =>
  truncate(text.replace(/^\{/, '('), SCORM2004_DESCRIPTION_MAX);
