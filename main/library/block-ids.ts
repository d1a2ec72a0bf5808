import { blockWithNewIds, type Block } from '../../shared';

/**
 * Gives a block and every id nested inside it (choices, pairs, ordering items, panels, cards) fresh ids, keeping internal
 * references (correct answers) consistent. Asset references are shared content and keep their ids.
 */
export function withNewIds(block: Block, newId: () => string): Block {
  return blockWithNewIds(block, newId);
}
