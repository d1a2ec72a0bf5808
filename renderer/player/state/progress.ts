import type { CourseTree, LessonTree } from '../../../shared/model/course';
import { courseLessons, courseQuestions, type LearnerState } from '../../../shared/scorm/learner-state';
import type { CompletionStatus, SuccessStatus } from '../lms/lms-adapter';
import { isSettled } from './grading';

export interface QuizResult {
  /** True once every graded question is settled. */
  submitted: boolean;
  earned: number;
  total: number;
  /** Percentage 0–100, two decimals at most. */
  score: number;
  passed: boolean;
}

export interface Progress {
  lessonCount: number;
  visitedCount: number;
  /** Whole-number percentage of lessons visited. */
  viewedPercent: number;
  /** null when the course has no graded questions. */
  quiz: QuizResult | null;
  completion: CompletionStatus;
  success: SuccessStatus;
  finished: boolean;
}

export function quizResult(course: CourseTree, state: LearnerState): QuizResult | null {
  const graded = courseQuestions(course).filter((q) => q.graded);
  if (graded.length === 0) return null;
  let earned = 0;
  let total = 0;
  let submitted = true;
  for (const { block } of graded) {
    const qs = state.questions[block.id];
    total += block.question.points;
    if (qs?.correct) earned += block.question.points;
    if (!isSettled(block.question, qs)) submitted = false;
  }
  // A quiz whose questions are all worth 0 points cannot be failed.
  const score = total === 0 ? 100 : Math.round((earned / total) * 10000) / 100;
  return { submitted, earned, total, score, passed: submitted && score >= course.settings.passingScore };
}

export function computeProgress(course: CourseTree, state: LearnerState): Progress {
  const lessons = courseLessons(course);
  const visited = new Set(state.visitedLessonIds);
  const visitedCount = lessons.filter((l) => visited.has(l.id)).length;
  const viewedPercent = lessons.length === 0 ? 100 : Math.floor((visitedCount / lessons.length) * 100);
  const quiz = quizResult(course, state);
  const { rule, viewedPercent: needed } = course.settings.completion;
  const viewedOk = viewedPercent >= needed;
  // A course without a graded quiz cannot require passing one: viewing every lesson completes it.
  const passedOk = quiz ? quiz.passed : viewedPercent >= 100;
  const done = rule === 'viewed' ? viewedOk : rule === 'passed' ? passedOk : viewedOk && passedOk;
  const success: SuccessStatus = quiz?.submitted ? (quiz.passed ? 'passed' : 'failed') : 'unknown';
  return {
    lessonCount: lessons.length,
    visitedCount,
    viewedPercent,
    quiz,
    completion: done ? 'completed' : 'incomplete',
    success,
    finished: done,
  };
}

/** Whether every question of a lesson has been checked at least once (linear navigation gate). */
export function lessonChecksAnswered(lesson: LessonTree, state: LearnerState): boolean {
  return lesson.blocks.every((b) => b.type !== 'question' || (state.questions[b.id]?.attempts ?? 0) > 0);
}

/** Lessons the learner may open: all in free navigation; in linear, up to the first unmet gate. */
export function unlockedLessonIds(course: CourseTree, state: LearnerState): Set<string> {
  const lessons = courseLessons(course);
  if (course.settings.navigation === 'free') return new Set(lessons.map((l) => l.id));
  const visited = new Set(state.visitedLessonIds);
  const open = new Set<string>();
  for (const [i, lesson] of lessons.entries()) {
    const prev = lessons[i - 1];
    if (prev && !(visited.has(prev.id) && lessonChecksAnswered(prev, state))) break;
    open.add(lesson.id);
  }
  return open;
}
