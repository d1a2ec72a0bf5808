import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/**
 * Sorting activity: cards the learner sorts into two to four labelled piles, then checks. The learner's sorting is
 * kept for resume as ONE integer (see `encodeSorting`): a digit in base (piles + 1) per card, times two, plus the
 * "checked" flag. With 4 piles and 20 cards that is 2·5²⁰ − 1 ≈ 1.9·10¹⁴, well inside Number.MAX_SAFE_INTEGER
 * (2·5²² would still fit, 2·5²³ would not), hence the card cap.
 */
export const SORTING_PILES = { min: 2, max: 4 } as const;
export const SORTING_CARDS = { min: 2, max: 20 } as const;

const card = (z: Zod, k: SchemaKit) => z.object({ id: k.id, text: z.string().trim().min(1).max(200) });

export const sortingSchemas = {
  /** Each pile holds the cards that belong in it (so every card has exactly one right pile, by construction). */
  sorting: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('sorting'),
      /** What to do, shown above the cards (also the activity's accessible name). */
      prompt: z.string().trim().min(1).max(300),
      piles: z
        .array(z.object({ id: k.id, label: z.string().trim().min(1).max(80), cards: z.array(card(z, k)) }))
        .min(SORTING_PILES.min)
        .max(SORTING_PILES.max)
        .refine(
          (piles) => k.uniqueIds([...piles, ...piles.flatMap((p) => p.cards)]),
          'Pile and card ids must be unique',
        )
        .refine((piles) => {
          const n = piles.reduce((sum, p) => sum + p.cards.length, 0);
          return n >= SORTING_CARDS.min && n <= SORTING_CARDS.max;
        }, `A sorting activity has ${SORTING_CARDS.min} to ${SORTING_CARDS.max} cards`),
    }),
};

export { decodeSorting, encodeSorting, sortingCards } from './sorting-state';

export const sortingKinds: { sorting: BlockKindDescriptor<'sorting'> } = {
  sorting: {
    ...plainKind,
    ...BLOCK_RUNTIME.sorting,
    kind: 'sorting',
    label: 'Sorting activity',
    hint: 'Cards sorted into piles, then checked',
    icon: 'columns-3',
    engaging: true,
    create: (newId) => ({
      type: 'sorting',
      prompt: 'Sort each card into the right pile.',
      piles: [
        { id: newId(), label: 'Pile A', cards: [{ id: newId(), text: 'Card 1' }] },
        { id: newId(), label: 'Pile B', cards: [{ id: newId(), text: 'Card 2' }] },
      ],
    }),
    freshIds: (b, newId) => ({
      ...b,
      piles: b.piles.map((p) => ({ ...p, id: newId(), cards: p.cards.map((c) => ({ ...c, id: newId() })) })),
    }),
    text: (b) => [b.prompt, ...b.piles.flatMap((p) => [p.label, ...p.cards.map((c) => c.text)])].join('\n'),
    timing: () => ({ readingText: '', activity: 'question' }),
  },
};
