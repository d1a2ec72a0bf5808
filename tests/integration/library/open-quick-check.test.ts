import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { appErrorOfAsync, tempDir } from './helpers';

/** A database at `migrations`' version whose `assets` table is damaged on disk (a table opening never reads). */
async function damaged(migrations = MIGRATIONS): Promise<string> {
  const file = path.join(tempDir('cw-quick-'), 'library.sqlite');
  (await openDatabase(file, { migrations })).db.close();
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'assets'`).pluck().get() as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, (root - 1) * pageSize);
  fs.closeSync(fd);
  return file;
}

describe('the open-time quick check', () => {
  it('refuses a damaged library by default', async () => {
    const file = await damaged();
    expect((await appErrorOfAsync(() => openDatabase(file))).code).toBe('LIBRARY_CORRUPT');
  });

  it('is skipped for a read-only open of a current library (reads meet damage where they touch it)', async () => {
    const file = await damaged();
    const { db } = await openDatabase(file, { quickCheck: false });
    try {
      expect(db.prepare(`SELECT count(*) FROM courses`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('still runs before a migration writes, even when asked to skip it', async () => {
    const file = await damaged(MIGRATIONS.slice(0, -1));
    expect((await appErrorOfAsync(() => openDatabase(file, { quickCheck: false }))).code).toBe('LIBRARY_CORRUPT');
  });
});
