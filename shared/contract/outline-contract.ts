import { z } from 'zod';
import { idSchema } from '../model/ids';
import { blockSchema, type BlockType } from '../model/blocks';
import { courseOutlineSchema, lessonTreeSchema } from '../model/course-tree';
import { BLOCK_TYPES } from '../core/block-registry';

/**
 * At most this many ids per `blocks.find` call (a bounded request). Callers whose ids can outnumber it on a large
 * course (the checklist's flagged blocks, drafts left by a crash) go through the client's `findCourseBlocks`, which
 * splits them into several calls.
 */
export const BLOCKS_FIND_MAX_IDS = 1000;

/** A stored block, the lesson holding it and its place there (0 = first) (`blocks.find`). */
const foundBlockSchema = z.object({ lessonId: idSchema, index: z.number().int().min(0), block: blockSchema });
export type FoundBlock = z.infer<typeof foundBlockSchema>;

/**
 * Reading a course piece by piece (issue 9 §4): the editor opens the outline and loads a lesson's blocks when the
 * lesson is opened, so opening a 500-lesson course moves no block bodies. `courses.get` (the whole tree) stays for
 * the CLI, exporters and tests.
 */
export const outlineChannels = {
  /** The course with its modules and lessons in order, each lesson with its block count but no blocks. */
  'courses.outline': { input: z.object({ courseId: idSchema }), output: courseOutlineSchema },
  /** One lesson with its blocks in order. NOT_FOUND for an unknown lesson or one of a course in the trash. */
  'lessons.get': { input: z.object({ lessonId: idSchema }), output: lessonTreeSchema.omit({ pool: true }) },
  /**
   * The course's blocks of the given kinds and/or ids, in course order, each with its lesson: what a panel needs
   * from the whole course (video captions, questions to move into a bank) and draft recovery (ids from another
   * course are simply not found). At least one of `types` and `blockIds`.
   */
  'blocks.find': {
    input: z
      .object({
        courseId: idSchema,
        types: z
          .array(z.enum(BLOCK_TYPES as [BlockType, ...BlockType[]]))
          .max(100)
          .optional(),
        blockIds: z.array(idSchema).max(BLOCKS_FIND_MAX_IDS).optional(),
      })
      .refine((q) => (q.types?.length ?? 0) + (q.blockIds?.length ?? 0) > 0, 'name block types or block ids'),
    output: z.array(foundBlockSchema),
  },
} as const;
