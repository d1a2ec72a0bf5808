import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';
import { removeStaleTempFiles } from './media-store';
import { openDatabase, type MigrationOutcome } from './database';
import { seedSampleCourse } from './sample';
import { SqliteCourseLibrary } from './sqlite-course-library';

export { SqliteCourseLibrary } from './sqlite-course-library';

export const DATABASE_FILE = 'library.sqlite';

export interface OpenCourseLibraryOptions {
  /** The library folder (created if missing): `library.sqlite`, `media/`, `backups/`. */
  dir: string;
  /** better-sqlite3 binding built for the running runtime (Electron). */
  nativeBinding?: string;
  /** Seed "Asynchronous Learning 101" into a library created by this open (default true). */
  seedSample?: boolean;
  /** Where the sample media lives (defaults to `resolveResourcesDir()`). */
  resourcesDir?: string;
}

/** What the last open did, for logs and the CLI. */
export interface OpenReport {
  migration: MigrationOutcome;
  sampleCourseId: string | null;
}

const reports = new WeakMap<SqliteCourseLibrary, OpenReport>();
export const openReport = (library: SqliteCourseLibrary): OpenReport | undefined => reports.get(library);

/**
 * Opens the library at `dir`: creates the folder, opens/migrates `library.sqlite` (refusing a newer one), and on
 * a freshly created library seeds the sample course once (never again, even if the user deletes it).
 */
export async function openCourseLibrary(options: OpenCourseLibraryOptions): Promise<SqliteCourseLibrary> {
  const dir = path.resolve(options.dir);
  try {
    fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  } catch (e) {
    throw new AppError('IO', `Could not create the library folder ${dir}: ${e instanceof Error ? e.message : e}`);
  }
  const databasePath = path.join(dir, DATABASE_FILE);
  const { db, migration } = await openDatabase(databasePath, {
    nativeBinding: options.nativeBinding,
    backupDir: path.join(dir, 'backups'),
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
  reports.set(library, { migration, sampleCourseId });
  return library;
}
