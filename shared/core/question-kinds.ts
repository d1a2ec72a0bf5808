import type { Question, QuestionKind } from '../model/questions';
import type { IdFactory } from './block-kind';

/**
 * The zod-free description of each question kind: label, a valid starting question, fresh ids, search text.
 * The schemas stay in `shared/model/questions.ts`; grading and SCORM interaction formats live in the player.
 */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

export interface QuestionKindDescriptor<K extends QuestionKind> {
  readonly kind: K;
  readonly label: string;
  /** A Lucide icon name. */
  readonly icon: string;
  create(newId: IdFactory, prompt: string): QuestionOf<K>;
  /** Inner ids (choices, pairs, items) renewed, correct answers remapped. */
  freshIds(question: QuestionOf<K>, newId: IdFactory): QuestionOf<K>;
  /** Text besides the prompt, for search. */
  text(question: QuestionOf<K>): string[];
}

const common = (prompt: string) => ({ prompt, feedback: {}, points: 1, maxAttempts: 0 });
const twoChoices = (newId: IdFactory) => [
  { id: newId(), text: 'Option 1' },
  { id: newId(), text: 'Option 2' },
];
function remapper(ids: readonly string[], newId: IdFactory): (id: string) => string {
  const map = new Map(ids.map((id) => [id, newId()]));
  return (id) => map.get(id) ?? id;
}

export const QUESTION_KIND_REGISTRY: { readonly [K in QuestionKind]: QuestionKindDescriptor<K> } = {
  singleChoice: {
    kind: 'singleChoice',
    label: 'Single choice',
    icon: 'circle-dot',
    create: (newId, prompt) => {
      const choices = twoChoices(newId);
      return { kind: 'singleChoice', ...common(prompt), choices, correctChoiceId: choices[0]!.id };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.choices.map((c) => c.id),
        newId,
      );
      return { ...q, choices: q.choices.map((c) => ({ ...c, id: to(c.id) })), correctChoiceId: to(q.correctChoiceId) };
    },
    text: (q) => q.choices.map((c) => c.text),
  },
  multipleResponse: {
    kind: 'multipleResponse',
    label: 'Multiple response',
    icon: 'list-checks',
    create: (newId, prompt) => {
      const choices = twoChoices(newId);
      return { kind: 'multipleResponse', ...common(prompt), choices, correctChoiceIds: [choices[0]!.id] };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.choices.map((c) => c.id),
        newId,
      );
      return {
        ...q,
        choices: q.choices.map((c) => ({ ...c, id: to(c.id) })),
        correctChoiceIds: q.correctChoiceIds.map(to),
      };
    },
    text: (q) => q.choices.map((c) => c.text),
  },
  trueFalse: {
    kind: 'trueFalse',
    label: 'True / false',
    icon: 'toggle-left',
    create: (_newId, prompt) => ({ kind: 'trueFalse', ...common(prompt), correct: true }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
  },
  textEntry: {
    kind: 'textEntry',
    label: 'Text entry',
    icon: 'text-cursor-input',
    create: (_newId, prompt) => ({
      kind: 'textEntry',
      ...common(prompt),
      acceptedAnswers: ['answer'],
      caseSensitive: false,
    }),
    freshIds: (q) => ({ ...q }),
    text: () => [],
  },
  matching: {
    kind: 'matching',
    label: 'Matching',
    icon: 'link',
    create: (newId, prompt) => ({
      kind: 'matching',
      ...common(prompt),
      pairs: [
        { id: newId(), prompt: 'Term 1', match: 'Match 1' },
        { id: newId(), prompt: 'Term 2', match: 'Match 2' },
      ],
    }),
    freshIds: (q, newId) => ({ ...q, pairs: q.pairs.map((p) => ({ ...p, id: newId() })) }),
    text: (q) => q.pairs.flatMap((p) => [p.prompt, p.match]),
  },
  ordering: {
    kind: 'ordering',
    label: 'Ordering',
    icon: 'arrow-down-up',
    create: (newId, prompt) => ({
      kind: 'ordering',
      ...common(prompt),
      items: [
        { id: newId(), text: 'First' },
        { id: newId(), text: 'Second' },
      ],
    }),
    freshIds: (q, newId) => ({ ...q, items: q.items.map((i) => ({ ...i, id: newId() })) }),
    text: (q) => q.items.map((i) => i.text),
  },
};

export function questionKindOf<K extends QuestionKind>(q: QuestionOf<K>): QuestionKindDescriptor<K> {
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

/** Whether the question tells learners anything after an attempt. */
export function questionHasFeedback(q: Question): boolean {
  const filled = (s: string | undefined) => (s ?? '').trim().length > 0;
  if (filled(q.feedback.correct) || filled(q.feedback.incorrect)) return true;
  return (q.kind === 'singleChoice' || q.kind === 'multipleResponse') && q.choices.some((c) => filled(c.feedback));
}
