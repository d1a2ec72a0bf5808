import { assertNever, type Block, type Question } from '../../shared';

/**
 * Gives a block and every id nested inside it (choices, pairs, ordering items, panels, cards) fresh ids, keeping internal
 * references (correct answers) consistent. Asset references are shared content and keep their ids.
 */
export function withNewIds(block: Block, newId: () => string): Block {
  switch (block.type) {
    case 'heading':
    case 'richText':
    case 'image':
    case 'video':
    case 'audio':
    case 'callout':
    case 'divider':
      return { ...block, id: newId() };
    case 'question':
      return { ...block, id: newId(), question: questionWithNewIds(block.question, newId) };
    case 'accordion':
    case 'tabs':
      return { ...block, id: newId(), items: block.items.map((i) => ({ ...i, id: newId() })) };
    case 'flipCards':
      return { ...block, id: newId(), cards: block.cards.map((c) => ({ ...c, id: newId() })) };
    default:
      return assertNever(block, 'block');
  }
}

function questionWithNewIds(q: Question, newId: () => string): Question {
  switch (q.kind) {
    case 'singleChoice': {
      const map = new Map(q.choices.map((c) => [c.id, newId()]));
      const remap = (id: string) => map.get(id) ?? id;
      return {
        ...q,
        choices: q.choices.map((c) => ({ ...c, id: remap(c.id) })),
        correctChoiceId: remap(q.correctChoiceId),
      };
    }
    case 'multipleResponse': {
      const map = new Map(q.choices.map((c) => [c.id, newId()]));
      const remap = (id: string) => map.get(id) ?? id;
      return {
        ...q,
        choices: q.choices.map((c) => ({ ...c, id: remap(c.id) })),
        correctChoiceIds: q.correctChoiceIds.map(remap),
      };
    }
    case 'matching':
      return { ...q, pairs: q.pairs.map((p) => ({ ...p, id: newId() })) };
    case 'ordering':
      return { ...q, items: q.items.map((i) => ({ ...i, id: newId() })) };
    case 'trueFalse':
    case 'textEntry':
      return { ...q };
    default:
      return assertNever(q, 'question');
  }
}
