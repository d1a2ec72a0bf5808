import { maskDecode, maskEncode, maskLength, pick, seededShuffle, single, widthFor } from './codec';
import { indexOf, type QuestionRuntime, type QuestionWorstLengths } from './question-kind';

/** Choice questions (single choice, multiple response, true / false): the player's half. */
export const choicesText = (choices: readonly { id: string; text: string }[], ids: readonly string[], sep: string) =>
  choices
    .filter((c) => ids.includes(c.id))
    .map((c) => c.text)
    .join(sep);

export const choiceRuntime: {
  singleChoice: QuestionRuntime<'singleChoice'>;
  multipleResponse: QuestionRuntime<'multipleResponse'>;
  trueFalse: QuestionRuntime<'trueFalse'>;
} = {
  singleChoice: {
    shuffle: (q, seed) => ({ ...q, choices: seededShuffle(q.choices, seed) }),
    correctAnswer: (q) => q.choices.find((c) => c.id === q.correctChoiceId)?.text ?? '',
    complete: () => true,
    grade: (q, r) => r.choiceId === q.correctChoiceId,
    interaction: (q, r) => ({
      type: 'choice',
      response: { type: 'choice', choices: [indexOf(q.choices, r.choiceId)].filter((i) => i >= 0) },
      correct: { type: 'choice', choices: [indexOf(q.choices, q.correctChoiceId)] },
      texts: { choices: q.choices.map((c) => c.text) },
    }),
    arity: (q) => q.choices.length,
    encode: (q, r) => single(indexOf(q.choices, r.choiceId), q.choices.length),
    decode: (q, data) => {
      const choice = pick(q.choices, data);
      return choice ? { kind: 'singleChoice', choiceId: choice.id } : null;
    },
  },
  multipleResponse: {
    shuffle: (q, seed) => ({ ...q, choices: seededShuffle(q.choices, seed) }),
    correctAnswer: (q) => choicesText(q.choices, q.correctChoiceIds, '; '),
    complete: (_q, r) => r.choiceIds.length > 0,
    grade: (q, r) => {
      const chosen = new Set(r.choiceIds);
      return chosen.size === q.correctChoiceIds.length && q.correctChoiceIds.every((id) => chosen.has(id));
    },
    interaction: (q, r) => ({
      type: 'choice',
      response: { type: 'choice', choices: r.choiceIds.map((id) => indexOf(q.choices, id)).filter((i) => i >= 0) },
      correct: { type: 'choice', choices: q.correctChoiceIds.map((id) => indexOf(q.choices, id)) },
      texts: { choices: q.choices.map((c) => c.text) },
    }),
    arity: (q) => q.choices.length,
    encode: (q, r) => maskEncode(q.choices.length, (i) => r.choiceIds.includes(q.choices[i]!.id)),
    decode: (q, data) => {
      const on = maskDecode(data, q.choices.length);
      return on ? { kind: 'multipleResponse', choiceIds: on.map((i) => q.choices[i]!.id) } : null;
    },
  },
  trueFalse: {
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
  },
};

/** The longest `encode` of each kind above (exporters only: see `QuestionWorstLengths`). */
export const choiceWorstLength: QuestionWorstLengths<'singleChoice' | 'multipleResponse' | 'trueFalse'> = {
  singleChoice: (q) => widthFor(q.choices.length),
  multipleResponse: (q) => maskLength(q.choices.length),
  trueFalse: () => 1,
};
