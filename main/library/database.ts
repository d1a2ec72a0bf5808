import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, blockText, LIBRARY_CORRUPT_ADVICE, systemAppError, type Block } from '../../shared';
import { checkDatabase, corruptLibraryError } from './library-health';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 `.node` binding built for the running runtime (Electron ships its own). */
  nativeBinding?: string | undefined;
  /** Migrations to know about (tests inject partial or failing lists); defaults to `MIGRATIONS`. */
  migrations?: readonly Migration[];
  /** Where to put the pre-migration backup; defaults to `<db folder>/backups`. */
  backupDir?: string;
  /**
   * `false` skips the open-time `PRAGMA quick_check` when there is nothing to migrate: for one-shot commands that
   * only read (the check reads every page: seconds on a large library, most of a CLI `courses list`). Reads still
   * meet damage on the pages they touch (SQLITE_CORRUPT, reported as LIBRARY_CORRUPT). Default true.
   */
  quickCheck?: boolean;
}

interface OpenOutcome {
  /** How long `PRAGMA quick_check` took at open (0 when skipped, see `quickCheck`). */
  quickCheckMs: number;
}

export interface MigrationOutcome {
  from: number;
  to: number;
  /** The copy taken before migrating a non-empty database, or null when nothing needed one. */
  backupPath: string | null;
}

/**
 * Opens (creating if missing) a library database, refuses one written by a newer Coursewright, backs it up and
 * applies pending migrations. The connection is left configured for crash-safe writes: WAL + synchronous=FULL
 * (every commit is durable once it returns), foreign keys on, and a busy timeout for the CLI running alongside.
 */
export async function openDatabase(
  file: string,
  options: OpenDatabaseOptions = {},
): Promise<{ db: Db; migration: MigrationOutcome; check: OpenOutcome }> {
  const migrations = options.migrations ?? MIGRATIONS;
  const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    if (options.nativeBinding) bindings.set(db, options.nativeBinding);
  } catch (e) {
    throw new AppError('IO', `Could not open the library database at ${file}: ${errorMessage(e)}`);
  }
  try {
    // Checked before any pragma that writes (journal_mode=WAL rewrites the header): a newer library stays untouched.
    const version = readUserVersion(db, file);
    assertNotTooNew(version, latestVersion(migrations), file);
    // Before anything writes: a damaged file is refused with what to do, never silently written into.
    let check: OpenOutcome = { quickCheckMs: 0 };
    if (options.quickCheck !== false || version !== latestVersion(migrations)) {
      const started = performance.now();
      const problems = checkDatabase(db, 'quick');
      if (problems.length > 0) throw corruptLibraryError(file, problems, backupDir);
      check = { quickCheckMs: Math.round(performance.now() - started) };
    }
    configureConnection(db);
    const migration = await migrateDatabase(db, { migrations, backupDir });
    return { db, migration, check };
  } catch (e) {
    db.close();
    throw systemAppError(e, 'Opening the library') ?? e;
  }
}

export function configureConnection(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerSqlFunctions(db);
}

/**
 * SQL functions the schema calls (the `search_source` view and the block search triggers), so every connection that
 * writes blocks must register them. `block_text(type, data)` is the searchable text of a stored block, derived from
 * its kind and JSON (migration 015: the row's JSON no longer repeats its type) instead of kept as a second copy. It
 * must stay deterministic for a given row: FTS5 deletes an external-content row with the text it computes now, so a
 * change to what `blockText` returns for stored blocks needs a migration that rebuilds the index. A row that does
 * not parse has no text (it was validated on write). `block_text(data)` (one argument) is the form migrations 011 to
 * 014 installed, when the JSON still held the type: it runs only while an older library is being migrated.
 */
export function registerSqlFunctions(db: Db): void {
  const text = (block: unknown): string => {
    try {
      return blockText(block as Block);
    } catch {
      return '';
    }
  };
  const parse = (data: unknown): Record<string, unknown> | null => {
    if (typeof data !== 'string') return null;
    try {
      const json: unknown = JSON.parse(data);
      return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  db.function('block_text', { deterministic: true }, (type: unknown, data: unknown) => {
    const body = parse(data);
    return body && typeof type === 'string' ? text({ ...body, type }) : '';
  });
  db.function('block_text', { deterministic: true }, (data: unknown) => {
    const block = parse(data);
    return block ? text(block) : '';
  });
}

export function readUserVersion(db: Db, file = db.name): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    throw new AppError(
      'LIBRARY_CORRUPT',
      `The file at ${file} is not a readable Coursewright library: ${errorMessage(e)}. ${LIBRARY_CORRUPT_ADVICE}`,
    );
  }
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

function assertNotTooNew(version: number, latest: number, file: string): void {
  if (version > latest) {
    throw new AppError(
      'LIBRARY_TOO_NEW',
      `The library at ${file} was written by a newer version of Coursewright (schema version ${version}); ` +
        `this version understands schema versions up to ${latest}. Update Coursewright to open it. ` +
        `The library has not been changed.`,
      { schemaVersion: version, supportedVersion: latest },
    );
  }
}

/**
 * Applies every migration above the database's `user_version` in ONE transaction: either the library ends at
 * the newest version or it is left exactly as it was. A non-empty database is first copied with SQLite's
 * online backup into `backupDir/library-v<from>-<timestamp>.sqlite`.
 */
export async function migrateDatabase(
  db: Db,
  opts: { migrations?: readonly Migration[]; backupDir?: string; now?: () => Date } = {},
): Promise<MigrationOutcome> {
  const migrations = opts.migrations ?? MIGRATIONS;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  const from = readUserVersion(db);
  const to = latestVersion(migrations);
  assertNotTooNew(from, to, db.name);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };
  registerSqlFunctions(db);

  let backupPath: string | null = null;
  if (from > 0 && opts.backupDir) {
    fs.mkdirSync(opts.backupDir, { recursive: true });
    const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupPath = path.join(opts.backupDir, `library-v${from}-${stamp}.sqlite`);
    try {
      await db.backup(backupPath);
    } catch (e) {
      fs.rmSync(backupPath, { force: true });
      throw systemAppError(e, `Backing up the library before upgrading it`) ?? e;
    }
    // The copy inherits WAL mode; switch it to a rollback journal so the backup stays one self-contained file.
    const copy = new Database(backupPath, nativeBindingOf(db));
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  }

  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
    }).immediate();
  } catch (e) {
    const system = systemAppError(e, `Upgrading the library from schema version ${from} to ${to}`);
    if (system) throw system;
    throw new AppError(
      'INTERNAL',
      `Upgrading the library from schema version ${from} to ${to} failed; the library was left unchanged: ${errorMessage(e)}`,
      { from, to },
    );
  }
  return { from, to, backupPath };
}

const bindings = new WeakMap<Db, string>();
const nativeBindingOf = (db: Db): Database.Options => {
  const binding = bindings.get(db);
  return binding ? { nativeBinding: binding } : {};
};

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
