import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import { commonQuestionFields, startingFields, type QuestionKindDescriptor } from './question-kind';
import { structuredRuntime } from './structured-runtime';

/** Questions with typed or arranged answers: text entry, matching, ordering. Schema builders first. */

export const structuredQuestionSchemas = {
  textEntry: (z: Zod, k: QuestionSchemaKit) =>
    z.object({
      kind: z.literal('textEntry'),
      ...commonQuestionFields(z, k),
      acceptedAnswers: z.array(z.string().trim().min(1).max(250)).min(1).max(20),
      caseSensitive: z.boolean().default(false),
    }),
  matching: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('matching'),
        ...commonQuestionFields(z, k),
        pairs: z
          .array(z.object({ id: k.id, prompt: k.line, match: k.line }))
          .min(2)
          .max(10),
      })
      .refine((q) => k.uniqueIds(q.pairs), 'pair ids must be unique'),
  ordering: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('ordering'),
        ...commonQuestionFields(z, k),
        /** Items in their correct order; the player shuffles them. */
        items: z
          .array(z.object({ id: k.id, text: k.line }))
          .min(2)
          .max(10),
      })
      .refine((q) => k.uniqueIds(q.items), 'item ids must be unique'),
};

export interface StructuredResponses {
  textEntry: { text: string };
  /** For each pair (in the question's order) the id of the pair whose `match` the learner chose, or null. */
  matching: { matches: (string | null)[] };
  /** Item ids in the order the learner arranged them. */
  ordering: { itemIds: string[] };
}

export const structuredQuestionKinds: {
  textEntry: QuestionKindDescriptor<'textEntry'>;
  matching: QuestionKindDescriptor<'matching'>;
  ordering: QuestionKindDescriptor<'ordering'>;
} = {
  textEntry: {
    ...structuredRuntime.textEntry,
    kind: 'textEntry',
    label: 'Text entry',
    icon: 'text-cursor-input',
    create: (_newId, prompt) => ({
      kind: 'textEntry',
      ...startingFields(prompt),
      acceptedAnswers: ['answer'],
      caseSensitive: false,
    }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
    answerSummary: (q) => q.acceptedAnswers.join(' / '),
  },
  matching: {
    ...structuredRuntime.matching,
    kind: 'matching',
    label: 'Matching',
    icon: 'link',
    create: (newId, prompt) => ({
      kind: 'matching',
      ...startingFields(prompt),
      pairs: [
        { id: newId(), prompt: 'Term 1', match: 'Match 1' },
        { id: newId(), prompt: 'Term 2', match: 'Match 2' },
      ],
    }),
    freshIds: (q, newId) => ({ ...q, pairs: q.pairs.map((p) => ({ ...p, id: newId() })) }),
    text: (q) => q.pairs.flatMap((p) => [p.prompt, p.match]),
  },
  ordering: {
    ...structuredRuntime.ordering,
    kind: 'ordering',
    label: 'Ordering',
    icon: 'arrow-down-up',
    create: (newId, prompt) => ({
      kind: 'ordering',
      ...startingFields(prompt),
      items: [
        { id: newId(), text: 'First' },
        { id: newId(), text: 'Second' },
      ],
    }),
    freshIds: (q, newId) => ({ ...q, items: q.items.map((i) => ({ ...i, id: newId() })) }),
    text: (q) => q.items.map((i) => i.text),
  },
};
