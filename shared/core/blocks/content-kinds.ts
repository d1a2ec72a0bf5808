import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** Structured text blocks: statement, list, table. Schema builders first (the types derive from them). */
export const STATEMENT_STYLES = ['bold', 'framed', 'note'] as const;
export const LIST_STYLES = ['bulleted', 'numbered', 'checklist'] as const;
export const LIST_ITEMS = { min: 1, max: 50 } as const;
export const TABLE_ROWS = { min: 1, max: 50 } as const;
export const TABLE_COLUMNS = { min: 1, max: 8 } as const;
export const TIMELINE_EVENTS = { min: 1, max: 30 } as const;

export const contentSchemas = {
  /** A key sentence set apart in one of three visual styles. */
  statement: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('statement'),
      style: z.enum(STATEMENT_STYLES).default('bold'),
      text: z.string().trim().min(1).max(600),
    }),
  /** Plain-text items; a checklist lets the learner tick items for themselves (not reported, not saved). */
  list: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('list'),
      style: z.enum(LIST_STYLES).default('bulleted'),
      items: z.array(z.string().max(500)).min(LIST_ITEMS.min).max(LIST_ITEMS.max),
    }),
  /** A simple data table: rows of plain-text cells, all rows as wide as the first; the first may be headers. */
  table: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('table'),
      caption: z.string().max(300).default(''),
      headerRow: z.boolean().default(true),
      rows: z
        .array(z.array(z.string().max(500)).min(TABLE_COLUMNS.min).max(TABLE_COLUMNS.max))
        .min(TABLE_ROWS.min)
        .max(TABLE_ROWS.max)
        .refine((rows) => rows.every((r) => r.length === rows[0]?.length), 'Every row has the same number of cells'),
    }),
  /** Dated events in the author's order, each with text and an optional image (an asset of the library). */
  timeline: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('timeline'),
      events: z
        .array(
          z.object({
            id: k.id,
            date: z.string().trim().min(1).max(60),
            title: z.string().trim().min(1).max(200),
            text: z.string().max(2000).default(''),
            imageAssetId: k.assetRef.default(null),
            alt: z.string().max(500).default(''),
          }),
        )
        .min(TIMELINE_EVENTS.min)
        .max(TIMELINE_EVENTS.max)
        .refine(k.uniqueIds, 'Event ids must be unique'),
    }),
};

const readsAll = (text: string) => ({ readingText: text });

export const contentKinds: {
  statement: BlockKindDescriptor<'statement'>;
  list: BlockKindDescriptor<'list'>;
  table: BlockKindDescriptor<'table'>;
  timeline: BlockKindDescriptor<'timeline'>;
} = {
  statement: {
    ...plainKind,
    ...BLOCK_RUNTIME.statement,
    kind: 'statement',
    label: 'Statement',
    hint: 'A key idea set apart',
    icon: 'megaphone',
    create: () => ({ type: 'statement', style: 'bold', text: 'One idea the learner should take away.' }),
    text: (b) => b.text,
    timing: (b) => readsAll(b.text),
  },
  list: {
    ...plainKind,
    ...BLOCK_RUNTIME.list,
    kind: 'list',
    label: 'List',
    hint: 'Bulleted, numbered or checklist',
    icon: 'list',
    create: () => ({ type: 'list', style: 'bulleted', items: ['First point', 'Second point'] }),
    text: (b) => b.items.join('\n'),
    timing: (b) => readsAll(b.items.join('\n')),
  },
  table: {
    ...plainKind,
    ...BLOCK_RUNTIME.table,
    kind: 'table',
    label: 'Table',
    hint: 'Rows and columns with a caption',
    icon: 'table',
    create: () => ({
      type: 'table',
      caption: '',
      headerRow: true,
      rows: [
        ['Column 1', 'Column 2'],
        ['', ''],
      ],
    }),
    text: (b) => [b.caption, ...b.rows.map((r) => r.join(' '))].join('\n').trim(),
    timing: (b) => readsAll([b.caption, ...b.rows.map((r) => r.join(' '))].join('\n')),
    guidance: (b) =>
      b.caption.trim() === ''
        ? [
            {
              code: 'table-missing-caption',
              severity: 'suggestion',
              message: (lesson) => `A table in “${lesson}” has no caption saying what it shows.`,
            },
          ]
        : [],
  },
  timeline: {
    ...plainKind,
    ...BLOCK_RUNTIME.timeline,
    kind: 'timeline',
    label: 'Timeline',
    hint: 'Dated events in order',
    icon: 'calendar-range',
    create: (newId) => ({
      type: 'timeline',
      events: [
        { id: newId(), date: '2000', title: 'First event', text: '', imageAssetId: null, alt: '' },
        { id: newId(), date: '2010', title: 'Next event', text: '', imageAssetId: null, alt: '' },
      ],
    }),
    freshIds: (b, newId) => ({ ...b, events: b.events.map((e) => ({ ...e, id: newId() })) }),
    text: (b) => b.events.map((e) => [e.date, e.title, e.text, e.alt].join('\n')).join('\n'),
    timing: (b) => readsAll(b.events.map((e) => [e.date, e.title, e.text].join('\n')).join('\n')),
    assetIds: (b) => b.events.flatMap((e) => (e.imageAssetId ? [e.imageAssetId] : [])),
    remapAssets: (b, to) => ({
      ...b,
      events: b.events.map((e) => ({ ...e, imageAssetId: e.imageAssetId === null ? null : to(e.imageAssetId) })),
    }),
    guidance: (b) =>
      b.events.some((e) => e.imageAssetId && e.alt.trim() === '')
        ? [
            {
              code: 'image-missing-alt',
              severity: 'warning',
              message: (lesson) => `A timeline image in “${lesson}” has no alt text.`,
            },
          ]
        : [],
  },
};
