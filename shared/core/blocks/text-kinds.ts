import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { RichTextDoc } from '../../model/rich-text';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';
import { richTextToPlain } from '../rich-text-plain';

/** Text blocks: heading, rich text, callout, quote, divider. Schema builders first (the types derive from them). */
export const CALLOUT_VARIANTS = ['info', 'tip', 'warning', 'success'] as const;
const DIVIDER_STYLES = ['line', 'space'] as const;

export const textSchemas = {
  heading: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('heading'),
      /** Lesson title is h1, so heading blocks are h2 or h3. */
      level: z.union([z.literal(2), z.literal(3)]),
      text: z.string().trim().min(1).max(300),
    }),
  richText: (z: Zod, k: SchemaKit) => z.object({ id: k.id, type: z.literal('richText'), doc: k.richText }),
  callout: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('callout'),
      variant: z.enum(CALLOUT_VARIANTS).default('info'),
      title: k.shortText.optional(),
      doc: k.richText,
    }),
  /** A pull quote with its attribution. */
  quote: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('quote'),
      text: z.string().trim().min(1).max(1000),
      attribution: z.string().max(300).default(''),
    }),
  divider: (z: Zod, k: SchemaKit) =>
    z.object({ id: k.id, type: z.literal('divider'), style: z.enum(DIVIDER_STYLES).default('line') }),
};

export const emptyDoc = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

const readsAll = (text: string) => ({ readingText: text });

export const textKinds: {
  heading: BlockKindDescriptor<'heading'>;
  richText: BlockKindDescriptor<'richText'>;
  callout: BlockKindDescriptor<'callout'>;
  quote: BlockKindDescriptor<'quote'>;
  divider: BlockKindDescriptor<'divider'>;
} = {
  heading: {
    ...plainKind,
    ...BLOCK_RUNTIME.heading,
    kind: 'heading',
    label: 'Heading',
    hint: 'Section title',
    icon: 'heading',
    create: () => ({ type: 'heading', level: 2, text: 'New heading' }),
    text: (b) => b.text,
    timing: (b) => readsAll(b.text),
  },
  richText: {
    ...plainKind,
    ...BLOCK_RUNTIME.richText,
    kind: 'richText',
    label: 'Text',
    hint: 'Paragraphs, lists, links',
    icon: 'text',
    create: () => ({ type: 'richText', doc: emptyDoc() }),
    text: (b) => richTextToPlain(b.doc),
    timing: (b) => readsAll(richTextToPlain(b.doc)),
  },
  callout: {
    ...plainKind,
    ...BLOCK_RUNTIME.callout,
    kind: 'callout',
    label: 'Callout',
    hint: 'Highlighted note',
    icon: 'info',
    create: () => ({ type: 'callout', variant: 'info', doc: emptyDoc() }),
    text: (b) => [b.title ?? '', richTextToPlain(b.doc)].join('\n').trim(),
    timing: (b) => readsAll([b.title ?? '', richTextToPlain(b.doc)].join('\n')),
  },
  quote: {
    ...plainKind,
    ...BLOCK_RUNTIME.quote,
    kind: 'quote',
    label: 'Quote',
    hint: 'Pull quote with attribution',
    icon: 'quote',
    create: () => ({ type: 'quote', text: 'A sentence worth remembering.', attribution: '' }),
    text: (b) => [b.text, b.attribution].join('\n').trim(),
    timing: (b) => readsAll([b.text, b.attribution].join('\n')),
  },
  divider: {
    ...plainKind,
    ...BLOCK_RUNTIME.divider,
    kind: 'divider',
    label: 'Divider',
    hint: 'Visual break',
    icon: 'separator-horizontal',
    create: () => ({ type: 'divider', style: 'line' }),
    text: () => '',
    timing: () => readsAll(''),
  },
};
