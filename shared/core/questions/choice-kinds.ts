import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import type { IdFactory } from '../block-kind';
import { choiceRuntime, choicesText } from './choice-runtime';
import { commonQuestionFields, startingFields, type QuestionKindDescriptor } from './question-kind';

/** Choice questions: single choice, multiple response, true / false. Schema builders first. */
export const choiceQuestionSchemas = {
  singleChoice: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('singleChoice'),
        ...commonQuestionFields(z, k),
        choices: z.array(k.choice).min(2).max(10),
        correctChoiceId: k.id,
      })
      .refine((q) => k.uniqueIds(q.choices), 'choice ids must be unique')
      .refine(
        (q) => q.choices.some((c) => c.id === q.correctChoiceId),
        'the correct choice must be one of the choices',
      ),
  multipleResponse: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('multipleResponse'),
        ...commonQuestionFields(z, k),
        choices: z.array(k.choice).min(2).max(10),
        correctChoiceIds: z.array(k.id).min(1),
      })
      .refine((q) => k.uniqueIds(q.choices), 'choice ids must be unique')
      .refine(
        (q) => q.correctChoiceIds.every((id) => q.choices.some((c) => c.id === id)),
        'correct choices must be among the choices',
      ),
  trueFalse: (z: Zod, k: QuestionSchemaKit) =>
    z.object({ kind: z.literal('trueFalse'), ...commonQuestionFields(z, k), correct: z.boolean() }),
};

export interface ChoiceResponses {
  singleChoice: { choiceId: string };
  /** Choice ids in the question's own order. */
  multipleResponse: { choiceIds: string[] };
  trueFalse: { value: boolean };
}

const twoChoices = (newId: IdFactory) => [
  { id: newId(), text: 'Option 1' },
  { id: newId(), text: 'Option 2' },
];
function remapper(ids: readonly string[], newId: IdFactory): (id: string) => string {
  const map = new Map(ids.map((id) => [id, newId()]));
  return (id) => map.get(id) ?? id;
}

export const choiceQuestionKinds: {
  singleChoice: QuestionKindDescriptor<'singleChoice'>;
  multipleResponse: QuestionKindDescriptor<'multipleResponse'>;
  trueFalse: QuestionKindDescriptor<'trueFalse'>;
} = {
  singleChoice: {
    ...choiceRuntime.singleChoice,
    kind: 'singleChoice',
    label: 'Single choice',
    icon: 'circle-dot',
    create: (newId, prompt) => {
      const choices = twoChoices(newId);
      return { kind: 'singleChoice', ...startingFields(prompt), choices, correctChoiceId: choices[0]!.id };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.choices.map((c) => c.id),
        newId,
      );
      return { ...q, choices: q.choices.map((c) => ({ ...c, id: to(c.id) })), correctChoiceId: to(q.correctChoiceId) };
    },
    text: (q) => q.choices.map((c) => c.text),
  },
  multipleResponse: {
    ...choiceRuntime.multipleResponse,
    kind: 'multipleResponse',
    label: 'Multiple response',
    icon: 'list-checks',
    create: (newId, prompt) => {
      const choices = twoChoices(newId);
      return { kind: 'multipleResponse', ...startingFields(prompt), choices, correctChoiceIds: [choices[0]!.id] };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.choices.map((c) => c.id),
        newId,
      );
      return {
        ...q,
        choices: q.choices.map((c) => ({ ...c, id: to(c.id) })),
        correctChoiceIds: q.correctChoiceIds.map(to),
      };
    },
    text: (q) => q.choices.map((c) => c.text),
    answerSummary: (q) => choicesText(q.choices, q.correctChoiceIds, ', '),
  },
  trueFalse: {
    ...choiceRuntime.trueFalse,
    kind: 'trueFalse',
    label: 'True / false',
    icon: 'toggle-left',
    create: (_newId, prompt) => ({ kind: 'trueFalse', ...startingFields(prompt), correct: true }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
  },
};
