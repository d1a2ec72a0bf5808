import { z } from 'zod';
import { blockSchema, blockSchemaByKind } from './blocks';
import { courseSchema, lessonSchema, moduleSchema } from './course';

export const lessonTreeSchema = lessonSchema.extend({
  blocks: z.array(blockSchema),
  /**
   * Packages only: the bank questions a drawing quiz may show (`quiz.draw`), as question blocks. The player draws
   * from them per attempt; the library keeps them in their banks.
   */
  pool: z.array(blockSchemaByKind.question).max(1000).optional(),
});
const moduleTreeSchema = moduleSchema.extend({ lessons: z.array(lessonTreeSchema) });
/** A whole course in order: what the editor opens and what exporters package. */
export const courseTreeSchema = courseSchema.extend({ modules: z.array(moduleTreeSchema) });
export type LessonTree = z.infer<typeof lessonTreeSchema>;
export type ModuleTree = z.infer<typeof moduleTreeSchema>;
export type CourseTree = z.infer<typeof courseTreeSchema>;

/**
 * What the editor opens a course with: the course, its modules and lessons in order, without block bodies (a lesson's
 * blocks load when it is opened, `lessons.get`). `blockCount` lets the outline say how full a lesson is.
 */
const lessonOutlineSchema = lessonSchema.extend({ blockCount: z.number().int().min(0) });
const moduleOutlineSchema = moduleSchema.extend({ lessons: z.array(lessonOutlineSchema) });
export const courseOutlineSchema = courseSchema.extend({ modules: z.array(moduleOutlineSchema) });
export type ModuleOutline = z.infer<typeof moduleOutlineSchema>;
export type CourseOutline = z.infer<typeof courseOutlineSchema>;
