import { randomUUID } from 'node:crypto';
import { AppError, estimateBlockMinutes, isBlockType, newBlockSchema, type Block, type NewBlock } from '../../shared';
import { corrupt, notFound, type RepoContext } from './internals';
import { Ordering } from './ordering';

interface BlockRow {
  id: string;
  lesson_id: string;
  type: string;
  data: string;
}

/** What a save needs to know about the stored block, in one look-up. */
interface SaveRow {
  seq: number;
  type: Block['type'];
  minutes: number;
  /** The asset of an image/video/audio block (it feeds the card's thumbnail and media time). */
  asset_id: string | null;
  course_id: string;
}

/** The asset a block contributes to its course card, if any. */
const cardAsset = (block: Block): string | null =>
  block.type === 'image' || block.type === 'video' || block.type === 'audio' ? block.assetId : null;

/**
 * Blocks are stored as validated JSON (every write path validates: the router against the contract, importers their
 * archives), so a read trusts the row instead of parsing it with zod again: opening a 500-lesson course would
 * otherwise validate every block twice (here and in the router's output check, which still catches a row edited
 * behind the app's back). Only what would break the code that reads it is checked: JSON, an object, a known block
 * kind. The row's JSON leaves out the id and kind, which its columns hold (migration 015); they are put back here.
 * The FTS index derives the text from the same row (`block_text(type, data)`).
 */
function parseBlockRow(row: { id: string; type: string; data: string }): Block {
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    throw corrupt('block', `block ${row.id} is not valid JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !isBlockType(row.type)) {
    throw corrupt('block', `block ${row.id} is not a block of a known kind`);
  }
  const block: Record<string, unknown> = { type: row.type, ...json, id: row.id };
  block.type = row.type; // the column wins over a stale copy in the JSON (rows written before migration 015)
  return block as Block;
}

/** A block's row JSON: everything but the id and kind, which have their own columns. */
function rowJson(block: Block): string {
  const { id: _id, type: _type, ...body } = block;
  return JSON.stringify(body);
}

/**
 * Blocks of lessons. Input is trusted to be a valid `Block` (the router validated it against the contract; importers
 * validate archives): writes serialise it without parsing it again. `create` parses its `NewBlock` once, for the defaults.
 */
export class BlockRepository {
  private readonly order;
  private readonly q;

  constructor(private readonly ctx: RepoContext) {
    const { db } = ctx;
    this.order = new Ordering(db, 'blocks');
    this.q = {
      get: db.prepare(`SELECT id, lesson_id, position, type, data FROM blocks WHERE id = ?`),
      byLesson: db.prepare(`SELECT id, type, data FROM blocks WHERE lesson_id = ? ORDER BY position, seq`),
      byCourse: db.prepare(
        `SELECT b.id, b.lesson_id, b.type, b.data FROM blocks b
           JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
         WHERE m.course_id = ? ORDER BY b.lesson_id, b.position, b.seq`,
      ),
      countByCourse: db.prepare(
        `SELECT b.lesson_id, count(*) AS n FROM blocks b
           JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
         WHERE m.course_id = ? GROUP BY b.lesson_id`,
      ),
      // Course order (module, lesson, block); types and ids as JSON arrays.
      find: db.prepare(
        `SELECT b.id, b.lesson_id, b.position, b.type, b.data FROM blocks b
           JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
         WHERE m.course_id = ?
           AND (b.type IN (SELECT value FROM json_each(?)) OR b.id IN (SELECT value FROM json_each(?)))
         ORDER BY m.position, m.seq, l.position, l.seq, b.position, b.seq`,
      ),
      insert: db.prepare(`INSERT INTO blocks (id, lesson_id, position, type, data, minutes) VALUES (?, ?, ?, ?, ?, ?)`),
      update: db.prepare(`UPDATE blocks SET data = ?, minutes = ? WHERE seq = ?`),
      saveRow: db.prepare(
        `SELECT b.seq, b.type, b.minutes, m.course_id,
           CASE WHEN b.type IN ('image', 'video', 'audio') THEN json_extract(b.data, '$.assetId') END AS asset_id
         FROM blocks b JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id WHERE b.id = ?`,
      ),
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

  /** Lesson id → how many blocks it holds (lessons without blocks are absent). */
  countsByCourse(courseId: string): Map<string, number> {
    const rows = this.q.countByCourse.all(courseId) as { lesson_id: string; n: number }[];
    return new Map(rows.map((r) => [r.lesson_id, r.n]));
  }

  /** The course's blocks of the given kinds or ids, in course order, with their lesson ids. */
  findInCourse(
    courseId: string,
    types: readonly string[],
    ids: readonly string[],
  ): { lessonId: string; index: number; block: Block }[] {
    const rows = this.q.find.all(courseId, JSON.stringify(types), JSON.stringify(ids)) as (BlockRow & {
      position: number;
    })[];
    // Positions are kept contiguous (0..n-1) by `Ordering`, so a block's position is its index in the lesson.
    return rows.map((row) => ({ lessonId: row.lesson_id, index: row.position, block: parseBlockRow(row) }));
  }

  /** `id` may come from the client (undo/redo re-creates a block under its old id); a taken id is a CONFLICT. */
  create(lessonId: string, input: NewBlock, position?: number, id: string = randomUUID()): Block {
    const fresh = newBlockSchema.parse(input);
    if (this.q.get.get(id)) throw new AppError('CONFLICT', `A block with the id ${id} already exists.`);
    return this.insert(lessonId, { ...fresh, id } as Block, position);
  }

  /** Inserts a complete block (its id included): used by create, duplicate, archives and the sample course. */
  insert(lessonId: string, block: Block, position?: number): Block {
    const courseId = this.lessonCourseId(lessonId);
    const at = this.order.makeRoom(lessonId, position);
    this.q.insert.run(block.id, lessonId, at, block.type, rowJson(block), estimateBlockMinutes(block));
    this.ctx.touchCourse(courseId);
    return block;
  }

  /**
   * Saves a block's new content. One look-up gives the stored type, minutes, card asset and course; the course's
   * card moves by the change in minutes, and is recomputed only when the block's asset changed.
   */
  update(blockId: string, block: Block): { block: Block; courseId: string } {
    const row = this.q.saveRow.get(blockId) as SaveRow | undefined;
    if (!row) throw notFound('block', blockId);
    if (block.id !== blockId) {
      throw new AppError(
        'CONFLICT',
        `The block's id (${block.id}) does not match the block being updated (${blockId}).`,
      );
    }
    if (block.type !== row.type) {
      throw new AppError(
        'CONFLICT',
        `A ${row.type} block cannot become a ${block.type} block; add a new block and delete this one instead.`,
      );
    }
    const minutes = estimateBlockMinutes(block);
    this.q.update.run(rowJson(block), minutes, row.seq);
    if (cardAsset(block) !== row.asset_id) this.ctx.touchCourse(row.course_id);
    else this.ctx.touchCourseMinutes(row.course_id, minutes - row.minutes);
    return { block, courseId: row.course_id };
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
