import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';

/** Structured text blocks: statement, list, table. Schema builders first (the types derive from them). */
export const STATEMENT_STYLES = ['bold', 'framed', 'note'] as const;

export const contentSchemas = {
  /** A key sentence set apart in one of three visual styles. */
  statement: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('statement'),
      style: z.enum(STATEMENT_STYLES).default('bold'),
      text: z.string().trim().min(1).max(600),
    }),
};

const readsAll = (text: string) => ({ readingText: text });

export const contentKinds: {
  statement: BlockKindDescriptor<'statement'>;
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
};
