import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CourseSummary } from '../../shared/model/course';
import { isCourseCard } from './course-card-guard';
import { LIST_CARDS_SQL, toSummary, type SummaryRow } from './course-cards';
import { DATABASE_FILE, RESTORE_PENDING_FILE } from './library-files';
import { SCHEMA_VERSION } from './migrations/schema-version';

/**
 * The live course cards read from a library opened read-only, for one-shot readers (CLI `courses list`) that must
 * not pay for the whole app context (issue 14: CLI ≤ 2× `node -e 0`; the router, the contract and every service
 * cost ~0.1 s of CPU to load). Same SQL as `courses.list`; the cards are checked by a zod-free guard that accepts
 * a subset of the contract's `courseSummarySchema` (course-card-guard.ts).
 * Returns null whenever the full open must answer instead: no library yet (it is created and seeded), another
 * schema version (migration or refusal), a scheduled restore, an open error, or cards that break the contract (the
 * router then reports the error as it always did). The full open also runs the integrity quick check; a read-only
 * `courses list` skipped it already (`quickCheck: false`).
 */
export function readCourseCardsReadOnly(libraryDir: string, nativeBinding?: string): CourseSummary[] | null {
  const file = path.join(libraryDir, DATABASE_FILE);
  if (!fs.existsSync(file) || fs.existsSync(path.join(libraryDir, RESTORE_PENDING_FILE))) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) return null;
    const rows = db.prepare(LIST_CARDS_SQL).all() as SummaryRow[];
    const cards = rows.map(toSummary);
    return cards.every(isCourseCard) ? cards : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
