import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { questionSchema, type Question } from '../../../shared';
import { blockAssetIds, blockKindOf } from '../../../shared/core/block-registry';
import {
  correctAnswerText,
  decodeResponse,
  encodeResponse,
  gradeResponse,
  isResponseComplete,
  newQuestion,
  numberText,
  parseBlanks,
  parseNumber,
  toInteractionResponses,
  worstResponseLength,
} from '../../../shared/core/question-kinds';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import { createScorm12Adapter } from '../../../renderer/player/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../../renderer/player/lms/scorm2004-adapter';
import type { InteractionRecord } from '../../../renderer/player/lms/lms-adapter';
import { createStrictScorm12Lms, createStrictScorm2004Lms } from '../../support/strict-fake-lms';
import { memoryStorage, silentLogger, snapshot, T0 } from '../../support/lms-snapshots';
import { maximalCourse, responseArb } from '../../support/scorm-arbitraries';
import { correctResponse, wrongResponse } from '../../support/question-responses';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const NEW_KINDS = ['numeric', 'fillBlanks', 'likert', 'categorize', 'hotspot'] as const;
const fresh = (kind: (typeof NEW_KINDS)[number]): Question => questionSchema.parse(newQuestion(kind, newId, 'Q?'));

describe('new question kinds: authoring defaults and grading', () => {
  it('every new kind creates a valid question that its correct response passes and a wrong one fails', () => {
    for (const kind of NEW_KINDS) {
      const q = fresh(kind);
      expect(gradeResponse(q, correctResponse(q)), kind).toBe(true);
      expect(isResponseComplete(q, correctResponse(q)), kind).toBe(true);
      // A survey has no wrong answer.
      expect(gradeResponse(q, wrongResponse(q)), kind).toBe(kind === 'likert');
    }
  });

  it('numeric: tolerance and range bounds are inclusive; decimals survive binary rounding; NaN is incomplete', () => {
    const tol = { ...fresh('numeric'), answer: 0.3, tolerance: 0.05 } as Extract<Question, { kind: 'numeric' }>;
    const r = (value: number): QuestionResponse => ({ kind: 'numeric', value });
    expect(gradeResponse(tol, r(0.1 + 0.2))).toBe(true);
    expect(gradeResponse(tol, r(0.35))).toBe(true);
    expect(gradeResponse(tol, r(0.36))).toBe(false);
    const range = { ...tol, match: 'range' as const, min: 10, max: 20 };
    expect([9.99, 10, 15, 20, 20.01].map((v) => gradeResponse(range, r(v)))).toEqual([false, true, true, true, false]);
    expect(isResponseComplete(range, r(NaN))).toBe(false);
    expect(correctAnswerText(range)).toBe('between 10 and 20');
    expect(questionSchema.safeParse({ ...range, min: 5, max: 1 }).success).toBe(false);
    expect([parseNumber('3,5'), parseNumber(' -2 '), parseNumber('1e5'), parseNumber('abc')]).toEqual([
      3.5,
      -2,
      null,
      null,
    ]);
  });

  it('a numeric answer written and read back is the same number (saved, resumed, saved again)', () => {
    // Found by the suspend_data property test: this value drifted to …046 on the second write.
    expect(numberText(Number(numberText(-312860877.4495047)))).toBe('-312860877.4495047');
    fc.assert(
      fc.property(fc.double({ min: -9_999_999_999, max: 9_999_999_999, noNaN: true }), (n) => {
        const once = numberText(n);
        expect(numberText(Number(once))).toBe(once);
        expect(Math.abs(Number(once) - n)).toBeLessThanOrEqual(0.5e-7 + Math.abs(n) * Number.EPSILON);
      }),
      { numRuns: 5000 },
    );
  });

  it('fill in the blanks: blanks parse from [a|b], each blank accepts any of its answers, case per setting', () => {
    const q = { ...fresh('fillBlanks'), text: 'The [cat|kitten] sat on the [Mat].' } as Extract<
      Question,
      { kind: 'fillBlanks' }
    >;
    expect(parseBlanks(q.text)).toEqual([
      'The ',
      { answers: ['cat', 'kitten'] },
      ' sat on the ',
      { answers: ['Mat'] },
      '.',
    ]);
    const r = (...blanks: string[]): QuestionResponse => ({ kind: 'fillBlanks', blanks });
    expect(gradeResponse(q, r(' Kitten ', 'mat'))).toBe(true);
    expect(gradeResponse({ ...q, caseSensitive: true }, r('kitten', 'mat'))).toBe(false);
    expect(gradeResponse(q, r('dog', 'mat'))).toBe(false);
    expect(isResponseComplete(q, r('cat', ''))).toBe(false);
    expect(correctAnswerText(q)).toBe('The cat sat on the Mat.');
    expect(questionSchema.safeParse({ ...q, text: 'No blanks here' }).success).toBe(false);
  });

  it('categorize and hotspot: every item in its category; exactly the correct regions', () => {
    const c = fresh('categorize') as Extract<Question, { kind: 'categorize' }>;
    expect(gradeResponse(c, { kind: 'categorize', placements: [c.items[0]!.categoryId, null] })).toBe(false);
    expect(isResponseComplete(c, { kind: 'categorize', placements: [c.items[0]!.categoryId, null] })).toBe(false);
    const h = fresh('hotspot') as Extract<Question, { kind: 'hotspot' }>;
    expect(gradeResponse(h, { kind: 'hotspot', regionIds: h.regions.map((x) => x.id) })).toBe(false);
    expect(questionSchema.safeParse({ ...h, correctRegionIds: [newId()] }).success).toBe(false);
  });
});

