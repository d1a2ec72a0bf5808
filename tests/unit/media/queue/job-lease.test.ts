import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { configureConnection } from '../../../../main/library/database';
import { MIGRATIONS } from '../../../../main/library/migrations';
import { LEASE_MS, ownerIsGone, type JobOwner } from '../../../../main/media/queue/job-owner';
import { JobStore, LostLeaseError } from '../../../../main/media/queue/job-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lease-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const me: JobOwner = { id: 'me', pid: process.pid, host: 'here', startedAt: '2026-01-01T00:00:00.000Z' };
const other: JobOwner = { id: 'other', pid: process.ppid, host: 'here', startedAt: '2026-01-01T00:00:00.000Z' };

describe('ownerIsGone', () => {
  const row = (o: Partial<JobOwner>, lease: number | null) => ({
    owner_id: o.id ?? null,
    owner_pid: o.pid ?? null,
    owner_host: o.host ?? null,
    lease_expires_at: lease,
  });
  const alive = () => true;
  const dead = () => false;
  it('keeps a job whose owner is alive and within its lease', () => {
    expect(ownerIsGone(row(other, 2000), me, 1000, alive)).toBe(false);
    expect(ownerIsGone(row({ ...other, host: 'elsewhere' }, 2000), me, 1000, dead)).toBe(false);
  });
  it('takes a job whose lease expired, whose pid died on this host, or that has no owner', () => {
    expect(ownerIsGone(row(other, 1000), me, 1000, alive)).toBe(true);
    expect(ownerIsGone(row(other, 2000), me, 1000, dead)).toBe(true);
    expect(ownerIsGone(row({}, null), me, 1000, alive)).toBe(true);
    // Our pid under another instance: an earlier process whose pid we reuse.
    expect(ownerIsGone(row({ ...other, pid: me.pid }, 2000), me, 1000, alive)).toBe(true);
  });
});

describe('JobStore leases', () => {
  it('a taken-over attempt can neither record renditions, nor change the row, nor renew', () => {
    const db = new Database(path.join(dir, 'lib.sqlite'));
    configureConnection(db);
    for (const m of MIGRATIONS) m.up(db);
    db.prepare(
      `INSERT INTO assets (id, kind, sha256, mime, file_name, size, stored_path, created_at) VALUES ('a', 'video', ?, 'video/mp4', 'a.mp4', 1, 'x', 't')`,
    ).run('b'.repeat(64));
    let clock = 0;
    const mine = new JobStore(db, undefined, me, () => clock);
    const theirs = new JobStore(db, undefined, other, () => clock);
    const job = mine.insert('a', 'video');
    const first = mine.claimNext()!;
    expect(theirs.recoverInterrupted()).toEqual([]); // lease current: not theirs to take
    clock += LEASE_MS + 1; // we stalled past the lease
    expect(theirs.recoverInterrupted().map((j) => j.id)).toEqual([job.id]);
    const second = theirs.claimNext()!;
    expect(second.attemptId).not.toBe(first.attemptId);

    expect(mine.renewLeases(new Map([[job.id, first.attemptId!]]))).toEqual([job.id]);
    expect(() => mine.setTempPaths(job.id, first.attemptId!, ['/x'])).toThrow(LostLeaseError);
    let renamed = false;
    const record = {
      assetId: 'a',
      purpose: 'video-720p',
      path: 'p',
      mime: 'video/mp4',
      width: 1,
      height: 1,
      duration: 1,
      jobId: job.id,
    };
    const commit = () => {
      renamed = true;
      return new Map([['video-720p', 5]]);
    };
    expect(() => mine.complete(job.id, first.attemptId!, { method: 'encode', speed: null }, [record], commit)).toThrow(
      LostLeaseError,
    );
    expect(renamed).toBe(false);
    expect(mine.finish(job.id, 'failed', 'stale', first.attemptId!)).toBe(false);
    expect(theirs.get(job.id)).toMatchObject({ state: 'running', attempts: 2, error: null });

    expect(theirs.renewLeases(new Map([[job.id, second.attemptId!]]))).toEqual([]);
    theirs.complete(job.id, second.attemptId!, { method: 'encode', speed: null }, [record], commit);
    expect(renamed).toBe(true);
    expect(theirs.get(job.id)).toMatchObject({ state: 'done', attemptId: null });
    expect(theirs.renditions('a')).toMatchObject([{ purpose: 'video-720p', size: 5, jobId: job.id }]);
    db.close();
  });
});
