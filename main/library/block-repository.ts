import { randomUUID } from 'node:crypto';
import {
  AppError,
  blockSchema,
  blockText,
  formatZodError,
  newBlockSchema,
  type Block,
  type NewBlock,
} from '../../shared';
import { corrupt, notFound, type RepoContext } from './internals';
import { Ordering } from './ordering';

interface BlockRow {
  id: string;
  lesson_id: string;
  data: string;
}

/** Blocks are stored as validated JSON; the search text beside them feeds the FTS triggers. */
export function parseBlockRow(row: { id: string; data: string }): Block {
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    throw corrupt('block', `block ${row.id} is not valid JSON`);
  }
  const parsed = blockSchema.safeParse(json);
  if (!parsed.success) throw corrupt('block', `block ${row.id}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

export class BlockRepository {
  private readonly order;
  private readonly q;

  constructor(private readonly ctx: RepoContext) {
    const { db } = ctx;
    this.order = new Ordering(db, 'blocks');
    this.q = {
      get: db.prepare(`SELECT id, lesson_id, position, data FROM blocks WHERE id = ?`),
      byLesson: db.prepare(`SELECT id, data FROM blocks WHERE lesson_id = ? ORDER BY position, seq`),
      byCourse: db.prepare(
        `SELECT b.id, b.lesson_id, b.data FROM blocks b
           JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
         WHERE m.course_id = ? ORDER BY b.lesson_id, b.position, b.seq`,
      ),
      insert: db.prepare(
        `INSERT INTO blocks (id, lesson_id, position, type, data, search_text) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(`UPDATE blocks SET data = ?, search_text = ? WHERE id = ?`),
      delete: db.prepare(`DELETE FROM blocks WHERE id = ?`),
      courseOf: db
        .prepare(
          `SELECT m.course_id FROM blocks b JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
           WHERE b.id = ?`,
        )
        .pluck(),
      lessonCourse: db
        .prepare(`SELECT m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.id = ?`)
        .pluck(),
    };
  }

  courseIdOf(blockId: string): string {
    const id = this.q.courseOf.get(blockId) as string | undefined;
    if (id === undefined) throw notFound('block', blockId);
    return id;
  }

  get(blockId: string): Block {
    const row = this.q.get.get(blockId) as BlockRow | undefined;
    if (!row) throw notFound('block', blockId);
    return parseBlockRow(row);
  }

  listByLesson(lessonId: string): Block[] {
    return (this.q.byLesson.all(lessonId) as BlockRow[]).map(parseBlockRow);
  }

  /** All blocks of a course grouped by lesson id, each group in order. */
  listByCourse(courseId: string): Map<string, Block[]> {
    const out = new Map<string, Block[]>();
    for (const row of this.q.byCourse.all(courseId) as BlockRow[]) {
      const list = out.get(row.lesson_id) ?? [];
      list.push(parseBlockRow(row));
      out.set(row.lesson_id, list);
    }
    return out;
  }

  /** `id` may come from the client (undo/redo re-creates a block under its old id); a taken id is a CONFLICT. */
  create(lessonId: string, input: NewBlock, position?: number, id: string = randomUUID()): Block {
    const fresh = newBlockSchema.parse(input);
    if (this.q.get.get(id)) throw new AppError('CONFLICT', `A block with the id ${id} already exists.`);
    return this.insert(lessonId, { ...fresh, id } as Block, position);
  }

  /** Inserts a complete block (its id included): used by create, duplicate and the sample course. */
  insert(lessonId: string, input: Block, position?: number): Block {
    const courseId = this.lessonCourseId(lessonId);
    const block = blockSchema.parse(input);
    const at = this.order.makeRoom(lessonId, position);
    this.q.insert.run(block.id, lessonId, at, block.type, JSON.stringify(block), blockText(block));
    this.ctx.touchCourse(courseId);
    return block;
  }

  update(blockId: string, input: Block): Block {
    const current = this.get(blockId);
    const block = blockSchema.parse(input);
    if (block.id !== blockId) {
      throw new AppError(
        'CONFLICT',
        `The block's id (${block.id}) does not match the block being updated (${blockId}).`,
      );
    }
    if (block.type !== current.type) {
      throw new AppError(
        'CONFLICT',
        `A ${current.type} block cannot become a ${block.type} block; add a new block and delete this one instead.`,
      );
    }
    this.q.update.run(JSON.stringify(block), blockText(block), blockId);
    this.ctx.touchCourse(this.courseIdOf(blockId));
    return block;
  }

  reorder(lessonId: string, blockIds: readonly string[]): Block[] {
    const courseId = this.lessonCourseId(lessonId);
    this.order.reorder(lessonId, blockIds);
    this.ctx.touchCourse(courseId);
    return this.listByLesson(lessonId);
  }

  move(blockId: string, toLessonId: string, position?: number): Block {
    const row = this.q.get.get(blockId) as (BlockRow & { position: number }) | undefined;
    if (!row) throw notFound('block', blockId);
    const fromCourse = this.courseIdOf(blockId);
    const toCourse = this.lessonCourseId(toLessonId);
    this.order.move(blockId, row.lesson_id, row.position, toLessonId, position);
    this.ctx.touchCourse(fromCourse);
    if (toCourse !== fromCourse) this.ctx.touchCourse(toCourse);
    return parseBlockRow(row);
  }

  delete(blockId: string): void {
    const row = this.q.get.get(blockId) as (BlockRow & { position: number }) | undefined;
    if (!row) throw notFound('block', blockId);
    const courseId = this.courseIdOf(blockId);
    this.q.delete.run(blockId);
    this.order.closeGap(row.lesson_id, row.position);
    this.ctx.touchCourse(courseId);
  }

  private lessonCourseId(lessonId: string): string {
    const id = this.q.lessonCourse.get(lessonId) as string | undefined;
    if (id === undefined) throw notFound('lesson', lessonId);
    return id;
  }
}
