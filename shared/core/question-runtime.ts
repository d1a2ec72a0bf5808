import type { Question, QuestionKind } from '../model/questions';
import { choiceRuntime, choiceWorstLength } from './questions/choice-runtime';
import { placementRuntime, placementWorstLength } from './questions/placement-runtime';
import type {
  InteractionPair,
  QuestionOf,
  QuestionResponse,
  QuestionRuntime,
  QuestionRuntimeRegistry,
  QuestionWorstLengths,
} from './questions/question-kind';
import { structuredRuntime, structuredWorstLength } from './questions/structured-runtime';
import { typedRuntime, typedWorstLength } from './questions/typed-runtime';

/**
 * The learner-runtime half of every question kind (what the player and the suspend_data codec need); the
 * authoring descriptors in `question-kinds.ts` spread these, so the player bundles no labels, create or search text.
 * Typed so that a kind without one is a compile error.
 */
export const QUESTION_RUNTIME: QuestionRuntimeRegistry = {
  ...choiceRuntime,
  ...structuredRuntime,
  ...typedRuntime,
  ...placementRuntime,
};

export { seededShuffle } from './questions/codec';

function runtimeOf<K extends QuestionKind>(q: QuestionOf<K>): QuestionRuntime<K> {
  return QUESTION_RUNTIME[q.kind as K] as unknown as QuestionRuntime<K>;
}

/** The response when it answers `q` (same kind), typed for the kind's descriptor. */
const matching = (q: Question, r: QuestionResponse | null): r is QuestionResponse => !!r && r.kind === q.kind;

/** Surveys (Likert): never scored, never right or wrong. */
export const isUngraded = (q: Question): boolean => !!runtimeOf(q).ungraded;

/** True when `response` is the correct answer to `q`. */
export function gradeResponse(q: Question, response: QuestionResponse): boolean {
  return matching(q, response) && runtimeOf(q).grade(q, response as never);
}

/** Whether a response is complete enough to check (every part answered). */
export function isResponseComplete(q: Question, response: QuestionResponse | null): boolean {
  return matching(q, response) && runtimeOf(q).complete(q, response as never);
}

/** The learner's response and the correct one, as version-neutral interaction responses. */
export function toInteractionResponses(q: Question, r: QuestionResponse): InteractionPair | null {
  return matching(q, r) ? runtimeOf(q).interaction(q, r as never) : null;
}

export function correctAnswerText(q: Question): string {
  return runtimeOf(q).correctAnswer(q);
}

/** The question in the display order of a quiz attempt (`shuffle` hook of its kind), or unchanged. */
export function shuffledQuestion<Q extends Question>(q: Q, seed: string): Q {
  return (runtimeOf(q).shuffle?.(q, seed) as Q | undefined) ?? q;
}

/** The response a learner starts from (ordering questions start shuffled), or null. */
export function initialResponse(q: Question, seed: string): QuestionResponse | null {
  return (runtimeOf(q).initialResponse?.(q, seed) as QuestionResponse | null | undefined) ?? null;
}

/** suspend_data codec of one response (see `shared/scorm/suspend-data.ts`). */
export function encodeResponse(q: Question, r: QuestionResponse): string | null {
  return matching(q, r) ? runtimeOf(q).encode(q, r as never) : null;
}
export function decodeResponse(q: Question, data: string): QuestionResponse | null {
  return runtimeOf(q).decode(q, data) as QuestionResponse | null;
}
export function responseArity(q: Question): number {
  return runtimeOf(q).arity(q);
}

/** Every kind's suspend_data bound (exporters; the player, which never calls it, leaves it out of its bundle). */
export const QUESTION_WORST_LENGTH: QuestionWorstLengths<QuestionKind> = {
  ...choiceWorstLength,
  ...structuredWorstLength,
  ...typedWorstLength,
  ...placementWorstLength,
};

export function worstResponseLength(q: Question): number {
  return (QUESTION_WORST_LENGTH[q.kind] as (q: Question) => number)(q);
}
