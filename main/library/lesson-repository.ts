import { randomUUID } from 'node:crypto';
import {
  AppError,
  LESSON_KINDS,
  lessonHeaderSchema,
  quizSettingsSchema,
  titleSchema,
  type Lesson,
  type LessonHeader,
  type QuizSettings,
} from '../../shared';
import { z } from 'zod';
import { notFound, type RepoContext } from './internals';
import { Ordering } from './ordering';

interface LessonRow {
  id: string;
  module_id: string;
  position: number;
  title: string;
  kind: Lesson['kind'];
  quiz_settings: string | null;
  header: string | null;
}

const kindSchema = z.enum(LESSON_KINDS);
/** Stored JSON re-parsed on read (new settings get their defaults); unreadable JSON falls back to the defaults. */
function parseQuiz(text: string | null): QuizSettings | undefined {
  if (text === null) return undefined;
  try {
    const parsed = quizSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
/** Stored header JSON; unreadable means no header (it is decoration, never worth refusing the lesson over). */
function parseHeader(text: string | null): LessonHeader | undefined {
  if (text === null) return undefined;
  try {
    const parsed = lessonHeaderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
/** A header with neither image nor colour is stored as none. */
function headerJson(header: LessonHeader | null | undefined): string | null {
  if (!header) return null;
  const h = lessonHeaderSchema.parse(header);
  return h.imageAssetId || h.color ? JSON.stringify(h) : null;
}
const toLesson = (r: LessonRow): Lesson => {
  const quiz = parseQuiz(r.quiz_settings);
  const header = parseHeader(r.header);
  return {
    id: r.id,
    moduleId: r.module_id,
    title: r.title,
    kind: r.kind,
    ...(quiz ? { quiz } : {}),
    ...(header ? { header } : {}),
  };
};
const SELECT = `SELECT l.id, l.module_id, l.position, l.title, l.kind, l.header, q.settings AS quiz_settings
  FROM lessons l LEFT JOIN lesson_quiz_settings q ON q.lesson_id = l.id`;

/** A lesson change: only the named fields. */
export interface LessonPatch {
  title?: string | undefined;
  kind?: Lesson['kind'] | undefined;
  quiz?: QuizSettings | undefined;
  header?: LessonHeader | null | undefined;
}

export class LessonRepository {
  private readonly order;
  private readonly q;

  constructor(private readonly ctx: RepoContext) {
    const { db } = ctx;
    this.order = new Ordering(db, 'lessons');
    this.q = {
      get: db.prepare(`${SELECT} WHERE l.id = ?`),
      byModule: db.prepare(`${SELECT} WHERE l.module_id = ? ORDER BY l.position, l.seq`),
      byCourse: db.prepare(
        `${SELECT} JOIN modules m ON m.id = l.module_id WHERE m.course_id = ? ORDER BY l.module_id, l.position, l.seq`,
      ),
      insert: db.prepare(
        `INSERT INTO lessons (id, module_id, position, title, kind, header) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(`UPDATE lessons SET title = ?, kind = ?, header = ? WHERE id = ?`),
      setQuiz: db.prepare(
        `INSERT INTO lesson_quiz_settings (lesson_id, settings) VALUES (?, ?)
         ON CONFLICT (lesson_id) DO UPDATE SET settings = excluded.settings`,
      ),
      delete: db.prepare(`DELETE FROM lessons WHERE id = ?`),
      courseOf: db
        .prepare(`SELECT m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.id = ?`)
        .pluck(),
      moduleCourse: db.prepare(`SELECT course_id FROM modules WHERE id = ?`).pluck(),
    };
  }

  courseIdOf(lessonId: string): string {
    const id = this.q.courseOf.get(lessonId) as string | undefined;
    if (id === undefined) throw notFound('lesson', lessonId);
    return id;
  }

  get(lessonId: string): Lesson {
    return toLesson(this.row(lessonId));
  }

  listByModule(moduleId: string): Lesson[] {
    return (this.q.byModule.all(moduleId) as LessonRow[]).map(toLesson);
  }

  /** All lessons of a course grouped by module id, each group in order. */
  listByCourse(courseId: string): Map<string, Lesson[]> {
    const out = new Map<string, Lesson[]>();
    for (const row of this.q.byCourse.all(courseId) as LessonRow[]) {
      const list = out.get(row.module_id) ?? [];
      list.push(toLesson(row));
      out.set(row.module_id, list);
    }
    return out;
  }

  create(
    moduleId: string,
    title: string,
    kind: Lesson['kind'] = 'content',
    position?: number,
    id: string = randomUUID(),
    quiz?: QuizSettings,
    header?: LessonHeader,
  ): Lesson {
    const courseId = this.moduleCourseId(moduleId);
    if (this.q.get.get(id)) throw new AppError('CONFLICT', `A lesson with the id ${id} already exists.`);
    const settings = quiz === undefined ? undefined : quizSettingsSchema.parse(quiz);
    const headerText = headerJson(header);
    const lesson: Lesson = {
      id,
      moduleId,
      title: titleSchema.parse(title),
      kind: kindSchema.parse(kind),
      ...(settings ? { quiz: settings } : {}),
      ...(headerText ? { header: lessonHeaderSchema.parse(header) } : {}),
    };
    const at = this.order.makeRoom(moduleId, position);
    this.q.insert.run(lesson.id, moduleId, at, lesson.title, lesson.kind, headerText);
    if (settings) this.q.setQuiz.run(lesson.id, JSON.stringify(settings));
    this.ctx.touchCourse(courseId);
    return lesson;
  }

  update(lessonId: string, patch: LessonPatch): Lesson {
    const current = this.row(lessonId);
    const title = patch.title === undefined ? current.title : titleSchema.parse(patch.title);
    const kind = patch.kind === undefined ? current.kind : kindSchema.parse(patch.kind);
    const quiz =
      patch.quiz === undefined ? current.quiz_settings : JSON.stringify(quizSettingsSchema.parse(patch.quiz));
    // `header: null` removes the header; absent keeps it.
    const header = patch.header === undefined ? current.header : headerJson(patch.header);
    this.q.update.run(title, kind, header, lessonId);
    if (patch.quiz !== undefined) this.q.setQuiz.run(lessonId, quiz);
    this.ctx.touchCourse(this.courseIdOf(lessonId));
    return toLesson({ ...current, title, kind, quiz_settings: quiz, header });
  }

  reorder(moduleId: string, lessonIds: readonly string[]): Lesson[] {
    const courseId = this.moduleCourseId(moduleId);
    this.order.reorder(moduleId, lessonIds);
    this.ctx.touchCourse(courseId);
    return this.listByModule(moduleId);
  }

  move(lessonId: string, toModuleId: string, position?: number): Lesson {
    const row = this.row(lessonId);
    const fromCourse = this.courseIdOf(lessonId);
    const toCourse = this.moduleCourseId(toModuleId);
    this.order.move(lessonId, row.module_id, row.position, toModuleId, position);
    this.ctx.touchCourse(fromCourse);
    if (toCourse !== fromCourse) this.ctx.touchCourse(toCourse);
    return { ...toLesson(row), moduleId: toModuleId };
  }

  delete(lessonId: string): void {
    const row = this.row(lessonId);
    const courseId = this.courseIdOf(lessonId);
    this.q.delete.run(lessonId);
    this.order.closeGap(row.module_id, row.position);
    this.ctx.touchCourse(courseId);
  }

  private row(lessonId: string): LessonRow {
    const row = this.q.get.get(lessonId) as LessonRow | undefined;
    if (!row) throw notFound('lesson', lessonId);
    return row;
  }

  private moduleCourseId(moduleId: string): string {
    const id = this.q.moduleCourse.get(moduleId) as string | undefined;
    if (id === undefined) throw notFound('module', moduleId);
    return id;
  }
}
