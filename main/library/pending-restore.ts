import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';
import { BACKUPS_DIR, databaseInUse, listBackups, restoreBackup } from './library-health';
import { RESTORE_PENDING_FILE } from './library-files';

/**
 * The app cannot swap the database it has open, so `library.restoreBackup` writes this marker and the next
 * open (by whichever process starts first once no one has the library open) carries the restore out.
 */
export { RESTORE_PENDING_FILE } from './library-files';

export interface PendingRestoreOutcome {
  done: boolean;
  backupPath: string;
  /** Where the replaced database was moved (when done). */
  damagedCopy: string | null;
  /** Why it was not done (still in use: tried again at the next open; anything else: dropped). */
  error: string | null;
}

/** Records that the next open should restore `backupPath` (the newest backup when omitted). */
export function scheduleRestore(libraryDir: string, backupPath?: string): { backupPath: string } {
  const backups = listBackups(path.join(libraryDir, BACKUPS_DIR));
  const chosen = backupPath ? backups.find((b) => path.resolve(b.path) === path.resolve(backupPath)) : backups[0];
  if (!chosen) {
    throw new AppError(
      'NOT_FOUND',
      backupPath
        ? `${backupPath} is not a backup of this library.`
        : 'This library has no backup; Coursewright takes one before each upgrade of the library.',
    );
  }
  const marker = path.join(libraryDir, RESTORE_PENDING_FILE);
  const partial = `${marker}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ backupPath: chosen.path, requestedAt: new Date().toISOString() }));
  fs.renameSync(partial, marker);
  return { backupPath: chosen.path };
}

/** The scheduled restore, if any (for `library.check`). */
export function pendingRestore(libraryDir: string): string | null {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(libraryDir, RESTORE_PENDING_FILE), 'utf8')) as unknown;
    const backupPath = (json as { backupPath?: unknown } | null)?.backupPath;
    return typeof backupPath === 'string' ? backupPath : null;
  } catch {
    return null;
  }
}

/** Carries out a scheduled restore before the database is opened; null when none was scheduled. */
export function applyPendingRestore(
  libraryDir: string,
  databasePath: string,
  nativeBinding?: string,
): PendingRestoreOutcome | null {
  const marker = path.join(libraryDir, RESTORE_PENDING_FILE);
  if (!fs.existsSync(marker)) return null;
  const backupPath = pendingRestore(libraryDir);
  if (backupPath === null) {
    fs.rmSync(marker, { force: true });
    return null;
  }
  const binding = nativeBinding ? { nativeBinding } : {};
  if (databaseInUse(databasePath, binding)) {
    return {
      done: false,
      backupPath,
      damagedCopy: null,
      error:
        'The library is open in another Coursewright process; the restore happens at the next start after it closes.',
    };
  }
  try {
    const outcome = restoreBackup(databasePath, path.join(libraryDir, BACKUPS_DIR), { backupPath, ...binding });
    return { done: true, backupPath, damagedCopy: outcome.damagedCopy, error: null };
  } catch (e) {
    return { done: false, backupPath, damagedCopy: null, error: e instanceof Error ? e.message : String(e) };
  } finally {
    // Unless another process held the library (returned above), the request is settled either way.
    fs.rmSync(marker, { force: true });
  }
}
