import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/ids';

/** Desktop integration (main/desktop/): recent courses and commands sent by the application menu. */
const recentCourseSchema = z.object({
  courseId: idSchema,
  title: z.string(),
  openedAt: timestampSchema,
});
export type RecentCourse = z.infer<typeof recentCourseSchema>;

/** Most courses kept in the recent list (File ▸ Open Recent shows them all). */
export const MAX_RECENT_COURSES = 10;

export const desktopChannels = {
  /** The renderer opened a course in the editor: it moves to the top of the recent list. */
  'courses.opened': { input: z.object({ courseId: idSchema }), output: z.object({ recorded: z.literal(true) }) },
  /** Recently opened courses, most recent first (trashed and purged courses left out). */
  'courses.recent': { input: z.object({}).strict(), output: z.array(recentCourseSchema) },
} as const;

const APP_COMMANDS = ['newCourse', 'openExport', 'showShortcuts', 'openCourse'] as const;
/**
 * What the application menu (or a double-clicked `.cwcourse`) asks the renderer to do. `courseId` is set
 * for `openCourse`; for `openExport` it is absent and the renderer uses the course it shows.
 */
const appCommandSchema = z.object({
  command: z.enum(APP_COMMANDS),
  courseId: idSchema.optional(),
});
export type AppCommand = z.infer<typeof appCommandSchema>;

export const desktopEvents = {
  'app.command': appCommandSchema,
} as const;
