import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  AppError,
  idSchema,
  MAX_RECENT_COURSES,
  systemAppError,
  timestampSchema,
  type RecentCourse,
} from '../../shared';
import type { CourseLibrary } from '../library/course-library';

/** File in the library folder holding the recent list (a JSON file, so no schema migration is needed). */
export const RECENT_COURSES_FILE = 'recent-courses.json';

const storedSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.object({ courseId: idSchema, openedAt: timestampSchema })).max(100),
});
type Entry = z.infer<typeof storedSchema>['entries'][number];

export interface RecentCourses {
  /** Moves `courseId` to the top. NOT_FOUND when the course does not exist or is in the trash; IO when unwritable. */
  record(courseId: string, now?: Date): void;
  /** Most recent first; courses since trashed or purged are left out (and come back when restored). */
  list(): RecentCourse[];
  /** Called after every successful `record` (the Electron File menu rebuilds its submenu). Returns unsubscribe. */
  onChange(listener: () => void): () => void;
}

/**
 * Recent courses kept by main (the File menu and the library screen both read them). `file` null keeps them in
 * memory only (hosts without a library folder, tests with fakes). A missing or damaged file reads as empty.
 */
export function createRecentCourses(library: CourseLibrary, file: string | null): RecentCourses {
  let entries: Entry[] = file ? readEntries(file) : [];
  const listeners = new Set<() => void>();
  const liveTitles = (): Map<string, string> => new Map(library.listCourses().map((c) => [c.id, c.title]));
  return {
    record(courseId, now = new Date()) {
      if (!liveTitles().has(courseId)) throw new AppError('NOT_FOUND', `No course ${courseId} in the library.`);
      // Trashed entries are kept (not listed) so a restored course keeps its place; the cap bounds the file.
      const next = [{ courseId, openedAt: now.toISOString() }, ...entries.filter((e) => e.courseId !== courseId)];
      const capped = next.slice(0, MAX_RECENT_COURSES * 2);
      if (file) writeEntries(file, capped);
      entries = capped;
      for (const listener of [...listeners]) listener();
    },
    list() {
      const titles = liveTitles();
      const out: RecentCourse[] = [];
      for (const e of entries) {
        const title = titles.get(e.courseId);
        if (title === undefined) continue;
        out.push({ courseId: e.courseId, title, openedAt: e.openedAt });
        if (out.length === MAX_RECENT_COURSES) break;
      }
      return out;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readEntries(file: string): Entry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

/** Temp file + rename: a crash mid-write leaves the old list, never half a file. */
function writeEntries(file: string, entries: Entry[]): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, entries }, null, 2));
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw (
      systemAppError(e, 'Saving the recent courses') ??
      new AppError('IO', `Cannot save the recent courses: ${e instanceof Error ? e.message : String(e)}`)
    );
  }
}
