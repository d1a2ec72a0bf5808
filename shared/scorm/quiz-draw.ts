import type { LessonTree } from '../model/course';
import { seededShuffle } from '../core/questions/codec';
import { fnv1a } from './codec-utils';
import type { QuestionBlock } from './learner-state';

/**
 * Question-bank draws (zod-free: the player runs it). A drawing quiz lesson carries its candidate questions in
 * `lesson.pool` (the exporter copies them from the bank); each attempt picks `quiz.draw.count` of them, the fixed
 * ones always included, in a seeded order. The picked pool indices are saved with the attempt (suspend_data v4),
 * so a resumed attempt shows the same questions in the same order.
 */

/**
 * Pool indices for one attempt: every `fixed` index plus random others up to `count` (all of them when the pool
 * is smaller), in a random order; a pure function of its arguments.
 */
export function drawPool(poolSize: number, count: number, fixed: readonly number[], seed: number): number[] {
  const all = Array.from({ length: Math.max(0, poolSize) }, (_, i) => i);
  const pinned = all.filter((i) => fixed.includes(i));
  const others = seededShuffle(
    all.filter((i) => !pinned.includes(i)),
    `draw:${seed}`,
  ).slice(0, Math.max(0, count - pinned.length));
  return seededShuffle([...pinned, ...others], `order:${seed}`);
}

/** The draw of a new attempt of `lesson` (empty when it draws nothing). */
export function drawForAttempt(lesson: LessonTree, seed: number): number[] {
  const draw = lesson.quiz?.draw;
  const pool = lesson.pool ?? [];
  if (!draw || pool.length === 0) return [];
  const fixed = pool.flatMap((b, i) => (draw.fixedIds.includes(b.id) ? [i] : []));
  return drawPool(pool.length, draw.count, fixed, seed);
}

/** The pool questions an attempt shows, in its order (indices that no longer exist are skipped). */
export const drawnBlocks = (lesson: LessonTree, draw: readonly number[] | undefined): QuestionBlock[] =>
  (draw ?? []).flatMap((i) => {
    const block = lesson.pool?.[i];
    return block ? [block] : [];
  });

/**
 * The id of a bank question inside one quiz's pool: the question id with its last 12 hex digits replaced by a hash
 * of (lesson, question), so two quizzes drawing the same question keep separate answers. Still a UUID, stable
 * across re-exports.
 */
export function poolBlockId(lessonId: string, questionId: string): string {
  const h = (s: string) => fnv1a(s).toString(16).padStart(8, '0');
  const tail = (h(`${lessonId}|${questionId}`) + h(`${questionId}|${lessonId}`)).slice(0, 12);
  return `${questionId.slice(0, 24)}${tail}`;
}

/** The most questions an attempt of `lesson` can draw from its pool (suspend_data worst case). */
export function maxDrawn(lesson: LessonTree): number {
  const draw = lesson.quiz?.draw;
  const pool = lesson.pool ?? [];
  if (!draw || lesson.kind !== 'quiz') return 0;
  const fixed = pool.filter((b) => draw.fixedIds.includes(b.id)).length;
  return Math.min(pool.length, Math.max(draw.count, fixed));
}
