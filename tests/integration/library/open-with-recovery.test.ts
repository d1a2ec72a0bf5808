import { libraryConnection } from '../../../main/library/sqlite-course-library';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { openCourseLibrary } from '../../../main/library/open-library';
import { openWithRecovery } from '../../../main/library/open-with-recovery';
import { appErrorOfAsync, tempDir } from './helpers';

/** An upgraded library (so a pre-upgrade backup exists) whose `courses` table is then damaged on disk. */
async function damagedLibraryWithBackup(): Promise<string> {
  const dir = tempDir('cw-recover-');
  const file = path.join(dir, 'library.sqlite');
  (await openDatabase(file, { migrations: MIGRATIONS.slice(0, -1) })).db.close();
  (await openCourseLibrary({ dir, seedSample: false })).close();
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'courses'`).pluck().get() as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, (root - 1) * pageSize);
  fs.closeSync(fd);
  return dir;
}

describe('opening a damaged library at start-up', () => {
  it('offers the newest backup; "restore" replaces the database (keeping the damaged one) and opens', async () => {
    const dir = await damagedLibraryWithBackup();
    const asked: string[] = [];
    const library = await openWithRecovery({
      libraryDir: dir,
      open: () => openCourseLibrary({ dir, seedSample: false }),
      askRestore: (error, backup) => {
        asked.push(`${error.code} ${path.basename(backup.path)}`);
        return Promise.resolve(true);
      },
    });
    try {
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/^LIBRARY_CORRUPT library-v\d+-/);
      expect(libraryConnection(library).pragma('integrity_check', { simple: true })).toBe('ok');
      expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.startsWith('replaced-'))).toBe(true);
    } finally {
      library.close();
    }
  });

  it('"quit" leaves everything as it was and reports LIBRARY_CORRUPT', async () => {
    const dir = await damagedLibraryWithBackup();
    const before = fs.readFileSync(path.join(dir, 'library.sqlite'));
    const error = await appErrorOfAsync(() =>
      openWithRecovery({
        libraryDir: dir,
        open: () => openCourseLibrary({ dir, seedSample: false }),
        askRestore: () => Promise.resolve(false),
      }),
    );
    expect(error.code).toBe('LIBRARY_CORRUPT');
    expect(fs.readFileSync(path.join(dir, 'library.sqlite')).equals(before)).toBe(true);
  });
});
