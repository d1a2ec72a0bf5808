import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/ids';
import { courseSchema, courseSummarySchema } from '../model/course';
import { courseGuidanceSchema } from '../guidance/course-guidance';

/** Schemas of the authoring service's channels (main/authoring/): trash, course archives, design guidance. */
const trashedCourseSummarySchema = courseSummarySchema.extend({ deletedAt: timestampSchema });
export type TrashedCourseSummary = z.infer<typeof trashedCourseSummarySchema>;

/** File extension of a course archive (a zip of `course.json` and `media/<sha256><ext>`). */
export const COURSE_ARCHIVE_EXTENSION = '.cwcourse';

const filePath = z.string().min(1).max(4096);

export const authoringChannels = {
  /** Courses in the trash (`courses.delete` moves a course there), most recently deleted first. */
  'courses.trash.list': { input: z.object({}).strict(), output: z.array(trashedCourseSummarySchema) },
  'courses.restore': { input: z.object({ courseId: idSchema }), output: courseSchema },
  /** Erases a course for good (in the trash or not); its media stays until media clean-up. */
  'courses.purge': { input: z.object({ courseId: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  /** Writes a `.cwcourse` archive at `outPath` (an absolute path ending in .cwcourse; replaced if it exists). */
  'courses.exportArchive': {
    input: z.object({ courseId: idSchema, outPath: filePath }),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
  /** Imports a `.cwcourse` archive as a new course (new ids when its course already exists in the library). */
  'courses.importArchive': { input: z.object({ path: filePath }), output: courseSchema },
  /** Duration estimates and the design checklist of a course. */
  'courses.guidance': { input: z.object({ courseId: idSchema }), output: courseGuidanceSchema },
} as const;
