import path from 'node:path';
import { AppError } from '../../shared';
import { BACKUPS_DIR, listBackups, restoreBackup, type LibraryBackup } from './library-health';
import { DATABASE_FILE } from './open-library';

interface OpenWithRecoveryOptions<T> {
  libraryDir: string;
  nativeBinding?: string | undefined;
  /** Opens the library (and whatever is built on it). */
  open: () => Promise<T>;
  /** Asked when the library is damaged and a pre-upgrade backup exists: true restores it and opens again. */
  askRestore: (error: AppError, backup: LibraryBackup) => Promise<boolean>;
}

/**
 * Opens the library; when it is damaged (LIBRARY_CORRUPT) and a backup exists, asks the user whether to go back
 * to it (the app's start-up dialog), restores it (the damaged file is kept) and opens once more. Anything else,
 * or a "no", is thrown as it was.
 */
export async function openWithRecovery<T>(opts: OpenWithRecoveryOptions<T>): Promise<T> {
  try {
    return await opts.open();
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'LIBRARY_CORRUPT') throw e;
    const backupDir = path.join(opts.libraryDir, BACKUPS_DIR);
    const backup = listBackups(backupDir)[0];
    if (!backup || !(await opts.askRestore(e, backup))) throw e;
    restoreBackup(path.join(opts.libraryDir, DATABASE_FILE), backupDir, {
      backupPath: backup.path,
      nativeBinding: opts.nativeBinding,
    });
    return opts.open();
  }
}
