import type { CourseTree, LessonTree } from '../model/course';
import type { Block, BlockOf } from '../model/blocks';
import { BLOCK_RUNTIME } from '../core/block-runtime';

/**
 * What the player remembers about one learner, independent of the LMS. Everything else (score,
 * completion, success) is derived from it, so restoring this restores the whole course state.
 */
/** What a learner answered, by kind (each kind declares its response next to its logic in `shared/core/questions/`). */
export type { QuestionResponse } from '../core/questions/question-kind';
import type { QuestionResponse } from '../core/questions/question-kind';

export interface QuestionState {
  /** Checked attempts so far (stored up to MAX_STORED_ATTEMPTS). */
  attempts: number;
  /** Whether the last checked attempt was correct. */
  correct: boolean;
  /** The last checked response; null when it had to be dropped to fit the LMS limit. */
  response: QuestionResponse | null;
}

/** One graded quiz lesson as a series of attempts (answer, submit, results, retake). */
export interface QuizState {
  /** The current attempt, from 1. */
  attempt: number;
  /** Seed of this attempt's choice shuffle, kept so a resumed attempt shows the same order. */
  seed: number;
  /** The current attempt was submitted (its answers are graded and final). */
  submitted: boolean;
  /** The learner opened the review of the submitted attempt. */
  reviewed: boolean;
  /** Seconds spent in the current attempt (for the optional timer). */
  elapsedS: number;
  /** Question-bank quizzes: the attempt's questions as indices into `lesson.pool`, in the order shown. */
  draw?: number[];
}

export interface LearnerState {
  /** The bookmark: the lesson the learner is on. */
  currentLessonId: string | null;
  /** Visited lessons, in course order. */
  visitedLessonIds: string[];
  /** Keyed by question block id; for graded questions the answer of the current attempt. */
  questions: Record<string, QuestionState>;
  /** Keyed by quiz lesson id. */
  quizzes: Record<string, QuizState>;
  /**
   * Keyed by block id: the state of blocks that keep one (an integer in 0..stateMax, e.g. the step a process is
   * on). Absent in states written before block state existed.
   */
  blocks?: Record<string, number>;
  /**
   * Bumped on every saved change and stored in suspend_data and in the local copy kept while commits
   * fail, so the newer of the two wins on the next launch.
   */
  saveCount: number;
}

export const emptyLearnerState = (): LearnerState => ({
  currentLessonId: null,
  visitedLessonIds: [],
  questions: {},
  quizzes: {},
  blocks: {},
  saveCount: 0,
});

/** Single-character attempt counter in the suspend_data encoding (base 36). */
export const MAX_STORED_ATTEMPTS = 35;
export { TEXT_ENTRY_MAX_LENGTH } from '../core/questions/structured-runtime';
/** Largest stored quiz attempt number / elapsed seconds / seed (keeps the encoding bounded). */
export const MAX_QUIZ_ATTEMPT = 999;
export const MAX_QUIZ_ELAPSED_S = 24 * 3600;
export const MAX_QUIZ_SEED = 36 ** 4 - 1;

export type QuestionBlock = BlockOf<'question'>;
export interface QuestionRef {
  block: QuestionBlock;
  lesson: LessonTree;
  /** Questions in `quiz` lessons count toward the score. */
  graded: boolean;
  /** A bank question in a drawing quiz's pool (shown only when an attempt draws it). */
  pooled?: boolean;
}

export function courseLessons(course: CourseTree): LessonTree[] {
  return course.modules.flatMap((m) => m.lessons);
}

/** Every question block in course order (a quiz's bank pool after its own blocks). */
export function courseQuestions(course: CourseTree): QuestionRef[] {
  return courseLessons(course).flatMap((lesson) => [
    ...lesson.blocks
      .filter((b): b is QuestionBlock => b.type === 'question')
      .map((block) => ({ block, lesson, graded: lesson.kind === 'quiz' })),
    ...(lesson.kind === 'quiz' ? (lesson.pool ?? []) : []).map((block) => ({
      block,
      lesson,
      graded: true,
      pooled: true,
    })),
  ]);
}

interface StatefulBlockRef {
  block: Block;
  /** Largest state value (see `BlockRuntime.stateMax`). */
  max: number;
}

/** Every block whose kind keeps learner state, in course order. */
export function courseStatefulBlocks(course: CourseTree): StatefulBlockRef[] {
  return courseLessons(course).flatMap((lesson) =>
    lesson.blocks.flatMap((block) => {
      const stateMax = (BLOCK_RUNTIME[block.type] as { stateMax?: (b: Block) => number }).stateMax;
      return stateMax ? [{ block, max: Math.max(0, Math.floor(stateMax(block))) }] : [];
    }),
  );
}
