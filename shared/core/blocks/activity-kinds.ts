import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';

/** Activity blocks that keep learner state for resume (process…). Schema builders first. */
export const PROCESS_STEPS = { min: 2, max: 20 } as const;

export const activitySchemas = {
  /** Numbered steps shown one at a time between an intro card and a summary card. */
  process: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('process'),
      title: z.string().trim().min(1).max(200),
      intro: z.string().max(2000).default(''),
      steps: z
        .array(z.object({ id: k.id, title: z.string().trim().min(1).max(200), text: z.string().max(2000) }))
        .min(PROCESS_STEPS.min)
        .max(PROCESS_STEPS.max)
        .refine(k.uniqueIds, 'Step ids must be unique'),
      summary: z.string().max(2000).default(''),
    }),
};

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

export const activityKinds: {
  process: BlockKindDescriptor<'process'>;
} = {
  process: {
    ...plainKind,
    kind: 'process',
    label: 'Process',
    hint: 'Steps one at a time',
    icon: 'list-ordered',
    engaging: true,
    create: (newId) => ({
      type: 'process',
      title: 'How it works',
      intro: 'Follow the steps in order.',
      steps: [
        { id: newId(), title: 'First step', text: '' },
        { id: newId(), title: 'Second step', text: '' },
      ],
      summary: '',
    }),
    freshIds: (b, newId) => ({ ...b, steps: b.steps.map((s) => ({ ...s, id: newId() })) }),
    text: (b) => [b.title, b.intro, ...b.steps.flatMap((s) => [s.title, s.text]), b.summary].join('\n').trim(),
    timing: (b) => ({ readingText: [b.intro, ...b.steps.flatMap((s) => [s.title, s.text]), b.summary].join('\n') }),
    guidance: (b) =>
      b.summary.trim() === ''
        ? [
            {
              code: 'process-missing-summary',
              severity: 'suggestion',
              message: (lesson) => `The process “${b.title}” in “${lesson}” ends without a summary card.`,
            },
          ]
        : [],
    wellFormed: (b) => typeof b.title === 'string' && isArray(b.steps) && b.steps.length > 0,
    /** Position p (0 intro, 1…n steps, n + 1 summary), plus n + 2 once the summary was reached (complete). */
    stateMax: (b) => 2 * (b.steps.length + 1) + 1,
    completed: (b, value) => value > b.steps.length + 1,
  },
};
