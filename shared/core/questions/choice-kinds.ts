import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import type { IdFactory } from '../block-kind';
import { b36, fixed, parseB36, seededShuffle, widthFor } from './codec';
import { commonQuestionFields, indexOf, startingFields, type QuestionKindDescriptor } from './question-kind';

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
const choicesText = (choices: readonly { id: string; text: string }[], ids: readonly string[], sep: string) =>
  choices
    .filter((c) => ids.includes(c.id))
    .map((c) => c.text)
    .join(sep);

export const choiceQuestionKinds: {
  singleChoice: QuestionKindDescriptor<'singleChoice'>;
  multipleResponse: QuestionKindDescriptor<'multipleResponse'>;
  trueFalse: QuestionKindDescriptor<'trueFalse'>;
} = {
  singleChoice: {
    kind: 'singleChoice',
    label: 'Single choice',
    icon: 'circle-dot',
    shuffle: (q, seed) => ({ ...q, choices: seededShuffle(q.choices, seed) }),
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
    correctAnswer: (q) => q.choices.find((c) => c.id === q.correctChoiceId)?.text ?? '',
    complete: () => true,
    grade: (q, r) => r.choiceId === q.correctChoiceId,
    interaction: (q, r) => ({
      type: 'choice',
      response: { type: 'choice', choices: [indexOf(q.choices, r.choiceId)].filter((i) => i >= 0) },
      correct: { type: 'choice', choices: [indexOf(q.choices, q.correctChoiceId)] },
    }),
    arity: (q) => q.choices.length,
    encode: (q, r) => {
      const i = indexOf(q.choices, r.choiceId);
      return i < 0 ? null : fixed(i, widthFor(q.choices.length));
    },
    decode: (q, data) => {
      const i = parseB36(data);
      const choice = i === null ? undefined : q.choices[i];
      return choice && data.length === widthFor(q.choices.length)
        ? { kind: 'singleChoice', choiceId: choice.id }
        : null;
    },
    worstLength: (q) => widthFor(q.choices.length),
  },
  multipleResponse: {
    kind: 'multipleResponse',
    label: 'Multiple response',
    icon: 'list-checks',
    shuffle: (q, seed) => ({ ...q, choices: seededShuffle(q.choices, seed) }),
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
    correctAnswer: (q) => choicesText(q.choices, q.correctChoiceIds, '; '),
    answerSummary: (q) => choicesText(q.choices, q.correctChoiceIds, ', '),
    complete: (_q, r) => r.choiceIds.length > 0,
    grade: (q, r) => {
      const chosen = new Set(r.choiceIds);
      return chosen.size === q.correctChoiceIds.length && q.correctChoiceIds.every((id) => chosen.has(id));
    },
    interaction: (q, r) => ({
      type: 'choice',
      response: { type: 'choice', choices: r.choiceIds.map((id) => indexOf(q.choices, id)).filter((i) => i >= 0) },
      correct: { type: 'choice', choices: q.correctChoiceIds.map((id) => indexOf(q.choices, id)) },
    }),
    arity: (q) => q.choices.length,
    encode: (q, r) => b36(q.choices.reduce((m, c, i) => (r.choiceIds.includes(c.id) ? m + 2 ** i : m), 0)),
    decode: (q, data) => {
      const mask = parseB36(data);
      if (mask === null || mask >= 2 ** q.choices.length || b36(mask) !== data) return null;
      return {
        kind: 'multipleResponse',
        choiceIds: q.choices.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((c) => c.id),
      };
    },
    worstLength: (q) => b36(2 ** q.choices.length - 1).length,
  },
  trueFalse: {
    kind: 'trueFalse',
    label: 'True / false',
    icon: 'toggle-left',
    create: (_newId, prompt) => ({ kind: 'trueFalse', ...startingFields(prompt), correct: true }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
    correctAnswer: (q) => (q.correct ? 'True' : 'False'),
    complete: () => true,
    grade: (q, r) => r.value === q.correct,
    interaction: (q, r) => ({
      type: 'true-false',
      response: { type: 'true-false', value: r.value },
      correct: { type: 'true-false', value: q.correct },
    }),
    arity: () => 0,
    encode: (_q, r) => (r.value ? 't' : 'f'),
    decode: (_q, data) => (data === 't' || data === 'f' ? { kind: 'trueFalse', value: data === 't' } : null),
    worstLength: () => 1,
  },
};
