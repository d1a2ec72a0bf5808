import { z } from 'zod';
import { idSchema } from './ids';
import { QUESTION_SCHEMA_BUILDERS } from '../core/question-kinds';

/** Short plain-text strings shown to learners (prompts, choices, feedback). */
const line = z.string().trim().min(1).max(2000);
const optionalFeedback = z.string().max(2000).optional();

const choiceSchema = z.object({
  id: idSchema,
  text: line,
  /** Shown when the learner picks this choice. */
  feedback: optionalFeedback,
});
export type Choice = z.infer<typeof choiceSchema>;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** The zod pieces question kinds build their schemas from (their builders live in `shared/core/questions/`). */
const questionKit = { id: idSchema, line, optionalFeedback, choice: choiceSchema, uniqueIds };
export type QuestionSchemaKit = typeof questionKit;

type Builders = typeof QUESTION_SCHEMA_BUILDERS;
type QuestionSchemas = { [K in keyof Builders]: ReturnType<Builders[K]> };
type AnyQuestionSchema = QuestionSchemas[keyof QuestionSchemas];
const questionSchemaByKind = Object.fromEntries(
  Object.entries(QUESTION_SCHEMA_BUILDERS).map(([kind, build]) => [kind, build(z, questionKit)]),
) as QuestionSchemas;
export const questionSchema = z.discriminatedUnion(
  'kind',
  Object.values(questionSchemaByKind) as [AnyQuestionSchema, ...AnyQuestionSchema[]],
);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export const QUESTION_KINDS = questionSchema.options.map((o) => o.shape.kind.value) satisfies QuestionKind[];

export { questionText } from '../core/question-kinds';
