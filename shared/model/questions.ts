import { z } from 'zod';
import { idSchema } from './ids';

/** Short plain-text strings shown to learners (prompts, choices, feedback). */
const line = z.string().trim().min(1).max(2000);
const optionalFeedback = z.string().max(2000).optional();

export const choiceSchema = z.object({
  id: idSchema,
  text: line,
  /** Shown when the learner picks this choice. */
  feedback: optionalFeedback,
});
export type Choice = z.infer<typeof choiceSchema>;

const common = {
  prompt: line,
  /** Shown after a correct / incorrect attempt. */
  feedback: z.object({ correct: optionalFeedback, incorrect: optionalFeedback }).default({}),
  /** Points toward the quiz score (ignored in ungraded knowledge checks). */
  points: z.number().int().min(0).max(100).default(1),
  /** 0 means unlimited attempts. */
  maxAttempts: z.number().int().min(0).max(10).default(0),
};

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((i) => i.id)).size === items.length;

export const singleChoiceSchema = z
  .object({
    kind: z.literal('singleChoice'),
    ...common,
    choices: z.array(choiceSchema).min(2).max(10),
    correctChoiceId: idSchema,
  })
  .refine((q) => uniqueIds(q.choices), 'choice ids must be unique')
  .refine((q) => q.choices.some((c) => c.id === q.correctChoiceId), 'the correct choice must be one of the choices');

export const multipleResponseSchema = z
  .object({
    kind: z.literal('multipleResponse'),
    ...common,
    choices: z.array(choiceSchema).min(2).max(10),
    correctChoiceIds: z.array(idSchema).min(1),
  })
  .refine((q) => uniqueIds(q.choices), 'choice ids must be unique')
  .refine(
    (q) => q.correctChoiceIds.every((id) => q.choices.some((c) => c.id === id)),
    'correct choices must be among the choices',
  );

export const trueFalseSchema = z.object({ kind: z.literal('trueFalse'), ...common, correct: z.boolean() });

export const textEntrySchema = z.object({
  kind: z.literal('textEntry'),
  ...common,
  acceptedAnswers: z.array(z.string().trim().min(1).max(250)).min(1).max(20),
  caseSensitive: z.boolean().default(false),
});

export const matchingSchema = z
  .object({
    kind: z.literal('matching'),
    ...common,
    pairs: z
      .array(z.object({ id: idSchema, prompt: line, match: line }))
      .min(2)
      .max(10),
  })
  .refine((q) => uniqueIds(q.pairs), 'pair ids must be unique');

export const orderingSchema = z
  .object({
    kind: z.literal('ordering'),
    ...common,
    /** Items in their correct order; the player shuffles them. */
    items: z
      .array(z.object({ id: idSchema, text: line }))
      .min(2)
      .max(10),
  })
  .refine((q) => uniqueIds(q.items), 'item ids must be unique');

export const questionSchema = z.discriminatedUnion('kind', [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  textEntrySchema,
  matchingSchema,
  orderingSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export const QUESTION_KINDS = questionSchema.options.map((o) => o.shape.kind.value) satisfies QuestionKind[];

export { questionText } from '../core/question-kinds';
