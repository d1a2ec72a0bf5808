import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor, IdFactory } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';
import { richTextToPlain } from '../rich-text-plain';
import { emptyDoc } from './text-kinds';

/** Interactive blocks: accordion, tabs, flip cards (titled panels of rich text, two-sided cards). */

/** Limits shared by the schemas and the editors (which disable add/remove at the bounds). */
export const ACCORDION_ITEMS = { min: 1, max: 20 } as const;
export const TAB_ITEMS = { min: 2, max: 8 } as const;
export const FLIP_CARDS = { min: 1, max: 12 } as const;

const panel = (z: Zod, k: SchemaKit) =>
  z.object({ id: k.id, title: z.string().trim().min(1).max(200), doc: k.richText });
const card = (z: Zod, k: SchemaKit) =>
  z.object({ id: k.id, front: z.string().trim().min(1).max(300), back: z.string().trim().min(1).max(1000) });

export const interactiveSchemas = {
  accordion: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('accordion'),
      items: z
        .array(panel(z, k))
        .min(ACCORDION_ITEMS.min)
        .max(ACCORDION_ITEMS.max)
        .refine(k.uniqueIds, 'Accordion sections need distinct ids'),
    }),
  tabs: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('tabs'),
      items: z.array(panel(z, k)).min(TAB_ITEMS.min).max(TAB_ITEMS.max).refine(k.uniqueIds, 'Tabs need distinct ids'),
    }),
  flipCards: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('flipCards'),
      cards: z
        .array(card(z, k))
        .min(FLIP_CARDS.min)
        .max(FLIP_CARDS.max)
        .refine(k.uniqueIds, 'Flip cards need distinct ids'),
    }),
};

export interface PanelItem {
  id: string;
  title: string;
  doc: ReturnType<typeof emptyDoc>;
}
export interface FlipCard {
  id: string;
  front: string;
  back: string;
}

export const newPanel = (newId: IdFactory, title: string): PanelItem => ({ id: newId(), title, doc: emptyDoc() });
export const newCard = (newId: IdFactory, n: number): FlipCard => ({
  id: newId(),
  front: `Term ${n}`,
  back: `Definition ${n}`,
});
const renew = <T extends { id: string }>(items: readonly T[], newId: IdFactory): T[] =>
  items.map((i) => ({ ...i, id: newId() }));
const panelsText = (items: readonly PanelItem[]) =>
  items
    .map((i) => [i.title, richTextToPlain(i.doc)].join('\n'))
    .join('\n')
    .trim();

export const interactiveKinds: {
  accordion: BlockKindDescriptor<'accordion'>;
  tabs: BlockKindDescriptor<'tabs'>;
  flipCards: BlockKindDescriptor<'flipCards'>;
} = {
  accordion: {
    ...plainKind,
    ...BLOCK_RUNTIME.accordion,
    kind: 'accordion',
    label: 'Accordion',
    hint: 'Expandable sections',
    icon: 'list-collapse',
    create: (newId) => ({ type: 'accordion', items: [newPanel(newId, 'Section 1')] }),
    freshIds: (b, newId) => ({ ...b, items: renew(b.items, newId) }),
    text: (b) => panelsText(b.items),
    timing: (b) => ({ readingText: panelsText(b.items) }),
  },
  tabs: {
    ...plainKind,
    ...BLOCK_RUNTIME.tabs,
    kind: 'tabs',
    label: 'Tabs',
    hint: 'Switchable panels',
    icon: 'panels-top-left',
    create: (newId) => ({ type: 'tabs', items: [newPanel(newId, 'Tab 1'), newPanel(newId, 'Tab 2')] }),
    freshIds: (b, newId) => ({ ...b, items: renew(b.items, newId) }),
    text: (b) => panelsText(b.items),
    timing: (b) => ({ readingText: panelsText(b.items) }),
  },
  flipCards: {
    ...plainKind,
    ...BLOCK_RUNTIME.flipCards,
    kind: 'flipCards',
    label: 'Flip cards',
    hint: 'Term and definition cards',
    icon: 'gallery-horizontal',
    create: (newId) => ({ type: 'flipCards', cards: [newCard(newId, 1)] }),
    freshIds: (b, newId) => ({ ...b, cards: renew(b.cards, newId) }),
    text: (b) => cardsText(b.cards),
    timing: (b) => ({ readingText: cardsText(b.cards) }),
  },
};

function cardsText(cards: readonly FlipCard[]): string {
  return cards
    .map((c) => [c.front, c.back].join('\n'))
    .join('\n')
    .trim();
}
