import type { CourseTree } from '../../../shared/model/course';
import { isUngraded, toInteractionResponses } from '../../../shared/core/question-runtime';
import { courseQuestions, type LearnerState, type QuestionRef } from '../../../shared/scorm/learner-state';
import type { InteractionRecord } from '../lms/lms-adapter';

/** Questions the LMS hears about: graded quiz questions, and surveys (Likert) answered as knowledge checks. */
const reported = (q: QuestionRef): boolean => q.graded || isUngraded(q.block.question);

/**
 * Stable interaction ids, `q-` + the first 8 hex digits of the question block id; if two reported
 * questions share that prefix, both use the whole id (still stable across sessions and re-exports).
 */
export function interactionIds(course: CourseTree): Map<string, string> {
  const graded = courseQuestions(course).filter(reported);
  const prefix = (id: string): string => id.replace(/-/g, '').slice(0, 8).toLowerCase();
  const counts = new Map<string, number>();
  for (const { block } of graded) counts.set(prefix(block.id), (counts.get(prefix(block.id)) ?? 0) + 1);
  return new Map(
    graded.map(({ block }) => {
      const p = prefix(block.id);
      return [block.id, `q-${(counts.get(p) ?? 0) > 1 ? block.id.replace(/-/g, '').toLowerCase() : p}`];
    }),
  );
}

/** Objective id of a graded quiz lesson: `quiz-` + the first 8 hex digits of its id. */
export const objectiveId = (lessonId: string): string => `quiz-${lessonId.replace(/-/g, '').slice(0, 8).toLowerCase()}`;

/** The learner's response and the correct one, as version-neutral interaction responses (per kind). */
export { toInteractionResponses };

export interface AnswerTiming {
  shownAt: number;
  answeredAt: number;
}

/**
 * One record per graded question of a quiz attempt submitted in this session (answers restored on resume
 * were already reported, and SCORM 1.2 journals interactions, so re-sending them would duplicate records).
 * Attempts after the first get their own ids (`…-a2`), so a retake never overwrites the record of an earlier one.
 * A survey checked outside a quiz is reported too (its last answer in this session, result `neutral`).
 */
export function buildInteractions(
  course: CourseTree,
  state: LearnerState,
  timings: ReadonlyMap<string, AnswerTiming>,
): InteractionRecord[] {
  const ids = interactionIds(course);
  const out: InteractionRecord[] = [];
  for (const { block, graded, lesson } of courseQuestions(course)) {
    const qs = state.questions[block.id];
    const timing = timings.get(block.id);
    const baseId = ids.get(block.id);
    const quiz = graded ? state.quizzes[lesson.id] : undefined;
    if (!qs?.response || !timing || !baseId || (graded && !quiz?.submitted)) continue;
    const id = quiz && quiz.attempt > 1 ? `${baseId}-a${quiz.attempt}` : baseId;
    const mapped = toInteractionResponses(block.question, qs.response);
    if (!mapped) continue;
    out.push({
      id,
      type: mapped.type,
      description: block.question.prompt,
      response: mapped.response,
      correctResponse: mapped.correct,
      correct: qs.correct,
      ...(mapped.result ? { result: mapped.result } : {}),
      ...(mapped.texts ? { texts: mapped.texts } : {}),
      weighting: block.question.points,
      answeredAt: timing.answeredAt,
      latencyMs: Math.max(0, timing.answeredAt - timing.shownAt),
    });
  }
  return out;
}
