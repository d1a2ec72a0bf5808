import { z } from 'zod';
import { idSchema } from './ids';
import { richTextDocSchema, richTextToPlain } from './rich-text';
import { questionSchema, questionText } from './questions';
import { assertNever } from '../assert-never';

/**
 * Lesson content blocks. To add a block type: add its schema to `blockSchemas` below, then
 * follow the compile errors (each `switch` over `Block['type']` ends in `assertNever`).
 * Media is referenced by asset id (null while the author has not picked one yet).
 */
const assetRef = idSchema.nullable();
const shortText = z.string().max(500);

export const headingBlockSchema = z.object({
  id: idSchema,
  type: z.literal('heading'),
  /** Lesson title is h1, so heading blocks are h2 or h3. */
  level: z.union([z.literal(2), z.literal(3)]),
  text: z.string().trim().min(1).max(300),
});

export const richTextBlockSchema = z.object({
  id: idSchema,
  type: z.literal('richText'),
  doc: richTextDocSchema,
});

export const imageBlockSchema = z.object({
  id: idSchema,
  type: z.literal('image'),
  assetId: assetRef,
  /** Required for accessibility unless `decorative` is set. */
  alt: shortText.default(''),
  decorative: z.boolean().default(false),
  caption: shortText.optional(),
});

export const captionTrackSchema = z.object({
  assetId: idSchema,
  language: z.string().min(2).max(35),
  label: z.string().min(1).max(100),
});

export const videoBlockSchema = z.object({
  id: idSchema,
  type: z.literal('video'),
  assetId: assetRef,
  title: shortText.default(''),
  posterAssetId: idSchema.optional(),
  captions: z.array(captionTrackSchema).max(20).default([]),
});

export const audioBlockSchema = z.object({
  id: idSchema,
  type: z.literal('audio'),
  assetId: assetRef,
  title: shortText.default(''),
  /** Text alternative for learners who cannot hear the audio. */
  transcript: z.string().max(20000).optional(),
});

export const CALLOUT_VARIANTS = ['info', 'tip', 'warning', 'success'] as const;
export const calloutBlockSchema = z.object({
  id: idSchema,
  type: z.literal('callout'),
  variant: z.enum(CALLOUT_VARIANTS).default('info'),
  title: shortText.optional(),
  doc: richTextDocSchema,
});

export const dividerBlockSchema = z.object({
  id: idSchema,
  type: z.literal('divider'),
  style: z.enum(['line', 'space']).default('line'),
});

export const questionBlockSchema = z.object({
  id: idSchema,
  type: z.literal('question'),
  question: questionSchema,
});

/** A titled panel of rich text (accordion sections, tabs). */
export const panelItemSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  doc: richTextDocSchema,
});
export type PanelItem = z.infer<typeof panelItemSchema>;

/** Limits shared by the schemas and the editors (which disable add/remove at the bounds). */
export const ACCORDION_ITEMS = { min: 1, max: 20 } as const;
export const TAB_ITEMS = { min: 2, max: 8 } as const;
export const FLIP_CARDS = { min: 1, max: 12 } as const;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

export const accordionBlockSchema = z.object({
  id: idSchema,
  type: z.literal('accordion'),
  items: z
    .array(panelItemSchema)
    .min(ACCORDION_ITEMS.min)
    .max(ACCORDION_ITEMS.max)
    .refine(uniqueIds, 'Accordion sections need distinct ids'),
});

export const tabsBlockSchema = z.object({
  id: idSchema,
  type: z.literal('tabs'),
  items: z.array(panelItemSchema).min(TAB_ITEMS.min).max(TAB_ITEMS.max).refine(uniqueIds, 'Tabs need distinct ids'),
});

export const flipCardSchema = z.object({
  id: idSchema,
  front: z.string().trim().min(1).max(300),
  back: z.string().trim().min(1).max(1000),
});
export type FlipCard = z.infer<typeof flipCardSchema>;

export const flipCardsBlockSchema = z.object({
  id: idSchema,
  type: z.literal('flipCards'),
  cards: z
    .array(flipCardSchema)
    .min(FLIP_CARDS.min)
    .max(FLIP_CARDS.max)
    .refine(uniqueIds, 'Flip cards need distinct ids'),
});

export const blockSchemas = [
  headingBlockSchema,
  richTextBlockSchema,
  imageBlockSchema,
  videoBlockSchema,
  audioBlockSchema,
  calloutBlockSchema,
  dividerBlockSchema,
  questionBlockSchema,
  accordionBlockSchema,
  tabsBlockSchema,
  flipCardsBlockSchema,
] as const;

export const blockSchema = z.discriminatedUnion('type', blockSchemas);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
export const BLOCK_TYPES = blockSchemas.map((s) => s.shape.type.value) satisfies BlockType[];

/** A block before it has an id (input to `blocks.create`); the library assigns the id. */
const noId = { id: true } as const;
export const newBlockSchema = z.discriminatedUnion('type', [
  headingBlockSchema.omit(noId),
  richTextBlockSchema.omit(noId),
  imageBlockSchema.omit(noId),
  videoBlockSchema.omit(noId),
  audioBlockSchema.omit(noId),
  calloutBlockSchema.omit(noId),
  dividerBlockSchema.omit(noId),
  questionBlockSchema.omit(noId),
  accordionBlockSchema.omit(noId),
  tabsBlockSchema.omit(noId),
  flipCardsBlockSchema.omit(noId),
]);
export type NewBlock = z.input<typeof newBlockSchema>;

/** Searchable text of a block (FTS index, reading-time estimates). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'richText':
      return richTextToPlain(block.doc);
    case 'image':
      return [block.alt, block.caption ?? ''].join('\n').trim();
    case 'video':
      return block.title;
    case 'audio':
      return [block.title, block.transcript ?? ''].join('\n').trim();
    case 'callout':
      return [block.title ?? '', richTextToPlain(block.doc)].join('\n').trim();
    case 'divider':
      return '';
    case 'question':
      return questionText(block.question);
    case 'accordion':
    case 'tabs':
      return block.items
        .map((i) => [i.title, richTextToPlain(i.doc)].join('\n'))
        .join('\n')
        .trim();
    case 'flipCards':
      return block.cards
        .map((c) => [c.front, c.back].join('\n'))
        .join('\n')
        .trim();
    default:
      return assertNever(block, 'block');
  }
}

/** Asset ids a block references (media housekeeping refuses to delete these). */
export function blockAssetIds(block: Block): string[] {
  switch (block.type) {
    case 'image':
    case 'audio':
      return block.assetId ? [block.assetId] : [];
    case 'video':
      return [
        ...(block.assetId ? [block.assetId] : []),
        ...(block.posterAssetId ? [block.posterAssetId] : []),
        ...block.captions.map((c) => c.assetId),
      ];
    case 'heading':
    case 'richText':
    case 'callout':
    case 'divider':
    case 'question':
    case 'accordion':
    case 'tabs':
    case 'flipCards':
      return [];
    default:
      return assertNever(block, 'block');
  }
}
