import { randomUUID } from 'node:crypto';
import { AppError, titleSchema, type Module } from '../../shared';
import { notFound, type RepoContext } from './internals';
import { Ordering } from './ordering';

interface ModuleRow {
  id: string;
  course_id: string;
  position: number;
  title: string;
}

const toModule = (r: ModuleRow): Module => ({ id: r.id, courseId: r.course_id, title: r.title });

export class ModuleRepository {
  private readonly order;
  private readonly q;

  constructor(private readonly ctx: RepoContext) {
    const { db } = ctx;
    this.order = new Ordering(db, 'modules');
    this.q = {
      get: db.prepare(`SELECT id, course_id, position, title FROM modules WHERE id = ?`),
      byCourse: db.prepare(
        `SELECT id, course_id, position, title FROM modules WHERE course_id = ? ORDER BY position, seq`,
      ),
      insert: db.prepare(`INSERT INTO modules (id, course_id, position, title) VALUES (?, ?, ?, ?)`),
      rename: db.prepare(`UPDATE modules SET title = ? WHERE id = ?`),
      delete: db.prepare(`DELETE FROM modules WHERE id = ?`),
      courseExists: db.prepare(`SELECT 1 FROM courses WHERE id = ?`).pluck(),
    };
  }

  courseIdOf(moduleId: string): string {
    return this.row(moduleId).course_id;
  }

  get(moduleId: string): Module {
    return toModule(this.row(moduleId));
  }

  listByCourse(courseId: string): Module[] {
    return (this.q.byCourse.all(courseId) as ModuleRow[]).map(toModule);
  }

  create(courseId: string, title: string, position?: number, id: string = randomUUID()): Module {
    this.assertCourse(courseId);
    if (this.q.get.get(id)) throw new AppError('CONFLICT', `A module with the id ${id} already exists.`);
    const module: Module = { id, courseId, title: titleSchema.parse(title) };
    const at = this.order.makeRoom(courseId, position);
    this.q.insert.run(module.id, courseId, at, module.title);
    this.ctx.touchCourse(courseId);
    return module;
  }

  rename(moduleId: string, title: string): Module {
    const row = this.row(moduleId);
    const clean = titleSchema.parse(title);
    this.q.rename.run(clean, moduleId);
    this.ctx.touchCourse(row.course_id);
    return { ...toModule(row), title: clean };
  }

  reorder(courseId: string, moduleIds: readonly string[]): Module[] {
    this.assertCourse(courseId);
    this.order.reorder(courseId, moduleIds);
    this.ctx.touchCourse(courseId);
    return this.listByCourse(courseId);
  }

  delete(moduleId: string): void {
    const row = this.row(moduleId);
    this.q.delete.run(moduleId);
    this.order.closeGap(row.course_id, row.position);
    this.ctx.touchCourse(row.course_id);
  }

  private assertCourse(courseId: string): void {
    if (this.q.courseExists.get(courseId) === undefined) throw notFound('course', courseId);
  }

  private row(moduleId: string): ModuleRow {
    const row = this.q.get.get(moduleId) as ModuleRow | undefined;
    if (!row) throw notFound('module', moduleId);
    return row;
  }
}
