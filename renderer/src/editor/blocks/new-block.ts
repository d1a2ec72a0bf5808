import {
  assertNever,
  type Block,
  type BlockType,
  type NewBlock,
  type Question,
  type QuestionKind,
} from '../../../../shared';
import { newCard, newPanel, withFreshIds } from './item-list';

/** Ids for choices, pairs and items inside a question (blocks get theirs from the library). */
export const newId = (): string => crypto.randomUUID();

export const BLOCK_LABELS: Record<BlockType, string> = {
  heading: 'Heading',
  richText: 'Text',
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  callout: 'Callout',
  divider: 'Divider',
  question: 'Question',
  accordion: 'Accordion',
  tabs: 'Tabs',
  flipCards: 'Flip cards',
};

export const QUESTION_LABELS: Record<QuestionKind, string> = {
  singleChoice: 'Single choice',
  multipleResponse: 'Multiple response',
  trueFalse: 'True / false',
  textEntry: 'Text entry',
  matching: 'Matching',
  ordering: 'Ordering',
};

const emptyDoc = () => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const }] });

/** A valid starting question of each kind (the schemas need two choices, one correct answer…). */
export function newQuestion(kind: QuestionKind, prompt = 'New question'): Question {
  const common = { prompt, feedback: {}, points: 1, maxAttempts: 0 };
  switch (kind) {
    case 'singleChoice': {
      const choices = [
        { id: newId(), text: 'Option 1' },
        { id: newId(), text: 'Option 2' },
      ];
      return { kind, ...common, choices, correctChoiceId: choices[0]!.id };
    }
    case 'multipleResponse': {
      const choices = [
        { id: newId(), text: 'Option 1' },
        { id: newId(), text: 'Option 2' },
      ];
      return { kind, ...common, choices, correctChoiceIds: [choices[0]!.id] };
    }
    case 'trueFalse':
      return { kind, ...common, correct: true };
    case 'textEntry':
      return { kind, ...common, acceptedAnswers: ['answer'], caseSensitive: false };
    case 'matching':
      return {
        kind,
        ...common,
        pairs: [
          { id: newId(), prompt: 'Term 1', match: 'Match 1' },
          { id: newId(), prompt: 'Term 2', match: 'Match 2' },
        ],
      };
    case 'ordering':
      return {
        kind,
        ...common,
        items: [
          { id: newId(), text: 'First' },
          { id: newId(), text: 'Second' },
        ],
      };
    default:
      return assertNever(kind, 'question kind');
  }
}

/** The block the insert menu adds for each type: valid as it stands, ready to edit. */
export function newBlock(type: BlockType): NewBlock {
  switch (type) {
    case 'heading':
      return { type, level: 2, text: 'New heading' };
    case 'richText':
      return { type, doc: emptyDoc() };
    case 'image':
      return { type, assetId: null, alt: '', decorative: false };
    case 'video':
      return { type, assetId: null, title: '', captions: [] };
    case 'audio':
      return { type, assetId: null, title: '' };
    case 'callout':
      return { type, variant: 'info', doc: emptyDoc() };
    case 'divider':
      return { type, style: 'line' };
    case 'question':
      return { type, question: newQuestion('singleChoice') };
    case 'accordion':
      return { type, items: [newPanel('Section 1')] };
    case 'tabs':
      return { type, items: [newPanel('Tab 1'), newPanel('Tab 2')] };
    case 'flipCards':
      return { type, cards: [newCard(1)] };
    default:
      return assertNever(type, 'block type');
  }
}

/** A block's content without its id (to create a copy, or to re-create it after a delete). */
export function withoutId(block: Block): NewBlock {
  const { id: _id, ...rest } = block;
  return rest as NewBlock;
}

/** A copy for "Duplicate": inner ids (question choices, panels, cards) are renewed so the two never share answers. */
export function copyOfBlock(block: Block): NewBlock {
  const copy = structuredClone(withoutId(block));
  if (copy.type === 'accordion' || copy.type === 'tabs') return { ...copy, items: withFreshIds(copy.items) };
  if (copy.type === 'flipCards') return { ...copy, cards: withFreshIds(copy.cards) };
  if (copy.type !== 'question') return copy;
  const q = copy.question;
  switch (q.kind) {
    case 'singleChoice': {
      const ids = new Map(q.choices.map((c) => [c.id, newId()]));
      return {
        ...copy,
        question: {
          ...q,
          choices: q.choices.map((c) => ({ ...c, id: ids.get(c.id)! })),
          correctChoiceId: ids.get(q.correctChoiceId) ?? q.correctChoiceId,
        },
      };
    }
    case 'multipleResponse': {
      const ids = new Map(q.choices.map((c) => [c.id, newId()]));
      return {
        ...copy,
        question: {
          ...q,
          choices: q.choices.map((c) => ({ ...c, id: ids.get(c.id)! })),
          correctChoiceIds: q.correctChoiceIds.map((id) => ids.get(id) ?? id),
        },
      };
    }
    case 'matching':
      return { ...copy, question: { ...q, pairs: q.pairs.map((p) => ({ ...p, id: newId() })) } };
    case 'ordering':
      return { ...copy, question: { ...q, items: q.items.map((i) => ({ ...i, id: newId() })) } };
    case 'trueFalse':
    case 'textEntry':
      return copy;
    default:
      return assertNever(q, 'question');
  }
}
