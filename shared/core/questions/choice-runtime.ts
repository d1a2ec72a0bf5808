import { b36, fixed, parseB36, seededShuffle, widthFor } from './codec';
import { indexOf, type QuestionRuntime } from './question-kind';

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
