import type { CourseTree, LessonTree } from '../../../shared/model/course';
import { courseLessons, type LearnerState } from '../../../shared/scorm/learner-state';
import type { CompletionStatus, SuccessStatus } from '../lms/lms-adapter';
import { lessonRevealed } from './continue-gate';
import { quizLessons, quizOutcome, type QuizOutcome } from './quiz';

interface QuizResult {
  /** True once every graded quiz has a submitted attempt. */
  submitted: boolean;
  earned: number;
  total: number;
  /** Percentage 0–100, two decimals at most. */
  score: number;
  passed: boolean;
  /** Passed, or failed with no attempt left anywhere: the result LMSs may be told. */
  final: boolean;
  /** Per graded quiz lesson, in course order. */
  quizzes: QuizOutcome[];
}

export interface Progress {
  lessonCount: number;
  visitedCount: number;
  /** Whole-number percentage of lessons visited. */
  viewedPercent: number;
  /** null when the course has no graded questions. */
  quiz: QuizResult | null;
  completion: CompletionStatus;
  /** "failed" only once no attempt remains (a learner who may retake is not failed yet). */
  success: SuccessStatus;
  finished: boolean;
  /** 0–1: how far the learner is toward completion (SCORM 2004 progress_measure). */
  progressMeasure: number;
}

export function quizResult(course: CourseTree, state: LearnerState): QuizResult | null {
  const lessons = quizLessons(course);
  if (lessons.length === 0) return null;
  const quizzes = lessons.map((l) => quizOutcome(l, state, course.settings.passingScore));
  const earned = quizzes.reduce((n, q) => n + q.earned, 0);
  const total = quizzes.reduce((n, q) => n + q.total, 0);
  const submitted = quizzes.every((q) => q.submitted);
  // A quiz whose questions are all worth 0 points cannot be failed.
  const score = total === 0 ? 100 : Math.round((earned / total) * 10000) / 100;
  const passed = submitted && score >= course.settings.passingScore;
  return {
    submitted,
    earned,
    total,
    score,
    passed,
    final: passed || (submitted && !quizzes.some((q) => q.canRetake)),
    quizzes,
  };
}

export function computeProgress(course: CourseTree, state: LearnerState): Progress {
  const lessons = courseLessons(course);
  const visited = new Set(state.visitedLessonIds);
  // A lesson whose Continue buttons were not all pressed has not been seen in full yet.
  const visitedCount = lessons.filter((l) => visited.has(l.id) && lessonRevealed(l, state)).length;
  const viewedPercent = lessons.length === 0 ? 100 : Math.floor((visitedCount / lessons.length) * 100);
  const quiz = quizResult(course, state);
  const { rule, viewedPercent: needed } = course.settings.completion;
  const viewedOk = viewedPercent >= needed;
  // A course without a graded quiz cannot require passing one: viewing every lesson completes it.
  const passedOk = quiz ? quiz.passed : viewedPercent >= 100;
  const done = rule === 'viewed' ? viewedOk : rule === 'passed' ? passedOk : viewedOk && passedOk;
  const failedFinal = !!quiz && quiz.final && !quiz.passed;
  // Failing the last attempt ends a course that requires passing: completed and failed, never "in progress" for good.
  const over = done || (failedFinal && rule !== 'viewed');
  const success: SuccessStatus = quiz?.final ? (quiz.passed ? 'passed' : 'failed') : 'unknown';
  const quizShare = quiz ? quiz.quizzes.filter((q) => q.submitted).length / quiz.quizzes.length : 1;
  const viewedShare = Math.min(1, viewedPercent / Math.max(1, needed));
  const measure = rule === 'viewed' ? viewedShare : rule === 'passed' ? quizShare : (viewedShare + quizShare) / 2;
  return {
    lessonCount: lessons.length,
    visitedCount,
    viewedPercent,
    quiz,
    completion: over ? 'completed' : 'incomplete',
    success,
    finished: over,
    progressMeasure: over ? 1 : Math.round(Math.min(0.99, measure) * 100) / 100,
  };
}

/** Whether every knowledge check of a lesson was checked at least once, or its quiz submitted (linear navigation gate). */
export function lessonChecksAnswered(lesson: LessonTree, state: LearnerState): boolean {
  if (lesson.kind === 'quiz')
    return (
      (!lesson.blocks.some((b) => b.type === 'question') && !lesson.pool?.length) ||
      !!state.quizzes[lesson.id]?.submitted
    );
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
    if (prev && !(visited.has(prev.id) && lessonRevealed(prev, state) && lessonChecksAnswered(prev, state))) break;
    open.add(lesson.id);
  }
  return open;
}
