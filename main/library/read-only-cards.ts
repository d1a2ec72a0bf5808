import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { courseSummarySchema, type CourseSummary } from '../../shared/model/course';
import { LIST_CARDS_SQL, toSummary, type SummaryRow } from './course-cards';
import { DATABASE_FILE, RESTORE_PENDING_FILE } from './library-files';
import { SCHEMA_VERSION } from './migrations/schema-version';

/** The `courses.list` output of the contract (shared/contract/channels.ts), imported without the whole contract. */
const courseListSchema = z.array(courseSummarySchema);

/**
 * The live course cards read from a library opened read-only, for one-shot readers (CLI `courses list`) that must
 * not pay for the whole app context (issue 14: CLI ≤ 2× `node -e 0`; the router, the contract and every service
 * cost ~0.1 s of CPU to load). Same SQL and the same output validation as `courses.list` through the router.
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
    const parsed = courseListSchema.safeParse(rows.map(toSummary));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
