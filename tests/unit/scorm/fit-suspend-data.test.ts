import { describe, expect, it } from 'vitest';
import { fitSuspendData } from '../../../shared/scorm/fit-suspend-data';
import { decodeSuspendData, encodeSuspendData } from '../../../shared/scorm/suspend-data';
import { courseLessons, courseQuestions, type LearnerState } from '../../../shared/scorm/learner-state';
import { maximalCourse } from '../../support/scorm-arbitraries';

const course = maximalCourse(40, 3);
const lessons = courseLessons(course);
const full: LearnerState = {
  quizzes: {},
  saveCount: 7,
  currentLessonId: lessons[5]!.id,
  visitedLessonIds: lessons.map((l) => l.id),
  questions: Object.fromEntries(
    courseQuestions(course).map(({ block }) => [
      block.id,
      {
        attempts: 2,
        correct: false,
        response:
          block.question.kind === 'textEntry'
            ? { kind: 'textEntry' as const, text: '\u4e2d'.repeat(100) }
            : { kind: 'trueFalse' as const, value: true },
      },
    ]),
  ),
};
// Only the text answers are valid for their questions above; make the others null so encoding is exact.
for (const { block } of courseQuestions(course))
  if (block.question.kind !== 'textEntry') full.questions[block.id]!.response = null;

describe('fitSuspendData', () => {
  it('returns the plain encoding when it fits', () => {
    const r = fitSuspendData(full, course, 64000);
    expect(r).toEqual({ data: encodeSuspendData(full, course), dropped: [] });
  });

  it('drops one knowledge-check text at a time, the oldest first, keeping quiz answers and visited lessons', () => {
    const total = encodeSuspendData(full, course).length;
    const r = fitSuspendData(full, course, total - 100);
    expect(r.data.length).toBeLessThanOrEqual(total - 100);
    // One text answer (about 400 characters) is enough: the others stay.
    const checkTexts = courseQuestions(course).filter((q) => !q.graded && q.block.question.kind === 'textEntry');
    expect(checkTexts.length).toBeGreaterThan(1);
    expect(r.dropped).toEqual([`text answer of knowledge check ${checkTexts[0]!.block.id}`]);
    const decoded = decodeSuspendData(r.data, course)!;
    expect(decoded.questions[checkTexts[1]!.block.id]?.response).not.toBeNull();
    expect(decoded.visitedLessonIds).toHaveLength(lessons.length);
    for (const { block, graded } of courseQuestions(course)) {
      if (graded) expect(decoded.questions[block.id]).toEqual(full.questions[block.id]);
    }
  });

  it('the oldest answer goes first: the order of the state is the order of the last answers', () => {
    const checkTexts = courseQuestions(course).filter((q) => !q.graded && q.block.question.kind === 'textEntry');
    const first = checkTexts[0]!.block.id;
    const { [first]: moved, ...rest } = full.questions;
    const reordered = { ...full, questions: { ...rest, [first]: moved! } };
    const r = fitSuspendData(reordered, course, encodeSuspendData(full, course).length - 100);
    expect(r.dropped).toEqual([`text answer of knowledge check ${checkTexts[1]!.block.id}`]);
  });

  it('is deterministic and reaches the limit with the documented order of sacrifices', () => {
    const a = fitSuspendData(full, course, 120);
    expect(a).toEqual(fitSuspendData(full, course, 120));
    const kinds = [...new Set(a.dropped.map((d) => d.replace(/ \S+$/, '')))];
    expect(kinds).toEqual(['text answer of knowledge check', 'result of knowledge check', 'answer of quiz question']);
    expect(a.data.length).toBeLessThanOrEqual(120);
    const decoded = decodeSuspendData(a.data, course)!;
    expect(decoded.currentLessonId).toBe(full.currentLessonId);
    expect(decoded.saveCount).toBe(7);
  });
});
