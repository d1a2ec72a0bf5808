import { randomUUID } from 'node:crypto';
import {
  AppError,
  courseSettingsSchema,
  defaultCourseSettings,
  NEW_COURSE_SETTINGS,
  formatZodError,
  languageSchema,
  titleSchema,
  type Course,
  type CourseSettings,
  type CourseSettingsPatch,
  type CourseSummary,
} from '../../shared';
import { z } from 'zod';
import { LIST_CARDS_SQL, REFRESH_CARD_SQL, SUMMARY_COLUMNS, toSummary, type SummaryRow } from './course-cards';
import { corrupt, notFound, type RepoContext } from './internals';

interface CourseRow {
  id: string;
  title: string;
  description: string;
  language: string;
  settings: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

const descriptionSchema = z.string().max(5000);

export interface NewCourse {
  title: string;
  description?: string | undefined;
  language?: string | undefined;
  settings?: CourseSettingsPatch | undefined;
}

interface CoursePatch {
  title?: string | undefined;
  description?: string | undefined;
  language?: string | undefined;
  settings?: CourseSettingsPatch | undefined;
}

/** Settings are stored as JSON and re-parsed on read, so new settings get their defaults on old rows. */
function parseSettings(row: CourseRow): CourseSettings {
  const parsed = courseSettingsSchema.safeParse(JSON.parse(row.settings));
  if (!parsed.success) throw corrupt('course', `settings of course ${row.id}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

const toCourse = (r: CourseRow): Course => ({
  id: r.id,
  title: r.title,
  description: r.description,
  language: r.language,
  settings: parseSettings(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Merges a partial settings patch; nested groups (completion, theme) merge one level deep. */
export function mergeSettings(current: CourseSettings, patch: CourseSettingsPatch): CourseSettings {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = merged[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && old && typeof old === 'object'
        ? { ...old, ...value }
        : value;
  }
  return courseSettingsSchema.parse(merged);
}

export class CourseRepository {
  private readonly q;

  constructor(private readonly ctx: RepoContext) {
    const { db } = ctx;
    const columns = `id, title, description, language, settings, is_sample, created_at, updated_at`;
    this.q = {
      list: db.prepare(LIST_CARDS_SQL),
      listTrashed: db.prepare(
        `SELECT ${SUMMARY_COLUMNS}, c.deleted_at
         FROM courses c WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC, c.seq DESC`,
      ),
      refreshCard: db.prepare(REFRESH_CARD_SQL),
      touchMinutes: db.prepare(
        `UPDATE courses SET updated_at = ?, card_minutes = card_minutes + ? WHERE id = ? AND deleted_at IS NULL`,
      ),
      deletedAt: db.prepare(`SELECT deleted_at FROM courses WHERE id = ?`),
      setDeletedAt: db.prepare(`UPDATE courses SET deleted_at = ? WHERE id = ?`),
      get: db.prepare(`SELECT ${columns} FROM courses WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO courses (${columns}) VALUES (@id, @title, @description, @language, @settings, @is_sample,
           @created_at, @updated_at)`,
      ),
      update: db.prepare(
        `UPDATE courses SET title = @title, description = @description, language = @language, settings = @settings,
           updated_at = @updated_at WHERE id = @id`,
      ),
      // A course in the trash is read-only: every write inside it touches it, so this refuses them all.
      touch: db.prepare(`UPDATE courses SET updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
      delete: db.prepare(`DELETE FROM courses WHERE id = ?`),
    };
  }

  list(): CourseSummary[] {
    return (this.q.list.all() as SummaryRow[]).map(toSummary);
  }

  /** Courses in the trash, most recently deleted first. */
  listTrashed(): (CourseSummary & { deletedAt: string })[] {
    return (this.q.listTrashed.all() as (SummaryRow & { deleted_at: string })[]).map((r) => ({
      ...toSummary(r),
      deletedAt: r.deleted_at,
    }));
  }

  /** When the course was moved to the trash, or null while it is live (NOT_FOUND when it does not exist). */
  deletedAt(courseId: string): string | null {
    const row = this.q.deletedAt.get(courseId) as { deleted_at: string | null } | undefined;
    if (!row) throw notFound('course', courseId);
    return row.deleted_at;
  }

  /** Moves a live course to the trash; a course already there is NOT_FOUND (it is no longer in the library). */
  trash(courseId: string): void {
    if (this.deletedAt(courseId) !== null) throw notFound('course', courseId);
    this.q.setDeletedAt.run(this.ctx.now(), courseId);
  }

  /** Brings a trashed course back; CONFLICT when it is not in the trash. */
  restore(courseId: string): void {
    if (this.deletedAt(courseId) === null) {
      throw new AppError('CONFLICT', `The course ${courseId} is not in the trash.`, { id: courseId });
    }
    this.q.setDeletedAt.run(null, courseId);
  }

  get(courseId: string): Course {
    return toCourse(this.row(courseId));
  }

  isSample(courseId: string): boolean {
    return this.row(courseId).is_sample === 1;
  }

  create(input: NewCourse, opts: { isSample?: boolean; id?: string } = {}): Course {
    const now = this.ctx.now();
    const course: Course = {
      id: opts.id ?? randomUUID(),
      title: titleSchema.parse(input.title),
      description: descriptionSchema.parse(input.description ?? ''),
      language: languageSchema.parse(input.language ?? 'en'),
      settings: mergeSettings(mergeSettings(defaultCourseSettings(), NEW_COURSE_SETTINGS), input.settings ?? {}),
      createdAt: now,
      updatedAt: now,
    };
    this.q.insert.run({
      id: course.id,
      title: course.title,
      description: course.description,
      language: course.language,
      settings: JSON.stringify(course.settings),
      is_sample: opts.isSample ? 1 : 0,
      created_at: course.createdAt,
      updated_at: course.updatedAt,
    });
    return course;
  }

  update(courseId: string, patch: CoursePatch): Course {
    if (this.deletedAt(courseId) !== null) throw notFound('course', courseId);
    const current = this.get(courseId);
    const next: Course = {
      ...current,
      title: patch.title === undefined ? current.title : titleSchema.parse(patch.title),
      description: patch.description === undefined ? current.description : descriptionSchema.parse(patch.description),
      language: patch.language === undefined ? current.language : languageSchema.parse(patch.language),
      settings: patch.settings === undefined ? current.settings : mergeSettings(current.settings, patch.settings),
      updatedAt: this.ctx.now(),
    };
    this.q.update.run({
      id: courseId,
      title: next.title,
      description: next.description,
      language: next.language,
      settings: JSON.stringify(next.settings),
      updated_at: next.updatedAt,
    });
    return next;
  }

  touch(courseId: string): void {
    if (this.q.touch.run(this.ctx.now(), courseId).changes === 0) throw notFound('course', courseId);
  }

  /** Touches the course and adds `delta` to its card minutes (a block save: no other card fact can change). */
  touchMinutes(courseId: string, delta: number): void {
    if (this.q.touchMinutes.run(this.ctx.now(), delta, courseId).changes === 0) throw notFound('course', courseId);
  }

  /** Recomputes the card facts of a course from its rows. */
  refreshCard(courseId: string): void {
    this.q.refreshCard.run({ id: courseId });
  }

  /** Erases the course for good (purge); foreign keys cascade to modules, lessons and blocks, and triggers clear the index. */
  delete(courseId: string): void {
    if (this.q.delete.run(courseId).changes === 0) throw notFound('course', courseId);
  }

  private row(courseId: string): CourseRow {
    const row = this.q.get.get(courseId) as CourseRow | undefined;
    if (!row) throw notFound('course', courseId);
    return row;
  }
}
