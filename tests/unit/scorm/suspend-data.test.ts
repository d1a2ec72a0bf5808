import { BLANK_MAX_LENGTH, blanksOf } from '../../../shared/core/question-kinds';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeSuspendData,
  SUSPEND_DATA_VERSION,
  encodeSuspendData,
  SUSPEND_DATA_LIMITS,
  suspendDataSaveCount,
  worstCaseSuspendDataLength,
} from '../../../shared/scorm/suspend-data';
import { courseLessons, courseQuestions, courseStatefulBlocks, emptyLearnerState } from '../../../shared/scorm/learner-state';
import { sampleCourseTree } from '../../support/player-course-tree';
import { learnerStateArb, maximalCourse } from '../../support/scorm-arbitraries';

const sample = sampleCourseTree();
const maximal = maximalCourse();
const SAFE = /^[A-Za-z0-9_.!~-]*$/;

describe('suspend_data encoding', () => {
  it('round-trips arbitrary learner states of the sample course', () => {
    fc.assert(
      fc.property(learnerStateArb(sample), (state) => {
        expect(decodeSuspendData(encodeSuspendData(state, sample), sample)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary states of a course with every question kind at maximum size', () => {
    fc.assert(
      fc.property(learnerStateArb(maximal), (state) => {
        const encoded = encodeSuspendData(state, maximal);
        expect(encoded).toMatch(SAFE);
        expect(decodeSuspendData(encoded, maximal)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it('never exceeds the computed worst case, even for out-of-bounds states (long texts, many attempts)', () => {
    for (const course of [sample, maximal]) {
      const worst = worstCaseSuspendDataLength(course);
      fc.assert(
        fc.property(learnerStateArb(course, false), (state) => {
          const encoded = encodeSuspendData(state, course);
          expect(encoded.length).toBeLessThanOrEqual(worst);
          expect(encoded).toMatch(SAFE);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('the worst case is reached by a full state (the bound is tight)', () => {
    const lessons = courseLessons(maximal);
    const full = emptyLearnerState();
    full.currentLessonId = lessons.at(-1)!.id;
    full.visitedLessonIds = lessons.map((l) => l.id);
    for (const { block } of courseQuestions(maximal)) {
      const q = block.question;
      const response =
        q.kind === 'singleChoice'
          ? { kind: q.kind, choiceId: q.choices[9]!.id }
          : q.kind === 'multipleResponse'
            ? { kind: q.kind, choiceIds: q.choices.map((c) => c.id) }
            : q.kind === 'trueFalse'
              ? { kind: q.kind, value: true }
              : q.kind === 'textEntry'
                ? { kind: q.kind, text: '\u20ac'.repeat(400) }
                : q.kind === 'matching'
                  ? { kind: q.kind, matches: q.pairs.map((p) => p.id) }
                  : q.kind === 'ordering'
                    ? { kind: q.kind, itemIds: q.items.map((i) => i.id) }
                    : q.kind === 'numeric'
                      ? { kind: q.kind, value: -(9999999999 + 2 ** -19) }
                      : q.kind === 'fillBlanks'
                        ? { kind: q.kind, blanks: blanksOf(q.text).map(() => '\u20ac'.repeat(BLANK_MAX_LENGTH)) }
                        : q.kind === 'likert'
                          ? { kind: q.kind, optionId: q.scale.at(-1)!.id }
                          : q.kind === 'categorize'
                            ? { kind: q.kind, placements: q.items.map(() => q.categories.at(-1)!.id) }
                            : { kind: q.kind, regionIds: q.regions.map((r) => r.id) };
      full.questions[block.id] = { attempts: 99, correct: true, response: response as never };
    }
    for (const lesson of lessons.filter((l) => l.kind === 'quiz'))
      full.quizzes[lesson.id] = { attempt: 10_000, seed: 2 ** 31, submitted: true, reviewed: true, elapsedS: 10 ** 9 };
    full.saveCount = 36 ** 6 - 1;
    expect(encodeSuspendData(full, maximal).length).toBe(worstCaseSuspendDataLength(maximal));
  });

  it('the sample course fits the SCORM 1.2 limit in the worst case', () => {
    expect(worstCaseSuspendDataLength(sample)).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS.scorm12);
    expect(SUSPEND_DATA_LIMITS['scorm2004-3rd']).toBe(64000);
    expect(SUSPEND_DATA_LIMITS['scorm2004-4th']).toBe(64000);
  });

  it('a 200-lesson course stores its visited set in 34 characters', () => {
    const big = maximalCourse(200, 0);
    const state = { ...emptyLearnerState(), visitedLessonIds: courseLessons(big).map((l) => l.id) };
    const [, , , visited] = encodeSuspendData(state, big).split('~');
    expect(visited).toHaveLength(34);
  });

  it('stores the save count last, readable without the course; still decodes version 1 data', () => {
    const state = { ...emptyLearnerState(), saveCount: 1234 };
    const encoded = encodeSuspendData(state, sample);
    expect(suspendDataSaveCount(encoded)).toBe(1234);
    expect(suspendDataSaveCount('junk')).toBeNull();
    const v1 = encoded.split('~').slice(0, 5);
    v1[0] = '1';
    expect(decodeSuspendData(v1.join('~'), sample)).toEqual({ ...state, saveCount: 0 });
  });

  it('keeps block state (a process step) in its own field; version 2 data (without it) still decodes', () => {
    const refs = courseStatefulBlocks(sample);
    const at = refs.findIndex((r) => r.block.type === 'process');
    const ref = refs[at];
    expect(ref?.block.type).toBe('process');
    const state = { ...emptyLearnerState(), blocks: { [ref!.block.id]: ref!.max }, saveCount: 7 };
    const encoded = encodeSuspendData(state, sample);
    expect(encoded.split('~')).toHaveLength(8);
    expect(decodeSuspendData(encoded, sample)).toEqual(state);
    expect(suspendDataSaveCount(encoded)).toBe(7);
    const i36 = at.toString(36);
    const beyond = encoded.replace(new RegExp(`~${i36}\\.[0-9a-z]+~`), `~${i36}.${(ref!.max + 1).toString(36)}~`);
    expect(beyond).not.toBe(encoded);
    expect(decodeSuspendData(beyond, sample)).toBeNull();
    const v2 = encoded.split('~');
    v2.splice(6, 1);
    v2[0] = '2';
    expect(decodeSuspendData(v2.join('~'), sample)).toEqual({ ...state, blocks: {} });
    expect(suspendDataSaveCount(v2.join('~'))).toBe(7);
  });

  it('decoding is tolerant: garbage, other courses and tampered data give null, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('1~x~0~A~')), (junk) => {
        expect(decodeSuspendData(junk, sample)).toBeNull();
      }),
    );
    for (const v of [null, undefined, 42, {}, '']) expect(decodeSuspendData(v, sample)).toBeNull();
    const encoded = encodeSuspendData(
      { ...emptyLearnerState(), visitedLessonIds: [courseLessons(sample)[0]!.id] },
      sample,
    );
    expect(decodeSuspendData(encoded, sample)).not.toBeNull();
    expect(decodeSuspendData(encoded, maximal)).toBeNull();
    expect(encoded.startsWith(`${SUSPEND_DATA_VERSION}~`)).toBe(true);
    expect(decodeSuspendData(encoded.replace(/^4/, '5'), sample)).toBeNull();
    expect(decodeSuspendData(`${encoded}!zz.00`, sample)).toBeNull();
  });
});
