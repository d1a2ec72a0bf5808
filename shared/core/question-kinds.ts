import type { Question, QuestionKind } from '../model/questions';
import type { IdFactory } from './block-kind';
import { choiceQuestionKinds, choiceQuestionSchemas } from './questions/choice-kinds';
import type { QuestionKindDescriptor, QuestionKindRegistry, QuestionOf } from './questions/question-kind';
import { placementQuestionKinds, placementQuestionSchemas } from './questions/placement-kinds';
import { structuredQuestionKinds, structuredQuestionSchemas } from './questions/structured-kinds';
import { typedQuestionKinds, typedQuestionSchemas } from './questions/typed-kinds';

export {
  correctAnswerText,
  decodeResponse,
  encodeResponse,
  gradeResponse,
  isResponseComplete,
  isUngraded,
  toInteractionResponses,
  worstResponseLength,
} from './question-runtime';
export { BLANK_MAX_LENGTH, blanksOf, clampBlank, numberText, parseBlanks, parseNumber } from './questions/typed-kinds';

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

function questionKindOf<K extends QuestionKind>(q: QuestionOf<K>): QuestionKindDescriptor<K> {
  return QUESTION_KIND_REGISTRY[q.kind as K] as unknown as QuestionKindDescriptor<K>;
}

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

export function correctAnswerSummary(q: Question): string {
  const d = questionKindOf(q);
  return (d.answerSummary ?? d.correctAnswer)(q);
}
