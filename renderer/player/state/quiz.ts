import { isUngraded } from '../../../shared/core/question-runtime';
import type { CourseTree, LessonTree, QuizSettings } from '../../../shared/model/course';
import {
  courseLessons,
  type LearnerState,
  type QuestionBlock,
  type QuestionResponse,
  type QuizState,
} from '../../../shared/scorm/learner-state';
import { drawForAttempt, drawnBlocks } from '../../../shared/scorm/quiz-draw';

/** The model's defaults (`quizSettingsSchema`), repeated here because the player never loads zod. */
export const DEFAULT_QUIZ_SETTINGS: Readonly<QuizSettings> = {
  layout: 'allOnOnePage',
  maxAttempts: 0,
  showAnswers: true,
  retakeAfterReview: false,
  timeLimitMinutes: 0,
};

export const quizSettingsOf = (lesson: LessonTree): QuizSettings => ({ ...DEFAULT_QUIZ_SETTINGS, ...lesson.quiz });

/** The questions of the attempt `quiz`: the lesson's own, then those it drew from its bank pool, in order. */
export const quizQuestionBlocks = (lesson: LessonTree, quiz?: QuizState): QuestionBlock[] => [
  ...lesson.blocks.filter((b): b is QuestionBlock => b.type === 'question'),
  ...drawnBlocks(lesson, quiz?.draw),
];

/** Graded quiz lessons: quiz lessons with at least one question (of their own or in a bank pool). */
export const quizLessons = (course: CourseTree): LessonTree[] =>
  courseLessons(course).filter(
    (l) => l.kind === 'quiz' && (quizQuestionBlocks(l).length > 0 || (!!l.quiz?.draw && !!l.pool?.length)),
  );

/** A new attempt: its seed also draws its bank questions (kept in the state, so a resume shows the same). */
const newQuizState = (attempt: number, seed: number, lesson?: LessonTree): QuizState => {
  const draw = lesson ? drawForAttempt(lesson, seed) : [];
  return { attempt, seed, submitted: false, reviewed: false, elapsedS: 0, ...(draw.length ? { draw } : {}) };
};

export interface QuizOutcome {
  lessonId: string;
  /** The current attempt (1 before the learner starts). */
  attempt: number;
  /** 0 = unlimited. */
  maxAttempts: number;
  submitted: boolean;
  earned: number;
  total: number;
  /** Percentage 0–100 of the submitted attempt (two decimals at most); 0 before submitting. */
  score: number;
  passed: boolean;
  /** Submitted, failed, and another attempt is allowed. */
  canRetake: boolean;
  /** Passed, or failed with no attempt left: nothing the learner does changes the result any more. */
  final: boolean;
}

const percent = (earned: number, total: number): number =>
  total === 0 ? 100 : Math.round((earned / total) * 10000) / 100;

export function quizOutcome(lesson: LessonTree, state: LearnerState, passingScore: number): QuizOutcome {
  const settings = quizSettingsOf(lesson);
  const quiz = state.quizzes[lesson.id];
  const submitted = !!quiz?.submitted;
  let earned = 0;
  let total = 0;
  for (const block of quizQuestionBlocks(lesson, quiz)) {
    // Surveys never count toward the score.
    if (isUngraded(block.question)) continue;
    total += block.question.points;
    if (submitted && state.questions[block.id]?.correct) earned += block.question.points;
  }
  const score = submitted ? percent(earned, total) : 0;
  const passed = submitted && score >= passingScore;
  const attempt = quiz?.attempt ?? 1;
  const attemptsLeft = settings.maxAttempts === 0 || attempt < settings.maxAttempts;
  const canRetake = submitted && !passed && attemptsLeft;
  return {
    lessonId: lesson.id,
    attempt,
    maxAttempts: settings.maxAttempts,
    submitted,
    earned,
    total,
    score,
    passed,
    canRetake,
    final: submitted && !canRetake,
  };
}

/** A new 0…36^4-1 shuffle seed (Math.random is enough: it only varies the order of choices). */
export const randomSeed = (): number => Math.floor(Math.random() * 36 ** 4);

/** The quiz of `lesson` in `state`, started (attempt 1) when the learner first meets it. */
export function ensureQuiz(state: LearnerState, lesson: LessonTree, seed: () => number): LearnerState {
  if (state.quizzes[lesson.id]) return state;
  return { ...state, quizzes: { ...state.quizzes, [lesson.id]: newQuizState(1, seed(), lesson) } };
}

/** Grades every question of the current attempt once; unanswered questions count as wrong. */
export function submitQuizState(
  state: LearnerState,
  lesson: LessonTree,
  grade: (block: QuestionBlock, response: QuestionResponse) => boolean,
): LearnerState {
  const quiz = state.quizzes[lesson.id] ?? newQuizState(1, 0, lesson);
  if (quiz.submitted) return state;
  const questions = { ...state.questions };
  for (const block of quizQuestionBlocks(lesson, quiz)) {
    const response = questions[block.id]?.response ?? null;
    questions[block.id] = { attempts: 1, correct: !!response && grade(block, response), response };
  }
  return { ...state, questions, quizzes: { ...state.quizzes, [lesson.id]: { ...quiz, submitted: true } } };
}

/** A new attempt: answers cleared, a new shuffle and draw. The caller checks that a retake is allowed. */
export function retakeQuizState(state: LearnerState, lesson: LessonTree, seed: number): LearnerState {
  const quiz = state.quizzes[lesson.id];
  const ids = new Set([...quizQuestionBlocks(lesson), ...(lesson.pool ?? [])].map((b) => b.id));
  const questions = Object.fromEntries(Object.entries(state.questions).filter(([id]) => !ids.has(id)));
  return {
    ...state,
    questions,
    quizzes: { ...state.quizzes, [lesson.id]: newQuizState(Math.min(999, (quiz?.attempt ?? 1) + 1), seed, lesson) },
  };
}
