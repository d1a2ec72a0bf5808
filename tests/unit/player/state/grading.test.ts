import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../../../shared';
import {
  canAttempt,
  gradeResponse,
  isResponseComplete,
  seededShuffle,
} from '../../../../renderer/player/state/grading';

const ids = [
  'a0000000-0000-4000-8000-000000000001',
  'a0000000-0000-4000-8000-000000000002',
  'a0000000-0000-4000-8000-000000000003',
];
const common = { prompt: 'Q', feedback: {}, points: 1, maxAttempts: 0 };
const choices = ids.map((id, i) => ({ id, text: `c${i}` }));

describe('grading', () => {
  it('grades each question kind', () => {
    const single: Question = { ...common, kind: 'singleChoice', choices, correctChoiceId: ids[1]! };
    expect(gradeResponse(single, { kind: 'singleChoice', choiceId: ids[1]! })).toBe(true);
    expect(gradeResponse(single, { kind: 'singleChoice', choiceId: ids[0]! })).toBe(false);
    expect(gradeResponse(single, { kind: 'trueFalse', value: true })).toBe(false);

    const multi: Question = { ...common, kind: 'multipleResponse', choices, correctChoiceIds: [ids[0]!, ids[2]!] };
    expect(gradeResponse(multi, { kind: 'multipleResponse', choiceIds: [ids[2]!, ids[0]!] })).toBe(true);
    expect(gradeResponse(multi, { kind: 'multipleResponse', choiceIds: [ids[0]!] })).toBe(false);
    expect(gradeResponse(multi, { kind: 'multipleResponse', choiceIds: ids })).toBe(false);

    const tf: Question = { ...common, kind: 'trueFalse', correct: false };
    expect(gradeResponse(tf, { kind: 'trueFalse', value: false })).toBe(true);
    expect(gradeResponse(tf, { kind: 'trueFalse', value: true })).toBe(false);

    const text: Question = {
      ...common,
      kind: 'textEntry',
      acceptedAnswers: ['Self  paced', 'async'],
      caseSensitive: false,
    };
    expect(gradeResponse(text, { kind: 'textEntry', text: '  self paced ' })).toBe(true);
    expect(gradeResponse(text, { kind: 'textEntry', text: 'ASYNC' })).toBe(true);
    expect(gradeResponse(text, { kind: 'textEntry', text: 'sync' })).toBe(false);
    expect(gradeResponse(text, { kind: 'textEntry', text: '' })).toBe(false);
    expect(gradeResponse({ ...text, caseSensitive: true }, { kind: 'textEntry', text: 'ASYNC' })).toBe(false);

    const pairs = ids.map((id, i) => ({ id, prompt: `p${i}`, match: `m${i}` }));
    const matching: Question = { ...common, kind: 'matching', pairs };
    expect(gradeResponse(matching, { kind: 'matching', matches: ids })).toBe(true);
    expect(gradeResponse(matching, { kind: 'matching', matches: [ids[1]!, ids[0]!, ids[2]!] })).toBe(false);
    expect(gradeResponse(matching, { kind: 'matching', matches: [ids[0]!, ids[1]!, null] })).toBe(false);

    const ordering: Question = { ...common, kind: 'ordering', items: choices };
    expect(gradeResponse(ordering, { kind: 'ordering', itemIds: ids })).toBe(true);
    expect(gradeResponse(ordering, { kind: 'ordering', itemIds: [...ids].reverse() })).toBe(false);
    expect(gradeResponse(ordering, { kind: 'ordering', itemIds: ids.slice(0, 2) })).toBe(false);
  });

  it('enforces attempt limits; 0 means unlimited', () => {
    const limited: Question = { ...common, kind: 'trueFalse', correct: true, maxAttempts: 2 };
    const unlimited: Question = { ...limited, maxAttempts: 0 };
    expect(canAttempt(limited, undefined)).toBe(true);
    expect(canAttempt(limited, { attempts: 1, correct: false, response: null })).toBe(true);
    expect(canAttempt(limited, { attempts: 2, correct: false, response: null })).toBe(false);
    expect(canAttempt(limited, { attempts: 1, correct: true, response: null })).toBe(false);
    expect(canAttempt(unlimited, { attempts: 30, correct: false, response: null })).toBe(true);
  });

  it('a response is complete only when every part is answered', () => {
    const pairs = ids.map((id, i) => ({ id, prompt: `p${i}`, match: `m${i}` }));
    const matching: Question = { ...common, kind: 'matching', pairs };
    expect(isResponseComplete(matching, { kind: 'matching', matches: [ids[0]!, null, ids[2]!] })).toBe(false);
    expect(isResponseComplete(matching, { kind: 'matching', matches: ids })).toBe(true);
    expect(isResponseComplete(matching, null)).toBe(false);
    const text: Question = { ...common, kind: 'textEntry', acceptedAnswers: ['x'], caseSensitive: false };
    expect(isResponseComplete(text, { kind: 'textEntry', text: '   ' })).toBe(false);
  });

  it('seededShuffle is a deterministic permutation that never returns the solved order', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer(), { minLength: 2, maxLength: 10 })
          .map((a) => [...new Set(a)])
          .filter((a) => a.length >= 2),
        fc.string(),
        (items, seed) => {
          const out = seededShuffle(items, seed);
          expect(out).toEqual(seededShuffle(items, seed));
          expect([...out].sort()).toEqual([...items].sort());
          expect(out).not.toEqual(items);
        },
      ),
    );
  });
});
