import type { Question, QuestionKind, QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import type { InteractionType } from '../../scorm/constants';
import type { IdFactory } from '../block-kind';
import type { ChoiceResponses } from './choice-kinds';
import type { PlacementResponses } from './placement-kinds';
import type { StructuredResponses } from './structured-kinds';
import type { TypedResponses } from './typed-kinds';

/**
 * The zod-free description of one question kind: its schema builder, authoring defaults, and the pure learner
 * logic (grading, the suspend_data codec, the SCORM interaction). The player's input and the editor's fields are
 * looked up by kind in `renderer/player/ui/question-inputs.tsx` and `renderer/src/editor/blocks/question-kind-fields.tsx`.
 */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** What a learner answered, by kind (declared next to each kind's logic). */
type ResponseMap = ChoiceResponses & StructuredResponses & TypedResponses & PlacementResponses;
type ResponseOf<K extends QuestionKind> = { kind: K } & ResponseMap[K];
export type QuestionResponse = { [K in QuestionKind]: ResponseOf<K> }[QuestionKind];

/** Structured learner response; adapters format it per standard (1.2 `a,b`; 2004 `a[,]b`). */
export type InteractionResponse =
  | { type: 'choice'; choices: number[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'fill-in'; text: string }
  /** Several blanks: 1.2 one string `a,b`; 2004 `a[,]b` with `{case_matters=…}` on the correct pattern. */
  | { type: 'fill-in-list'; texts: string[]; caseMatters?: boolean }
  | { type: 'numeric'; value: number }
  /** Correct numeric answers: 2004 `min[:]max`; 1.2 holds one number, the expected value. */
  | { type: 'numeric-range'; min: number; max: number; expected: number }
  /** Position on the scale (0 = first). */
  | { type: 'likert'; index: number }
  /** Pairs of (prompt index, match index). */
  | { type: 'matching'; pairs: [number, number][] }
  | { type: 'sequencing'; order: number[] };

export interface InteractionPair {
  type: InteractionType;
  response: InteractionResponse;
  /** null when there is no correct answer (surveys): no correct_responses are sent. */
  correct: InteractionResponse | null;
  /** `neutral` for surveys (SCORM result vocabulary); otherwise the grade decides. */
  result?: 'neutral';
  /** The author's texts of the options, in index order (xAPI interaction components: choices/source/target/scale). */
  texts?: InteractionTexts;
}

export interface InteractionTexts {
  choices?: string[];
  source?: string[];
  target?: string[];
  scale?: string[];
}

/**
 * The learner-runtime half of a question kind (grading, the suspend_data codec, the SCORM interaction): what the
 * player bundles (`*-runtime.ts`, registry in `shared/core/question-runtime.ts`). Each descriptor spreads its
 * kind's half, so a kind is still described once.
 */
export interface QuestionRuntime<K extends QuestionKind> {
  /** Surveys: never scored (0 points), any complete answer is accepted, learners are not told right/wrong. */
  readonly ungraded?: boolean;
  /** The correct answer in words, shown to learners after their last attempt. */
  correctAnswer(question: QuestionOf<K>): string;
  /** The response a learner starts from (ordering starts shuffled), else null. */
  initialResponse?(question: QuestionOf<K>, seed: string): ResponseOf<K> | null;
  /**
   * The question as one quiz attempt shows it (e.g. choices in a seeded order); answers refer to ids, so the
   * order is display only. Kinds without it keep the authored order.
   */
  shuffle?(question: QuestionOf<K>, seed: string): QuestionOf<K>;
  /** Every part answered, so the response can be checked. */
  complete(question: QuestionOf<K>, response: ResponseOf<K>): boolean;
  grade(question: QuestionOf<K>, response: ResponseOf<K>): boolean;
  interaction(question: QuestionOf<K>, response: ResponseOf<K>): InteractionPair;
  /** The number of parts the stored response indexes (part of the course fingerprint). */
  arity(question: QuestionOf<K>): number;
  /** suspend_data text of a response (`[A-Za-z0-9_-]*`), or null when it does not fit the question. */
  encode(question: QuestionOf<K>, response: ResponseOf<K>): string | null;
  decode(question: QuestionOf<K>, data: string): ResponseOf<K> | null;
}

export type QuestionRuntimeRegistry = { readonly [K in QuestionKind]: QuestionRuntime<K> };

/**
 * The longest `encode` can produce for a question, per kind: the exporters' suspend_data bound, kept next to each
 * codec but outside the runtime half, so the player (which never needs it) does not bundle it.
 */
export type QuestionWorstLengths<Ks extends QuestionKind> = { readonly [K in Ks]: (question: QuestionOf<K>) => number };

/** The authoring half (editor, search, archives) plus the spread runtime half. */
export interface QuestionKindDescriptor<K extends QuestionKind> extends QuestionRuntime<K> {
  readonly kind: K;
  readonly label: string;
  /** A Lucide icon name. */
  readonly icon: string;
  create(newId: IdFactory, prompt: string): QuestionOf<K>;
  /** Inner ids (choices, pairs, items) renewed, correct answers remapped. */
  freshIds(question: QuestionOf<K>, newId: IdFactory): QuestionOf<K>;
  /** Media the question shows (hotspot images), so exports pack them and housekeeping keeps them. */
  assetIds?(question: QuestionOf<K>): string[];
  remapAssets?(question: QuestionOf<K>, to: (assetId: string) => string): QuestionOf<K>;
  /** Text besides the prompt, for search. */
  text(question: QuestionOf<K>): string[];
  /** The correct answer in words for the editor's summary (defaults to `correctAnswer`). */
  answerSummary?(question: QuestionOf<K>): string;
}

export type QuestionKindRegistry = { readonly [K in QuestionKind]: QuestionKindDescriptor<K> };

/** Fields every question kind shares. */
export const commonQuestionFields = (z: Zod, k: QuestionSchemaKit) => ({
  prompt: k.line,
  /** Shown after a correct / incorrect attempt. */
  feedback: z.object({ correct: k.optionalFeedback, incorrect: k.optionalFeedback }).default({}),
  /** Points toward the quiz score (ignored in ungraded knowledge checks). */
  points: z.number().int().min(0).max(100).default(1),
  /** 0 means unlimited attempts. */
  maxAttempts: z.number().int().min(0).max(10).default(0),
});

export const startingFields = (prompt: string) => ({ prompt, feedback: {}, points: 1, maxAttempts: 0 });

/** Position of the item with `id` in `list`, or -1. */
export const indexOf = <T extends { id: string }>(list: readonly T[], id: string | null): number =>
  id === null ? -1 : list.findIndex((x) => x.id === id);
