import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { configureConnection } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration009MediaJobLease as leaseMigration } from '../../../main/library/migrations/009-media-job-lease';
import { JobStore } from '../../../main/media/queue/job-store';

/** Data-level check of the lease migration: job rows written before it keep their data and gain no owner. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lease-migration-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function databaseBeforeLeases(): Database.Database {
  const db = new Database(path.join(dir, 'library.sqlite'));
  configureConnection(db);
  const index = MIGRATIONS.indexOf(leaseMigration);
  expect(index).toBeGreaterThan(0);
  for (const m of MIGRATIONS.slice(0, index)) m.up(db);
  const t = '2026-01-02T03:04:05.000Z';
  db.prepare(
    `INSERT INTO assets (id, kind, sha256, mime, file_name, size, stored_path, created_at)
     VALUES ('a1', 'video', ?, 'video/mp4', 'talk.mp4', 10, 'media/originals/aa/a.mp4', ?)`,
  ).run('a'.repeat(64), t);
  const job = db.prepare(
    `INSERT INTO media_jobs (id, asset_id, kind, state, progress, attempts, temp_paths, created_at, started_at, updated_at)
     VALUES (?, 'a1', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  job.run('j-running', 'video', 'running', 0.4, 1, JSON.stringify([path.join(dir, 'v.partial.mp4')]), t, t, t);
  job.run('j-queued', 'poster', 'queued', 0, 0, '[]', t, null, t);
  job.run('j-done', 'audio', 'done', 1, 1, '[]', t, t, t);
  return db;
}

describe(`migration ${leaseMigration.name}`, () => {
  it('adds owner and lease columns, keeps every job row as it was, and leaves old running jobs ownerless', () => {
    const db = databaseBeforeLeases();
    const before = db.prepare(`SELECT * FROM media_jobs ORDER BY seq`).all();
    leaseMigration.up(db);
    const after = db.prepare(`SELECT * FROM media_jobs ORDER BY seq`).all() as Record<string, unknown>[];
    expect(after).toHaveLength(3);
    const leaseCols = ['owner_id', 'owner_pid', 'owner_host', 'owner_started_at', 'attempt_id', 'lease_expires_at'];
    after.forEach((row, i) => {
      expect(row).toMatchObject(before[i] as Record<string, unknown>);
      for (const c of leaseCols) expect(row[c]).toBeNull();
    });

    // Nothing renews an ownerless running job: the first queue to look takes it back, the others stay.
    const store = new JobStore(db);
    expect(store.recoverInterrupted().map((j) => j.id)).toEqual(['j-running']);
    expect(store.list().map((j) => [j.id, j.state])).toEqual([
      ['j-running', 'queued'],
      ['j-queued', 'queued'],
      ['j-done', 'done'],
    ]);
    const claimed = store.claimNext()!;
    expect(claimed).toMatchObject({ id: 'j-running', state: 'running', attempts: 2 });
    expect(claimed.attemptId).toMatch(/^[0-9a-f-]{36}$/);
    const owner = db
      .prepare(`SELECT owner_id, owner_pid, lease_expires_at FROM media_jobs WHERE id = 'j-running'`)
      .get();
    expect(owner).toMatchObject({ owner_id: store.owner.id, owner_pid: process.pid });
    db.close();
  });
});
