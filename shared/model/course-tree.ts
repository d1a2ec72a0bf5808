import { z } from 'zod';
import { blockSchema } from './blocks';
import { courseSchema, lessonSchema, moduleSchema } from './course';

export const lessonTreeSchema = lessonSchema.extend({ blocks: z.array(blockSchema) });
export const moduleTreeSchema = moduleSchema.extend({ lessons: z.array(lessonTreeSchema) });
/** A whole course in order: what the editor opens and what exporters package. */
export const courseTreeSchema = courseSchema.extend({ modules: z.array(moduleTreeSchema) });
export type LessonTree = z.infer<typeof lessonTreeSchema>;
export type ModuleTree = z.infer<typeof moduleTreeSchema>;
export type CourseTree = z.infer<typeof courseTreeSchema>;
