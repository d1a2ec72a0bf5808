import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';
import {
  isUngraded,
  newQuestion,
  questionAssetIds,
  questionHasFeedback,
  questionText,
  questionWithAssets,
  questionWithFreshIds,
} from '../question-kinds';

/** A question block (knowledge check in content lessons, graded in quiz lessons); kinds in `question-kinds.ts`. */
export const questionBlockSchemas = {
  question: (z: Zod, k: SchemaKit) => z.object({ id: k.id, type: z.literal('question'), question: k.question }),
};

export const questionBlockKinds: { question: BlockKindDescriptor<'question'> } = {
  question: {
    ...plainKind,
    ...BLOCK_RUNTIME.question,
    kind: 'question',
    label: 'Question',
    hint: 'Knowledge check or quiz item',
    icon: 'circle-help',
    engaging: true,
    create: (newId) => ({ type: 'question', question: newQuestion('singleChoice', newId) }),
    freshIds: (b, newId) => ({ ...b, question: questionWithFreshIds(b.question, newId) }),
    assetIds: (b) => questionAssetIds(b.question),
    remapAssets: (b, to) => ({ ...b, question: questionWithAssets(b.question, to) }),
    text: (b) => questionText(b.question),
    timing: () => ({ readingText: '', activity: 'question' }),
    guidance: (b) => [
      ...(questionHasFeedback(b.question) || isUngraded(b.question)
        ? []
        : [
            {
              code: 'question-missing-feedback' as const,
              severity: 'suggestion' as const,
              message: (lesson: string) => `A question in “${lesson}” gives learners no feedback.`,
            },
          ]),
      // A hotspot image carries the question: learners who cannot see it need its description.
      ...(b.question.kind === 'hotspot' && b.question.assetId && b.question.alt.trim() === ''
        ? [
            {
              code: 'image-missing-alt' as const,
              severity: 'warning' as const,
              message: (lesson: string) => `The image of a hotspot question in “${lesson}” has no alt text.`,
            },
          ]
        : []),
    ],
  },
};
