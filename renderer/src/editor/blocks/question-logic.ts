import { type Choice, type Question, type QuestionKind } from '../../../../shared';
import { newId, newQuestion } from './new-block';

/** Pure edits of a question; each returns a question the schema still accepts (when its input did). */

export const MAX_CHOICES = 10;
export const MIN_CHOICES = 2;

/** Switches kind, keeping the prompt, feedback, points and attempts; choices carry over where they fit. */
export function changeKind(q: Question, kind: QuestionKind): Question {
  if (q.kind === kind) return q;
  const base = newQuestion(kind, q.prompt);
  const common = { prompt: q.prompt, feedback: q.feedback, points: q.points, maxAttempts: q.maxAttempts };
  const choices = q.kind === 'singleChoice' || q.kind === 'multipleResponse' ? q.choices : null;
  if (choices && kind === 'singleChoice')
    return { kind, ...common, choices, correctChoiceId: choices[0]!.id } satisfies Question;
  if (choices && kind === 'multipleResponse')
    return { kind, ...common, choices, correctChoiceIds: [choices[0]!.id] } satisfies Question;
  return { ...base, ...common } as Question;
}

type ChoiceQuestion = Extract<Question, { kind: 'singleChoice' | 'multipleResponse' }>;

/** Adds a choice at `at` (default: last), with the given id; at the maximum the question comes back unchanged. */
export function addChoice<Q extends ChoiceQuestion>(q: Q, at = q.choices.length, id = newId()): Q {
  if (q.choices.length >= MAX_CHOICES) return q;
  const choices = [...q.choices];
  choices.splice(Math.max(0, Math.min(at, choices.length)), 0, { id, text: `Option ${q.choices.length + 1}` });
  return { ...q, choices };
}

export function removeChoice<Q extends ChoiceQuestion>(q: Q, choiceId: string): Q {
  if (q.choices.length <= MIN_CHOICES) return q;
  const choices = q.choices.filter((c) => c.id !== choiceId);
  if (q.kind === 'singleChoice') {
    const correct = q.correctChoiceId === choiceId ? choices[0]!.id : q.correctChoiceId;
    return { ...q, choices, correctChoiceId: correct };
  }
  const mr = q as Extract<Question, { kind: 'multipleResponse' }>;
  const remaining = mr.correctChoiceIds.filter((id) => id !== choiceId);
  return { ...q, choices, correctChoiceIds: remaining.length > 0 ? remaining : [choices[0]!.id] };
}

export function updateChoice<Q extends ChoiceQuestion>(q: Q, choiceId: string, patch: Partial<Omit<Choice, 'id'>>): Q {
  return {
    ...q,
    choices: q.choices.map((c) => {
      if (c.id !== choiceId) return c;
      const next = { ...c, ...patch };
      // An emptied feedback field means "no feedback", not an empty message.
      if (next.feedback === '') delete next.feedback;
      return next;
    }),
  };
}

/** Multiple response: toggles one answer, keeping at least one correct. */
export function toggleCorrect(
  q: Extract<Question, { kind: 'multipleResponse' }>,
  choiceId: string,
): Extract<Question, { kind: 'multipleResponse' }> {
  const has = q.correctChoiceIds.includes(choiceId);
  if (has && q.correctChoiceIds.length === 1) return q;
  return {
    ...q,
    correctChoiceIds: has ? q.correctChoiceIds.filter((id) => id !== choiceId) : [...q.correctChoiceIds, choiceId],
  };
}

/** Generic add/remove/move for the list-shaped parts (pairs, ordering items, accepted answers). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function setFeedback(q: Question, which: 'correct' | 'incorrect', text: string): Question {
  const feedback = { ...q.feedback };
  if (text === '') delete feedback[which];
  else feedback[which] = text;
  return { ...q, feedback };
}

/** Clamps numeric fields to what the schema accepts (points 0–100, attempts 0–10). */
export function setNumber(q: Question, field: 'points' | 'maxAttempts', value: number): Question {
  const max = field === 'points' ? 100 : 10;
  const n = Number.isFinite(value) ? Math.max(0, Math.min(max, Math.round(value))) : 0;
  return { ...q, [field]: n };
}

/** The correct answer described in words (for the editor's summary and screen readers), per kind. */
export { correctAnswerSummary } from '../../../../shared';
