import fs from 'node:fs';
import path from 'node:path';
import { AppError, systemAppError } from '../../shared';
import { removeStaleTempFiles } from './media-store';
import { openDatabase, type MigrationOutcome } from './database';
import { applyPendingRestore, type PendingRestoreOutcome } from './pending-restore';
import { sweepLibraryTemp } from './library-temp';
import type { CourseLibrary } from './course-library';
import { seedSampleCourse } from './sample';
import { SqliteCourseLibrary } from './sqlite-course-library';
import { DATABASE_FILE } from './library-files';

export { SqliteCourseLibrary } from './sqlite-course-library';

export { DATABASE_FILE } from './library-files';

export interface OpenCourseLibraryOptions {
  /** The library folder (created if missing): `library.sqlite`, `media/`, `backups/`. */
  dir: string;
  /** better-sqlite3 binding built for the running runtime (Electron). */
  nativeBinding?: string;
  /** Seed "Asynchronous Learning 101" into a library created by this open (default true). */
  seedSample?: boolean;
  /** Where the sample media lives (defaults to `resolveResourcesDir()`). */
  resourcesDir?: string;
  /** `false`: no open-time quick_check when nothing migrates (read-only one-shot commands), see `openDatabase`. */
  quickCheck?: boolean;
}

/** What the last open did, for logs, the CLI and the app's one-time notice. */
export interface OpenReport {
  migration: MigrationOutcome;
  sampleCourseId: string | null;
  /** How long the integrity quick check at open took. */
  quickCheckMs: number;
  /** A restore the app scheduled (`library.restoreBackup`) and this open carried out, or why it could not. */
  restore: PendingRestoreOutcome | null;
  /** Leftover temp work of crashed processes removed from `<library>/tmp/`. */
  tempSwept: number;
}

const reports = new WeakMap<CourseLibrary, OpenReport>();
/** What opening this library did (upgrade, backup, restore, sweep); undefined for a library not opened here. */
export const openReport = (library: CourseLibrary): OpenReport | undefined => reports.get(library);

/**
 * Opens the library at `dir`: creates the folder, opens/migrates `library.sqlite` (refusing a newer one), and on
 * a freshly created library seeds the sample course once (never again, even if the user deletes it).
 */
export async function openCourseLibrary(options: OpenCourseLibraryOptions): Promise<SqliteCourseLibrary> {
  const dir = path.resolve(options.dir);
  try {
    fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  } catch (e) {
    throw (
      systemAppError(e, `Creating the library folder ${dir}`) ??
      new AppError('IO', `Could not create the library folder ${dir}: ${e instanceof Error ? e.message : e}`)
    );
  }
  const databasePath = path.join(dir, DATABASE_FILE);
  const restore = applyPendingRestore(dir, databasePath, options.nativeBinding);
  const { db, migration, check } = await openDatabase(databasePath, {
    nativeBinding: options.nativeBinding,
    backupDir: path.join(dir, 'backups'),
    ...(options.quickCheck === false ? { quickCheck: false } : {}),
  });
  const library = new SqliteCourseLibrary(db, { dir, databasePath });
  let sampleCourseId: string | null = null;
  try {
    const pending = db.prepare(`SELECT value FROM library_meta WHERE key = 'sample_pending'`).pluck().get();
    if (pending !== undefined) {
      if (options.seedSample ?? true) {
        sampleCourseId = await seedSampleCourse(library, options.resourcesDir);
      } else {
        db.prepare(`DELETE FROM library_meta WHERE key = 'sample_pending'`).run();
      }
    }
  } catch (e) {
    library.close();
    throw e;
  }
  removeStaleTempFiles(dir);
  const tempSwept = sweepLibraryTemp(dir);
  reports.set(library, { migration, sampleCourseId, quickCheckMs: check.quickCheckMs, restore, tempSwept });
  return library;
}

/** What the user should hear about this open (an upgrade and its backup, a restore), or null. */
export function openNotice(report: OpenReport): string | null {
  const parts: string[] = [];
  const { restore, migration } = report;
  if (restore?.done) {
    parts.push(
      `The library was restored from the backup ${restore.backupPath}` +
        (restore.damagedCopy ? `; the database it replaced was kept in ${restore.damagedCopy}.` : '.'),
    );
  } else if (restore) {
    parts.push(`The library backup ${restore.backupPath} was not restored: ${restore.error ?? 'unknown reason'}`);
  }
  if (migration.from > 0 && migration.to > migration.from) {
    parts.push(
      `The library was upgraded from schema version ${migration.from} to ${migration.to}.` +
        (migration.backupPath ? ` A copy of it as it was before is kept at ${migration.backupPath}.` : ''),
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
