import { describe, expect, it } from 'vitest';
import type { CourseTree } from '../../../../shared';
import {
  courseLessons,
  courseQuestions,
  emptyLearnerState,
  type LearnerState,
} from '../../../../shared/scorm/learner-state';
import { computeProgress, quizResult } from '../../../../renderer/player/state/progress';
import { DEFAULT_QUIZ_SETTINGS } from '../../../../renderer/player/state/quiz';
import { continuesPressed, sampleCourseTree } from '../../../support/player-course-tree';
import { correctResponse } from '../../../support/question-responses';

const base = sampleCourseTree();
/** The sample course with one quiz attempt allowed, so a failed attempt is final. */
const withRule = (
  rule: CourseTree['settings']['completion']['rule'],
  viewedPercent = 100,
  maxAttempts = 1,
): CourseTree => {
  const c = structuredClone(base);
  c.settings.completion = { rule, viewedPercent };
  for (const l of courseLessons(c)) if (l.kind === 'quiz') l.quiz = { ...DEFAULT_QUIZ_SETTINGS, maxAttempts };
  return c;
};
const lessons = courseLessons(base);
const graded = courseQuestions(base).filter((q) => q.graded);
/** Every question answered correctly (the sample quiz: 10 scored questions, then a survey). */
const ALL = graded.length;

function state(visited: number, correctQuiz: number, submitted = true): LearnerState {
  const s = emptyLearnerState();
  for (const l of lessons)
    if (l.kind === 'quiz') s.quizzes[l.id] = { attempt: 1, seed: 0, submitted, reviewed: false, elapsedS: 0 };
  s.visitedLessonIds = lessons.slice(0, visited).map((l) => l.id);
  s.blocks = continuesPressed(base);
  graded.forEach(({ block }, i) => {
    s.questions[block.id] = { attempts: 1, correct: i < correctQuiz, response: correctResponse(block.question) };
  });
  return s;
}

describe('progress and completion rules', () => {
  it('viewed: completes at the viewed percentage, regardless of the quiz', () => {
    expect(computeProgress(withRule('viewed'), state(lessons.length, 0))).toMatchObject({
      completion: 'completed',
      success: 'failed',
      finished: true,
    });
    expect(computeProgress(withRule('viewed'), state(lessons.length - 1, ALL)).completion).toBe('incomplete');
    const half = Math.ceil(lessons.length / 2);
    expect(computeProgress(withRule('viewed', 50), state(half, 0)).completion).toBe('completed');
  });

  it('passed: completes when the quiz score reaches the passing score', () => {
    expect(computeProgress(withRule('passed'), state(1, 8)).success).toBe('passed'); // 8/10 = 80 >= 80
    expect(computeProgress(withRule('passed'), state(1, 8)).completion).toBe('completed');
    // The last attempt failed: a final, consistent state (completed + failed), never "in progress" for good.
    expect(computeProgress(withRule('passed'), state(lessons.length, 7))).toMatchObject({
      success: 'failed',
      completion: 'completed',
      finished: true,
      progressMeasure: 1,
    });
  });

  it('a failed attempt with attempts left is not "failed": success stays unknown until no attempt remains', () => {
    for (const maxAttempts of [0, 2]) {
      const p = computeProgress(withRule('passed', 100, maxAttempts), state(lessons.length, 0));
      expect(p).toMatchObject({ success: 'unknown', completion: 'incomplete', finished: false });
      expect(p.quiz).toMatchObject({ submitted: true, passed: false, final: false });
      expect(p.quiz?.quizzes[0]).toMatchObject({ canRetake: true, attempt: 1 });
    }
  });

  it('viewedAndPassed needs both', () => {
    expect(computeProgress(withRule('viewedAndPassed'), state(lessons.length - 1, ALL)).completion).toBe('incomplete');
    expect(computeProgress(withRule('viewedAndPassed'), state(lessons.length, ALL)).completion).toBe('completed');
  });

  it('the quiz is unscored until it is submitted (answers alone count for nothing); score = points earned / total', () => {
    const s = state(0, ALL, false);
    expect(quizResult(base, s)).toMatchObject({ submitted: false, passed: false, score: 0, earned: 0 });
    expect(computeProgress(base, s).success).toBe('unknown');
    expect(quizResult(base, state(0, 3))).toMatchObject({ submitted: true, score: 30, earned: 3, total: 10 });
  });
});
