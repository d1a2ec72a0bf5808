import { BLOCK_RUNTIME } from '../../../shared/core/block-runtime';
import type { Block } from '../../../shared/model/blocks';
import type { LessonTree } from '../../../shared/model/course';
import type { LearnerState } from '../../../shared/scorm/learner-state';

/**
 * Continue blocks hide the rest of their lesson until pressed (state 1, kept for resume). A lesson counts as
 * viewed only once all of it was shown, so progress, completion and linear gates wait for every Continue.
 * Quiz lessons hide nothing (their questions are one attempt).
 */
const pressed = (state: LearnerState, blockId: string): boolean => (state.blocks?.[blockId] ?? 0) > 0;

/** The blocks on screen: up to and including the first Continue the learner has not pressed. */
export function shownBlocks(lesson: LessonTree, state: LearnerState): LessonTree['blocks'] {
  if (lesson.kind === 'quiz') return lesson.blocks;
  const at = lesson.blocks.findIndex((b) => b.type === 'continue' && !pressed(state, b.id));
  return at < 0 ? lesson.blocks : lesson.blocks.slice(0, at + 1);
}

/** Whether every Continue of the lesson was pressed (all of it has been shown). */
export function lessonRevealed(lesson: LessonTree, state: LearnerState): boolean {
  return lesson.kind === 'quiz' || lesson.blocks.every((b) => b.type !== 'continue' || pressed(state, b.id));
}

/**
 * Whether the learner finished a block, for a Continue that waits for the blocks above: questions answered,
 * kinds with learner state by their descriptor's `completed` (a process reached its summary), media played to
 * the end in this session (`ended`). Other blocks are done once shown.
 */
export function blockCompleted(block: Block, state: LearnerState, ended: (blockId: string) => boolean): boolean {
  if (block.type === 'question') {
    const q = state.questions[block.id];
    return !!q && (q.attempts > 0 || !!q.response);
  }
  if (block.type === 'video' || block.type === 'audio') return !block.assetId || ended(block.id);
  const completed = (BLOCK_RUNTIME[block.type] as { completed?: (b: Block, value: number) => boolean }).completed;
  return completed ? completed(block, state.blocks?.[block.id] ?? 0) : true;
}
