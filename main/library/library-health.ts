import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, LIBRARY_CORRUPT_ADVICE, systemAppError } from '../../shared';

/** Where pre-migration backups go, inside the library folder. */
export const BACKUPS_DIR = 'backups';
const BACKUP_NAME = /^library-v(\d+)-.+\.sqlite$/;
/** Most problem lines kept from a check (integrity_check can list thousands). */
const MAX_PROBLEMS = 20;

type CheckKind = 'quick' | 'full';

export interface LibraryBackup {
  path: string;
  /** Schema version the library had when the copy was taken. */
  schemaVersion: number;
  /** When the copy was taken (file time). */
  createdAt: string;
  bytes: number;
}

interface HealthReport {
  ok: boolean;
  check: CheckKind;
  /** What SQLite reported, at most 20 lines; empty when ok. */
  problems: string[];
  backups: LibraryBackup[];
  durationMs: number;
}

type DatabaseOptions = Database.Options;

/**
 * `PRAGMA quick_check` (at every open: page structure, O(N) but no index cross-check) or `integrity_check`
 * (on demand: also checks every index against its table). Returns the problems; a check that cannot even run
 * (SQLITE_CORRUPT, SQLITE_NOTADB) is a problem too.
 */
export function checkDatabase(db: Database.Database, kind: CheckKind): string[] {
  try {
    const rows = db.pragma(`${kind === 'quick' ? 'quick_check' : 'integrity_check'}(${MAX_PROBLEMS})`, {
      simple: false,
    }) as Record<string, unknown>[];
    const lines = rows.map((r) => String(Object.values(r)[0]));
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines.slice(0, MAX_PROBLEMS);
  } catch (e) {
    if (systemAppError(e)?.code === 'LIBRARY_CORRUPT') return [e instanceof Error ? e.message : String(e)];
    throw e;
  }
}

export function healthReport(db: Database.Database, kind: CheckKind, backupDir: string): HealthReport {
  const started = performance.now();
  const problems = checkDatabase(db, kind);
  return {
    ok: problems.length === 0,
    check: kind,
    problems,
    backups: listBackups(backupDir),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The LIBRARY_CORRUPT error for a failed check: what SQLite found, what to do, and the backups there are. */
export function corruptLibraryError(file: string, problems: readonly string[], backupDir: string): AppError {
  const backups = listBackups(backupDir);
  const newest = backups[0];
  const backupNote = newest
    ? ` A backup taken before the last upgrade exists (${newest.path}, ${newest.createdAt}).`
    : ' There is no pre-upgrade backup of this library; restore the folder from your own backups.';
  return new AppError(
    'LIBRARY_CORRUPT',
    `The library at ${file} failed its integrity check: ${problems[0] ?? 'unknown damage'}. ` +
      `Nothing was written to it. ${LIBRARY_CORRUPT_ADVICE}${backupNote}`,
    { file, problems: problems.slice(0, MAX_PROBLEMS), backups: backups.map((b) => b.path) },
  );
}

/** Pre-migration backups in `backupDir`, newest first (by name: the timestamp sorts). */
export function listBackups(backupDir: string): LibraryBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  const out: LibraryBackup[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const file = path.join(backupDir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    out.push({ path: file, schemaVersion: Number(match[1]), createdAt: stat.mtime.toISOString(), bytes: stat.size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
}

/**
 * True when another connection (the app, `serve`, a CLI command) has the database open: an exclusive lock
 * cannot be taken. A file too damaged to lock counts as not in use.
 */
export function databaseInUse(file: string, options: DatabaseOptions = {}): boolean {
  if (!fs.existsSync(file)) return false;
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { ...options, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (e) {
    return (e as { code?: unknown }).code === 'SQLITE_BUSY' || (e as { code?: unknown }).code === 'SQLITE_LOCKED';
  } finally {
    probe?.close();
  }
}

interface RestoreOutcome {
  /** The backup the library now comes from (kept in place). */
  restoredFrom: string;
  /** Where the replaced (damaged) database was moved, or null when there was none. */
  damagedCopy: string | null;
}

/**
 * Replaces `databasePath` with a backup (the newest unless `backupPath` names one in `backupDir`). The backup
 * must pass `integrity_check`; the current file (with its -wal/-shm) is moved aside into
 * `backups/damaged-<time>/`, never deleted; the copy is written beside the library and renamed into place.
 * Refused while another process has the library open. The next open migrates the restored copy as usual.
 */
export function restoreBackup(
  databasePath: string,
  backupDir: string,
  opts: { backupPath?: string | undefined; nativeBinding?: string | undefined; now?: () => Date } = {},
): RestoreOutcome {
  const dbOptions: DatabaseOptions = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  const backups = listBackups(backupDir);
  const chosen = opts.backupPath
    ? backups.find((b) => path.resolve(b.path) === path.resolve(opts.backupPath!))
    : backups[0];
  if (!chosen) {
    throw new AppError(
      'NOT_FOUND',
      opts.backupPath
        ? `${opts.backupPath} is not a library backup in ${backupDir}.`
        : `There is no library backup in ${backupDir}; Coursewright takes one before each upgrade of the library.`,
    );
  }
  const backup = new Database(chosen.path, { ...dbOptions, readonly: true, fileMustExist: true });
  let problems: string[];
  try {
    problems = checkDatabase(backup, 'full');
  } finally {
    backup.close();
  }
  if (problems.length > 0) {
    throw new AppError(
      'LIBRARY_CORRUPT',
      `The backup ${chosen.path} is damaged too (${problems[0]}); it was not used.`,
      {
        problems,
      },
    );
  }
  if (databaseInUse(databasePath, dbOptions)) {
    throw new AppError(
      'CONFLICT',
      `The library ${databasePath} is open in another Coursewright (the app, \`serve\` or a command); close it first.`,
    );
  }

  const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  let damagedCopy: string | null = null;
  const present = ['', '-wal', '-shm'].filter((s) => fs.existsSync(databasePath + s));
  if (present.length > 0) {
    damagedCopy = path.join(backupDir, `replaced-${stamp}`);
    fs.mkdirSync(damagedCopy, { recursive: true });
    for (const suffix of present) {
      fs.renameSync(databasePath + suffix, path.join(damagedCopy, path.basename(databasePath) + suffix));
    }
  }
  const partial = `${databasePath}.restore-partial`;
  fs.copyFileSync(chosen.path, partial);
  const fd = fs.openSync(partial, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, databasePath);
  return { restoredFrom: chosen.path, damagedCopy };
}

/**
 * Checks a library folder's database without opening it as a library (no migration, no writes), so a damaged
 * one can be examined: `coursewright library check`.
 */
export function checkLibraryFile(
  databasePath: string,
  backupDir: string,
  kind: CheckKind,
  nativeBinding?: string,
): HealthReport {
  if (!fs.existsSync(databasePath)) throw new AppError('NOT_FOUND', `There is no library database at ${databasePath}.`);
  let db: Database.Database;
  try {
    db = new Database(databasePath, { ...(nativeBinding ? { nativeBinding } : {}), readonly: true });
  } catch (e) {
    throw new AppError('IO', `Could not open ${databasePath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return healthReport(db, kind, backupDir);
  } finally {
    db.close();
  }
}
