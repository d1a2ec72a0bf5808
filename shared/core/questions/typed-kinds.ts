import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import { commonQuestionFields, startingFields, type QuestionKindDescriptor } from './question-kind';
import { blanksOf, NUMERIC_LIMIT, parseBlanks, typedRuntime } from './typed-runtime';

export {
  BLANK_MAX_LENGTH,
  blanksOf,
  clampBlank,
  numberText,
  NUMERIC_LIMIT,
  parseBlanks,
  parseNumber,
} from './typed-runtime';

/** Questions with typed answers beyond text entry: numeric, fill in the blanks. Schema builders first. */

const MAX_BLANKS = 10;

const numberInRange = (z: Zod) => z.number().finite().min(-NUMERIC_LIMIT).max(NUMERIC_LIMIT);

export const typedQuestionSchemas = {
  numeric: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('numeric'),
        ...commonQuestionFields(z, k),
        /** `tolerance`: answer ± tolerance; `range`: min ≤ x ≤ max. */
        match: z.enum(['tolerance', 'range']).default('tolerance'),
        answer: numberInRange(z).default(0),
        tolerance: z.number().finite().min(0).max(NUMERIC_LIMIT).default(0),
        min: numberInRange(z).default(0),
        max: numberInRange(z).default(0),
      })
      .refine((q) => q.match !== 'range' || q.min <= q.max, 'the range minimum must not exceed its maximum'),
  fillBlanks: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('fillBlanks'),
        ...commonQuestionFields(z, k),
        /** The sentence; each blank is written `[answer|other accepted answer]`. */
        text: z.string().trim().min(1).max(2000),
        caseSensitive: z.boolean().default(false),
      })
      .refine((q) => {
        const n = parseBlanks(q.text).filter((s) => typeof s !== 'string').length;
        return n >= 1 && n <= MAX_BLANKS;
      }, `write 1 to ${MAX_BLANKS} blanks as [answer|other answer]`),
};

export interface TypedResponses {
  /** The number the learner typed (finite, within ±NUMERIC_LIMIT, 7 decimals at most). */
  numeric: { value: number };
  /** One text per blank, in order. */
  fillBlanks: { blanks: string[] };
}

export const typedQuestionKinds: {
  numeric: QuestionKindDescriptor<'numeric'>;
  fillBlanks: QuestionKindDescriptor<'fillBlanks'>;
} = {
  numeric: {
    ...typedRuntime.numeric,
    kind: 'numeric',
    label: 'Numeric',
    icon: 'hash',
    create: (_newId, prompt) => ({
      kind: 'numeric',
      ...startingFields(prompt),
      match: 'tolerance',
      answer: 42,
      tolerance: 0,
      min: 0,
      max: 0,
    }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
  },
  fillBlanks: {
    ...typedRuntime.fillBlanks,
    kind: 'fillBlanks',
    label: 'Fill in the blanks',
    icon: 'rectangle-ellipsis',
    create: (_newId, prompt) => ({
      kind: 'fillBlanks',
      ...startingFields(prompt),
      text: 'The [sun] rises in the [east].',
      caseSensitive: false,
    }),
    freshIds: (q) => ({ ...q }),
    text: (q) => [q.text],
    answerSummary: (q) =>
      blanksOf(q.text)
        .map((b) => b.answers.join(' / '))
        .join('; '),
  },
};
