import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';

/** Structured text blocks: statement, list, table. Schema builders first (the types derive from them). */
export const STATEMENT_STYLES = ['bold', 'framed', 'note'] as const;
export const LIST_STYLES = ['bulleted', 'numbered', 'checklist'] as const;
export const LIST_ITEMS = { min: 1, max: 50 } as const;
export const TABLE_ROWS = { min: 1, max: 50 } as const;
export const TABLE_COLUMNS = { min: 1, max: 8 } as const;

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
};

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const readsAll = (text: string) => ({ readingText: text });

export const contentKinds: {
  statement: BlockKindDescriptor<'statement'>;
  list: BlockKindDescriptor<'list'>;
  table: BlockKindDescriptor<'table'>;
} = {
  statement: {
    ...plainKind,
    kind: 'statement',
    label: 'Statement',
    hint: 'A key idea set apart',
    icon: 'megaphone',
    create: () => ({ type: 'statement', style: 'bold', text: 'One idea the learner should take away.' }),
    text: (b) => b.text,
    timing: (b) => readsAll(b.text),
    wellFormed: (b) => typeof b.text === 'string' && typeof b.style === 'string',
  },
  list: {
    ...plainKind,
    kind: 'list',
    label: 'List',
    hint: 'Bulleted, numbered or checklist',
    icon: 'list',
    create: () => ({ type: 'list', style: 'bulleted', items: ['First point', 'Second point'] }),
    text: (b) => b.items.join('\n'),
    timing: (b) => readsAll(b.items.join('\n')),
    wellFormed: (b) => isStrings(b.items),
  },
  table: {
    ...plainKind,
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
    wellFormed: (b) => Array.isArray(b.rows) && b.rows.every(isStrings),
  },
};
