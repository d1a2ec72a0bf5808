import { AppError } from '../../shared';
import type { Db } from './database';

/**
 * Explicit integer ordering of children under a parent: positions are kept 0..n-1 without gaps.
 * Table and column names come only from `ORDERED` below, never from callers.
 */
const ORDERED = {
  modules: { table: 'modules', parent: 'course_id', child: 'module', parentKind: 'course' },
  lessons: { table: 'lessons', parent: 'module_id', child: 'lesson', parentKind: 'module' },
  blocks: { table: 'blocks', parent: 'lesson_id', child: 'block', parentKind: 'lesson' },
} as const;
type OrderedKey = keyof typeof ORDERED;

const PARKED = 2 ** 40;

export class Ordering {
  private readonly count;
  private readonly shiftUp;
  private readonly shiftDown;
  private readonly childIds;
  private readonly setPosition;
  private readonly setParent;

  constructor(
    db: Db,
    private readonly key: OrderedKey,
  ) {
    const { table, parent } = ORDERED[key];
    this.count = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${parent} = ?`).pluck();
    this.shiftUp = db.prepare(`UPDATE ${table} SET position = position + 1 WHERE ${parent} = ? AND position >= ?`);
    this.shiftDown = db.prepare(`UPDATE ${table} SET position = position - 1 WHERE ${parent} = ? AND position > ?`);
    this.childIds = db.prepare(`SELECT id FROM ${table} WHERE ${parent} = ? ORDER BY position, seq`).pluck();
    this.setPosition = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
    this.setParent = db.prepare(`UPDATE ${table} SET ${parent} = ?, position = ? WHERE id = ?`);
  }

  /** Opens a gap at `position` (clamped to 0..n; end when omitted) and returns the slot to insert into. */
  makeRoom(parentId: string, position?: number, alreadyThere = 0): number {
    const n = (this.count.get(parentId) as number) - alreadyThere;
    const at = position === undefined ? n : Math.max(0, Math.min(Math.trunc(position), n));
    if (at < n) this.shiftUp.run(parentId, at);
    return at;
  }

  /** Closes the gap a removed child left at `position`. */
  closeGap(parentId: string, position: number): void {
    this.shiftDown.run(parentId, position);
  }

  /**
   * Moves a child to `toParentId` at `position` (end when omitted), within its own parent or across parents,
   * keeping both sequences contiguous. Returns the final position.
   */
  move(id: string, fromParentId: string, fromPosition: number, toParentId: string, position?: number): number {
    this.closeGap(fromParentId, fromPosition);
    // Park it at the end of the target (outside 0..n-1) so the gap can open around it.
    this.setParent.run(toParentId, PARKED, id);
    const at = this.makeRoom(toParentId, position, 1);
    this.setPosition.run(at, id);
    return at;
  }

  ids(parentId: string): string[] {
    return this.childIds.all(parentId) as string[];
  }

  /** Applies a full new order; `ids` must be exactly the parent's children (no more, no fewer, no repeats). */
  reorder(parentId: string, ids: readonly string[]): void {
    const current = this.ids(parentId);
    const wanted = new Set(ids);
    const same = wanted.size === ids.length && ids.length === current.length && current.every((id) => wanted.has(id));
    if (!same) {
      const { child, parentKind } = ORDERED[this.key];
      throw new AppError(
        'CONFLICT',
        `The new ${child} order must list exactly the ${current.length} ${child}s of this ${parentKind}, each once ` +
          `(got ${ids.length}). Reload and try again.`,
        { expected: current, received: ids },
      );
    }
    ids.forEach((id, i) => this.setPosition.run(i, id));
  }
}
