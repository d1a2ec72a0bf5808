import type { Question, QuestionKind } from '../model/questions';
import type { IdFactory } from './block-kind';
import { choiceQuestionKinds, choiceQuestionSchemas } from './questions/choice-kinds';
import type {
  InteractionPair,
  QuestionKindDescriptor,
  QuestionKindRegistry,
  QuestionOf,
  QuestionResponse,
} from './questions/question-kind';
import { placementQuestionKinds, placementQuestionSchemas } from './questions/placement-kinds';
import { structuredQuestionKinds, structuredQuestionSchemas } from './questions/structured-kinds';
import { typedQuestionKinds, typedQuestionSchemas } from './questions/typed-kinds';

export type {
  InteractionPair,
  InteractionResponse,
  QuestionKindDescriptor,
  QuestionOf,
  QuestionResponse,
  ResponseOf,
} from './questions/question-kind';
export { clampTextEntry, TEXT_ENTRY_MAX_LENGTH } from './questions/structured-kinds';
export { seededShuffle } from './questions/codec';
export { BLANK_MAX_LENGTH, blanksOf, clampBlank, numberText, parseBlanks, parseNumber } from './questions/typed-kinds';

/** Surveys (Likert): never scored, never right or wrong. */
export const isUngraded = (q: Question): boolean => !!questionKindOf(q).ungraded;

/** Every question kind's schema builder, by kind (`shared/model/questions.ts` builds the union from it). */
export const QUESTION_SCHEMA_BUILDERS = {
  ...choiceQuestionSchemas,
  ...structuredQuestionSchemas,
  ...typedQuestionSchemas,
  ...placementQuestionSchemas,
};

/** Every question kind's descriptor; typed so that a kind without one is a compile error. */
export const QUESTION_KIND_REGISTRY: QuestionKindRegistry = {
  ...choiceQuestionKinds,
  ...structuredQuestionKinds,
  ...typedQuestionKinds,
  ...placementQuestionKinds,
};

export function questionKindOf<K extends QuestionKind>(q: QuestionOf<K>): QuestionKindDescriptor<K> {
  return QUESTION_KIND_REGISTRY[q.kind as K] as unknown as QuestionKindDescriptor<K>;
}

/** The response when it answers `q` (same kind), typed for the kind's descriptor. */
const matching = (q: Question, r: QuestionResponse | null): r is QuestionResponse => !!r && r.kind === q.kind;

/** Plain text of a question for search. */
export function questionText(q: Question): string {
  return [q.prompt, ...questionKindOf(q).text(q)].join('\n');
}

export function questionWithFreshIds(q: Question, newId: IdFactory): Question {
  return questionKindOf(q).freshIds(q, newId);
}

export function newQuestion(kind: QuestionKind, newId: IdFactory, prompt = 'New question'): Question {
  return QUESTION_KIND_REGISTRY[kind].create(newId, prompt);
}

/** Asset ids a question shows (hotspot images). */
export function questionAssetIds(q: Question): string[] {
  return questionKindOf(q).assetIds?.(q) ?? [];
}
export function questionWithAssets(q: Question, to: (assetId: string) => string): Question {
  return questionKindOf(q).remapAssets?.(q, to) ?? q;
}

/** Whether the question tells learners anything after an attempt. */
export function questionHasFeedback(q: Question): boolean {
  const filled = (s: string | undefined) => (s ?? '').trim().length > 0;
  if (filled(q.feedback.correct) || filled(q.feedback.incorrect)) return true;
  return 'choices' in q && q.choices.some((c) => filled(c.feedback));
}

/** True when `response` is the correct answer to `q`. */
export function gradeResponse(q: Question, response: QuestionResponse): boolean {
  return matching(q, response) && questionKindOf(q).grade(q, response as never);
}

/** Whether a response is complete enough to check (every part answered). */
export function isResponseComplete(q: Question, response: QuestionResponse | null): boolean {
  return matching(q, response) && questionKindOf(q).complete(q, response as never);
}

/** The learner's response and the correct one, as version-neutral interaction responses. */
export function toInteractionResponses(q: Question, r: QuestionResponse): InteractionPair | null {
  return matching(q, r) ? questionKindOf(q).interaction(q, r as never) : null;
}

export function correctAnswerText(q: Question): string {
  return questionKindOf(q).correctAnswer(q);
}

export function correctAnswerSummary(q: Question): string {
  const d = questionKindOf(q);
  return (d.answerSummary ?? d.correctAnswer)(q);
}

/** The question in the display order of a quiz attempt (`shuffle` hook of its kind), or unchanged. */
export function shuffledQuestion<Q extends Question>(q: Q, seed: string): Q {
  return (questionKindOf(q).shuffle?.(q, seed) as Q | undefined) ?? q;
}

/** The response a learner starts from (ordering questions start shuffled), or null. */
export function initialResponse(q: Question, seed: string): QuestionResponse | null {
  return (questionKindOf(q).initialResponse?.(q, seed) as QuestionResponse | null | undefined) ?? null;
}

/** suspend_data codec of one response (see `shared/scorm/suspend-data.ts`). */
export function encodeResponse(q: Question, r: QuestionResponse): string | null {
  return matching(q, r) ? questionKindOf(q).encode(q, r as never) : null;
}
export function decodeResponse(q: Question, data: string): QuestionResponse | null {
  return questionKindOf(q).decode(q, data) as QuestionResponse | null;
}
export function responseArity(q: Question): number {
  return questionKindOf(q).arity(q);
}
export function worstResponseLength(q: Question): number {
  return questionKindOf(q).worstLength(q);
}
