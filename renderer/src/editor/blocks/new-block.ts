import {
  BLOCK_KINDS,
  blockKindOf,
  newQuestion as newQuestionOfKind,
  QUESTION_KIND_REGISTRY,
  type Block,
  type BlockType,
  type NewBlock,
  type Question,
  type QuestionKind,
} from '../../../../shared';

/** Ids for choices, pairs and items inside a question (blocks get theirs from the library). */
export const newId = (): string => crypto.randomUUID();

export const QUESTION_LABELS = Object.fromEntries(
  Object.values(QUESTION_KIND_REGISTRY).map((d) => [d.kind, d.label]),
) as Record<QuestionKind, string>;

/** A valid starting question of each kind (the schemas need two choices, one correct answer…). */
export function newQuestion(kind: QuestionKind, prompt = 'New question'): Question {
  return newQuestionOfKind(kind, newId, prompt);
}

/** The block the insert menu adds for each type: valid as it stands, ready to edit. */
export function newBlock(type: BlockType): NewBlock {
  return BLOCK_KINDS[type].create(newId) as NewBlock;
}

/** A block's content without its id (to create a copy, or to re-create it after a delete). */
export function withoutId(block: Block): NewBlock {
  const { id: _id, ...rest } = block;
  return rest as NewBlock;
}

/** A copy for "Duplicate": inner ids (question choices, panels, cards) are renewed so the two never share answers. */
export function copyOfBlock(block: Block): NewBlock {
  const copy = structuredClone(block);
  return withoutId(blockKindOf(copy).freshIds(copy, newId));
}
