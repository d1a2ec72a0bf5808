import { describe, expect, it } from 'vitest';
import type { CourseTree } from '../../../../shared';
import {
  courseLessons,
  courseQuestions,
  emptyLearnerState,
  type LearnerState,
} from '../../../../shared/scorm/learner-state';
import { computeProgress, quizResult } from '../../../../renderer/player/state/progress';
import { sampleCourseTree } from '../../../support/player-course-tree';
import { correctResponse } from '../../../support/question-responses';

const base = sampleCourseTree();
const withRule = (rule: CourseTree['settings']['completion']['rule'], viewedPercent = 100): CourseTree => {
  const c = structuredClone(base);
  c.settings.completion = { rule, viewedPercent };
  return c;
};
const lessons = courseLessons(base);
const graded = courseQuestions(base).filter((q) => q.graded);

function state(visited: number, correctQuiz: number): LearnerState {
  const s = emptyLearnerState();
  s.visitedLessonIds = lessons.slice(0, visited).map((l) => l.id);
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
    expect(computeProgress(withRule('viewed'), state(lessons.length - 1, 6)).completion).toBe('incomplete');
    const half = Math.ceil(lessons.length / 2);
    expect(computeProgress(withRule('viewed', 50), state(half, 0)).completion).toBe('completed');
  });

  it('passed: completes when the quiz score reaches the passing score', () => {
    expect(computeProgress(withRule('passed'), state(1, 5)).success).toBe('passed'); // 5/6 = 83.33 >= 80
    expect(computeProgress(withRule('passed'), state(1, 5)).completion).toBe('completed');
    expect(computeProgress(withRule('passed'), state(lessons.length, 4))).toMatchObject({
      success: 'failed',
      completion: 'incomplete',
    });
  });

  it('viewedAndPassed needs both', () => {
    expect(computeProgress(withRule('viewedAndPassed'), state(lessons.length - 1, 6)).completion).toBe('incomplete');
    expect(computeProgress(withRule('viewedAndPassed'), state(lessons.length, 6)).completion).toBe('completed');
  });

  it('the quiz is unscored until every graded question is settled; score = points earned / total', () => {
    const s = state(0, 0);
    delete s.questions[graded[0]!.block.id];
    expect(quizResult(base, s)).toMatchObject({ submitted: false, passed: false });
    expect(computeProgress(base, s).success).toBe('unknown');
    expect(quizResult(base, state(0, 3))).toMatchObject({ submitted: true, score: 50, earned: 3, total: 6 });
  });
});