describe('new question kinds: suspend_data codec', () => {
  const questions = maximalCourse(1, 1)
    .modules.flatMap((m) => m.lessons)
    .flatMap((l) => l.blocks)
    .flatMap((b) => (b.type === 'question' && NEW_KINDS.includes(b.question.kind as never) ? [b.question] : []));

  it('covers every new kind', () => {
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(NEW_KINDS));
  });

  it('round-trips any response within the bounds, in the safe alphabet, never longer than the worst length', () => {
    for (const q of questions)
      fc.assert(
        fc.property(responseArb(q), (r) => {
          const data = encodeResponse(q, r);
          expect(data, q.kind).not.toBeNull();
          expect(data).toMatch(/^[A-Za-z0-9_-]*$/);
          expect(data!.length).toBeLessThanOrEqual(worstResponseLength(q));
          expect(decodeResponse(q, data!)).toEqual(r);
        }),
        { numRuns: 150 },
      );
  });

  it('oversized responses still stay within the worst length', () => {
    for (const q of questions)
      fc.assert(
        fc.property(responseArb(q, false), (r) => {
          const data = encodeResponse(q, r);
          expect((data ?? '').length).toBeLessThanOrEqual(worstResponseLength(q));
        }),
        { numRuns: 100 },
      );
  });

  it('rejects data that does not fit the question', () => {
    const [num, blanks, likert, cat] = NEW_KINDS.map(fresh);
    expect(decodeResponse(num!, '1.5')).toBeNull();
    expect(decodeResponse(num!, '1_5')).toEqual({ kind: 'numeric', value: 1.5 });
    expect(decodeResponse(blanks!, 'YQ')).toBeNull(); // one blank's text for a two-blank sentence
    expect(decodeResponse(likert!, '9')).toBeNull();
    expect(decodeResponse(cat!, '2-')).toBeNull();
  });
});

