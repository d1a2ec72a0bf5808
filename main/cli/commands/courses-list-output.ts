import type { CourseSummary } from '../../../shared/model/course';
import type { CliIo } from '../command';
import { formatTable, toJson } from '../format';

/** Prints `courses list`: the same text from the full command and from the read-only fast path (fast-commands.ts). */
export function writeCourseList(io: CliIo, courses: readonly CourseSummary[], json: boolean): void {
  if (json) {
    io.stdout(`${toJson(courses)}\n`);
    return;
  }
  if (courses.length === 0) {
    io.stdout('No courses.\n');
    return;
  }
  const rows = courses.map((c) => [
    c.id,
    c.isSample ? `${c.title} (sample)` : c.title,
    String(c.moduleCount),
    String(c.lessonCount),
    c.updatedAt,
  ]);
  io.stdout(`${formatTable(['ID', 'TITLE', 'MODULES', 'LESSONS', 'UPDATED'], rows)}\n`);
}
