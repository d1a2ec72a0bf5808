import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  courseLessons,
  courseQuestions,
  emptyLearnerState,
  type LearnerState,
} from '../../../shared/scorm/learner-state';
import { decodeSuspendData, encodeSuspendData, worstCaseSuspendDataLength } from '../../../shared/scorm/suspend-data';
import { drawForAttempt, drawPool, maxDrawn, poolBlockId } from '../../../shared/scorm/quiz-draw';
import { idSchema } from '../../../shared';
import { quizQuestionBlocks } from '../../../renderer/player/state/quiz';
import { maximalCourse } from '../../support/scorm-arbitraries';
import { withBankQuiz } from '../../support/bank-course';
import { correctResponse } from '../../support/question-responses';
import { sampleCourseTree } from '../../support/player-course-tree';

const drawArgs = fc
  .record({ pool: fc.integer({ min: 0, max: 60 }), count: fc.integer({ min: 1, max: 100 }), seed: fc.nat(36 ** 4) })
  .chain((a) => fc.record({ a: fc.constant(a), fixed: fc.subarray(Array.from({ length: a.pool }, (_, i) => i)) }));

describe('drawing questions from a bank', () => {
  it('draws N distinct pool questions, every fixed one included, deterministically per seed (fast-check)', () => {
    fc.assert(
      fc.property(drawArgs, ({ a, fixed }) => {
        const out = drawPool(a.pool, a.count, fixed, a.seed);
        expect(new Set(out).size).toBe(out.length);
        expect(out.every((i) => Number.isInteger(i) && i >= 0 && i < a.pool)).toBe(true);
        expect(out).toHaveLength(Math.min(a.pool, Math.max(a.count, fixed.length)));
        for (const f of fixed) expect(out).toContain(f);
        expect(drawPool(a.pool, a.count, fixed, a.seed)).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });

  it('varies the questions and their order between seeds', () => {
    const draws = new Set(Array.from({ length: 40 }, (_, seed) => drawPool(20, 5, [3], seed).join()));
    expect(draws.size).toBeGreaterThan(30);
    const sets = new Set(Array.from({ length: 40 }, (_, seed) => [...drawPool(20, 5, [], seed)].sort().join()));
    expect(sets.size).toBeGreaterThan(20);
  });

  it('the lesson draw maps fixed bank questions to pool indices; the attempt shows own questions, then the drawn ones', () => {
    const c = maximalCourse(4, 2);
    const lesson = withBankQuiz(c, { count: 4, fixed: 2, keep: 1 });
    const draw = drawForAttempt(lesson, 77);
    expect(draw).toHaveLength(4);
    expect(draw).toEqual(expect.arrayContaining([0, 1]));
    const shown = quizQuestionBlocks(lesson, {
      attempt: 1,
      seed: 77,
      submitted: false,
      reviewed: false,
      elapsedS: 0,
      draw,
    });
    expect(shown.map((b) => b.id)).toEqual([
      lesson.blocks.find((b) => b.type === 'question')!.id,
      ...draw.map((i) => lesson.pool![i]!.id),
    ]);
    expect(maxDrawn(lesson)).toBe(4);
  });

  it('pool ids are UUIDs scoped to the quiz and stable', () => {
    const q = '3f2a9c1e-7b4d-4e8f-9a0b-1c2d3e4f5a6b';
    const a = poolBlockId('11111111-1111-4111-8111-111111111111', q);
    expect(idSchema.safeParse(a).success).toBe(true);
    expect(a).toBe(poolBlockId('11111111-1111-4111-8111-111111111111', q));
    expect(a).not.toBe(poolBlockId('22222222-2222-4222-8222-222222222222', q));
  });
});

describe('suspend_data version 4: the draw is part of the saved attempt', () => {
  const c = maximalCourse(4, 2);
  const lesson = withBankQuiz(c, { count: 5, fixed: 1 });
  const refs = courseQuestions(c);

  const stateWith = (seed: number): LearnerState => {
    const draw = drawForAttempt(lesson, seed);
    return {
      ...emptyLearnerState(),
      quizzes: { [lesson.id]: { attempt: 2, seed, submitted: false, reviewed: false, elapsedS: 30, draw } },
      saveCount: 9,
    };
  };

  it('round-trips the draw in the order shown (fast-check over seeds), so a resume shows the same questions', () => {
    fc.assert(
      fc.property(fc.nat(36 ** 4 - 1), (seed) => {
        const state = stateWith(seed);
        const decoded = decodeSuspendData(encodeSuspendData(state, c), c);
        expect(decoded).toEqual(state);
        expect(quizQuestionBlocks(lesson, decoded!.quizzes[lesson.id])).toEqual(
          quizQuestionBlocks(lesson, state.quizzes[lesson.id]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a draw outside the pool or repeating a question; version 3 data still decodes, without a draw field', () => {
    const encoded = encodeSuspendData(stateWith(5), c);
    expect(encoded.startsWith('4~')).toBe(true);
    const draw = stateWith(5).quizzes[lesson.id]!.draw!;
    const field = draw.map((i) => i.toString(36)).join('-');
    expect(encoded).toContain(`.${field}~`);
    expect(decodeSuspendData(encoded.replace(`.${field}~`, `.${field}-zz~`), c)).toBeNull();
    expect(decodeSuspendData(encoded.replace(`.${field}~`, `.${field}-${draw[0]!.toString(36)}~`), c)).toBeNull();
    expect(decodeSuspendData(encoded.replace(/^4/, '3'), c)).toBeNull(); // version 3 had no draw
    const v3 = encoded.replace(/^4/, '3').replace(`.${field}~`, '~');
    const { draw: _none, ...withoutDraw } = stateWith(5).quizzes[lesson.id]!;
    expect(decodeSuspendData(v3, c)).toEqual({ ...stateWith(5), quizzes: { [lesson.id]: withoutDraw } });
    const sample = sampleCourseTree();
    const plain = encodeSuspendData({ ...emptyLearnerState(), saveCount: 3 }, sample);
    expect(decodeSuspendData(plain.replace(/^4/, '3'), sample)).toEqual(decodeSuspendData(plain, sample));
  });

  it('the worst case counts only the longest drawn answers of a pool and is never exceeded (fast-check)', () => {
    const pooled = refs.filter((r) => r.pooled);
    expect(pooled.length).toBeGreaterThan(5);
    const all = new Set(pooled.map((r) => r.block.id));
    const drawAll = structuredClone(c);
    // A quiz that draws its whole pool needs more room than one that draws 5 of it.
    const full = worstCaseSuspendDataLength(c);
    const all5 = courseLessons(drawAll).find((l) => l.id === lesson.id)!;
    all5.quiz = { ...all5.quiz!, draw: { ...all5.quiz!.draw!, count: pooled.length } };
    expect(worstCaseSuspendDataLength(drawAll)).toBeGreaterThan(full);
    fc.assert(
      fc.property(fc.nat(36 ** 4 - 1), fc.boolean(), (seed, submitted) => {
        const state = stateWith(seed);
        state.quizzes[lesson.id] = {
          ...state.quizzes[lesson.id]!,
          submitted,
          reviewed: true,
          attempt: 999,
          elapsedS: 86400,
        };
        for (const block of quizQuestionBlocks(lesson, state.quizzes[lesson.id])) {
          expect(all.has(block.id)).toBe(true);
          state.questions[block.id] = { attempts: 35, correct: true, response: correctResponse(block.question) };
        }
        state.saveCount = 36 ** 6 - 1;
        expect(encodeSuspendData(state, c).length).toBeLessThanOrEqual(full);
      }),
      { numRuns: 50 },
    );
  });
});
