import type { Question } from '../../../shared/model/questions';
import type { QuestionResponse, QuestionState } from '../../../shared/scorm/learner-state';

/** Whitespace-insensitive comparison for text entry: learners type extra spaces. */
const normalizeText = (s: string, caseSensitive: boolean): string => {
  const t = s.trim().replace(/\s+/g, ' ');
  return caseSensitive ? t : t.toLocaleLowerCase();
};

/** True when `response` is the correct answer to `q`. */
export function gradeResponse(q: Question, response: QuestionResponse): boolean {
  switch (q.kind) {
    case 'singleChoice':
      return response.kind === 'singleChoice' && response.choiceId === q.correctChoiceId;
    case 'multipleResponse': {
      if (response.kind !== 'multipleResponse') return false;
      const chosen = new Set(response.choiceIds);
      return chosen.size === q.correctChoiceIds.length && q.correctChoiceIds.every((id) => chosen.has(id));
    }
    case 'trueFalse':
      return response.kind === 'trueFalse' && response.value === q.correct;
    case 'textEntry': {
      if (response.kind !== 'textEntry') return false;
      const given = normalizeText(response.text, q.caseSensitive);
      return given !== '' && q.acceptedAnswers.some((a) => normalizeText(a, q.caseSensitive) === given);
    }
    case 'matching':
      return response.kind === 'matching' && q.pairs.every((p, i) => response.matches[i] === p.id);
    case 'ordering':
      return (
        response.kind === 'ordering' &&
        response.itemIds.length === q.items.length &&
        q.items.every((it, i) => response.itemIds[i] === it.id)
      );
  }
}

/** Whether the learner may still check an answer. */
export function canAttempt(q: Question, state: QuestionState | undefined): boolean {
  if (!state) return true;
  if (state.correct) return false;
  return q.maxAttempts === 0 || state.attempts < q.maxAttempts;
}

/** A question is settled when it can no longer change the score: correct, out of attempts, or (unlimited) tried once. */
export function isSettled(q: Question, state: QuestionState | undefined): boolean {
  if (!state || state.attempts === 0) return false;
  return state.correct || q.maxAttempts === 0 || state.attempts >= q.maxAttempts;
}

/** Whether a response is complete enough to check (every part answered). */
export function isResponseComplete(q: Question, response: QuestionResponse | null): boolean {
  if (!response || response.kind !== q.kind) return false;
  switch (response.kind) {
    case 'singleChoice':
    case 'trueFalse':
    case 'ordering':
      return true;
    case 'multipleResponse':
      return response.choiceIds.length > 0;
    case 'textEntry':
      return response.text.trim() !== '';
    case 'matching':
      return (
        response.matches.length === (q.kind === 'matching' ? q.pairs.length : 0) &&
        response.matches.every((m) => m !== null)
      );
  }
}

/** Deterministic shuffle (seeded by the block id) so the initial order is stable across reloads. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  // Never present an ordering question already solved.
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
  return out;
}
