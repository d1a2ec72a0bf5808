import type { Question } from '../../../shared/model/questions';
import type { QuestionState } from '../../../shared/scorm/learner-state';

/** Grading, completeness and the ordering shuffle are per question kind (zod-free, in `shared/core/questions/`). */
export { gradeResponse, isResponseComplete, seededShuffle } from '../../../shared/core/question-runtime';

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