describe('new question kinds: interactions a strict LMS accepts (1.2 and 2004)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  const records = (): InteractionRecord[] => {
    const out: InteractionRecord[] = [];
    const range = { ...fresh('numeric'), match: 'range', min: -2.5, max: 1e-7 } as Question;
    const blanks = { ...fresh('fillBlanks'), text: '[{a}|b] and [x y|z], [c]', caseSensitive: true } as Question;
    for (const q of [...NEW_KINDS.map(fresh), range, blanks])
      for (const r of [correctResponse(q), wrongResponse(q)]) {
        const pair = toInteractionResponses(q, r)!;
        out.push({
          id: `q-${out.length}`,
          type: pair.type,
          description: q.prompt,
          response: pair.response,
          correctResponse: pair.correct,
          correct: gradeResponse(q, r),
          ...(pair.result ? { result: pair.result } : {}),
          weighting: q.points,
          answeredAt: T0 + 1000,
          latencyMs: 500,
        });
      }
    return out;
  };

  it('SCORM 1.2: numeric single value, likert one character, matching and choice letters, no violation', () => {
    const lms = createStrictScorm12Lms();
    const adapter = createScorm12Adapter(lms.api, {
      packageId: 'p',
      storage: memoryStorage(),
      logger: silentLogger(),
      debounceMs: 10,
      retryBaseMs: 10,
    });
    adapter.start();
    adapter.update(snapshot({ interactions: records() }));
    vi.advanceTimersByTime(20);
    expect(lms.violations).toEqual([]);
    const sets = lms.sets();
    expect(sets).toContain('cmi.interactions.0.type=numeric');
    expect(sets).toContain('cmi.interactions.0.correct_responses.0.pattern=42');
    expect(sets).toContain('cmi.interactions.4.type=likert');
    expect(sets).toContain('cmi.interactions.4.result=neutral');
    expect(sets.some((s) => s.startsWith('cmi.interactions.4.correct_responses'))).toBe(false);
    expect(sets).toContain('cmi.interactions.6.student_response=0.a,1.b');
    expect(sets).toContain('cmi.interactions.8.type=choice');
    expect(sets).toContain('cmi.interactions.10.correct_responses.0.pattern=-1.25'); // the range's midpoint (-1.24999995000000008 as a double), to 7 decimals
    expect(sets).toContain('cmi.interactions.12.correct_responses.0.pattern={a},x y,c');
  });

  it('SCORM 2004: numeric min[:]max, fill-in with {case_matters} and [,], likert neutral, no violation', () => {
    const lms = createStrictScorm2004Lms();
    const adapter = createScorm2004Adapter(lms.api, {
      packageId: 'p',
      storage: memoryStorage(),
      logger: silentLogger(),
      debounceMs: 10,
      retryBaseMs: 10,
    });
    adapter.start();
    adapter.update(snapshot({ interactions: records() }));
    vi.advanceTimersByTime(20);
    expect(lms.violations).toEqual([]);
    const sets = lms.sets();
    expect(sets).toContain('cmi.interactions.0.correct_responses.0.pattern=42[:]42');
    expect(sets).toContain('cmi.interactions.1.learner_response=43');
    expect(sets).toContain('cmi.interactions.2.correct_responses.0.pattern={case_matters=false}sun[,]east');
    expect(sets).toContain('cmi.interactions.4.result=neutral');
    expect(sets).toContain('cmi.interactions.6.learner_response=0[.]a[,]1[.]b');
    expect(sets).toContain('cmi.interactions.10.correct_responses.0.pattern=-2.5[:]0.0000001');
    expect(sets).toContain('cmi.interactions.12.correct_responses.0.pattern={case_matters=true}(a}[,]x y[,]c');
  });
});

describe('new question kinds: design guidance', () => {
  it('a hotspot image without alt text is flagged; a survey needs no right/wrong feedback', () => {
    const block = (question: Question) => ({ id: newId(), type: 'question' as const, question });
    const hotspot = { ...fresh('hotspot'), assetId: newId(), feedback: { correct: 'Yes' } } as Question;
    expect(
      blockKindOf(block(hotspot))
        .guidance(block(hotspot))
        .map((f) => f.code),
    ).toEqual(['image-missing-alt']);
    const described = { ...hotspot, alt: 'A wiring diagram' } as Question;
    expect(blockKindOf(block(described)).guidance(block(described))).toEqual([]);
    expect(blockKindOf(block(fresh('likert'))).guidance(block(fresh('likert')))).toEqual([]);
    expect(
      blockKindOf(block(fresh('numeric')))
        .guidance(block(fresh('numeric')))
        .map((f) => f.code),
    ).toEqual(['question-missing-feedback']);
    expect(blockAssetIds(block(hotspot))).toEqual([(hotspot as { assetId: string }).assetId]);
  });
});
