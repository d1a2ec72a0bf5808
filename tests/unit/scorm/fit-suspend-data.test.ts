import { describe, expect, it } from 'vitest';
import { fitSuspendData } from '../../../shared/scorm/fit-suspend-data';
import { decodeSuspendData, encodeSuspendData } from '../../../shared/scorm/suspend-data';
import { courseLessons, courseQuestions, type LearnerState } from '../../../shared/scorm/learner-state';
import { maximalCourse } from '../../support/scorm-arbitraries';

const course = maximalCourse(40, 3);
const lessons = courseLessons(course);
const full: LearnerState = {
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

  it('drops knowledge-check text first, then quiz text, keeping scores and visited lessons', () => {
    const total = encodeSuspendData(full, course).length;
    const r = fitSuspendData(full, course, total - 100);
    expect(r.data.length).toBeLessThanOrEqual(total - 100);
    expect(r.dropped[0]).toBe('text answers of knowledge checks');
    const decoded = decodeSuspendData(r.data, course)!;
    expect(decoded.visitedLessonIds).toHaveLength(lessons.length);
    for (const { block, graded } of courseQuestions(course)) {
      if (graded) expect(decoded.questions[block.id]).toMatchObject({ attempts: 2, correct: false });
    }
  });

  it('is deterministic and reaches the limit with the documented order of sacrifices', () => {
    const a = fitSuspendData(full, course, 120);
    expect(a).toEqual(fitSuspendData(full, course, 120));
    expect(a.dropped).toEqual([
      'text answers of knowledge checks',
      'answers of knowledge checks',
      'knowledge check results',
      'text answers of quiz questions',
    ]);
    expect(a.data.length).toBeLessThanOrEqual(120);
  });
});
