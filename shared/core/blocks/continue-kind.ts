import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** A Continue button: the rest of the lesson stays hidden until the learner presses it. */
export const continueSchemas = {
  continue: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('continue'),
      label: z.string().trim().min(1).max(60).default('Continue'),
      /** Pressable only once the blocks above are completed (questions answered, processes finished, media ended). */
      requireComplete: z.boolean().default(false),
    }),
};

export const continueKinds: { continue: BlockKindDescriptor<'continue'> } = {
  continue: {
    ...plainKind,
    ...BLOCK_RUNTIME.continue,
    kind: 'continue',
    label: 'Continue',
    hint: 'Hides the rest until pressed',
    icon: 'chevrons-down',
    create: () => ({ type: 'continue', label: 'Continue', requireComplete: false }),
    text: () => '',
    timing: () => ({ readingText: '' }),
  },
};
