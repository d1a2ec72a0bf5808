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
