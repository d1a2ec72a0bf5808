import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared';
import type { MediaInfo } from '../probe';
import { currentOwner, LEASE_MS, ownerIsGone, type JobOwner, type LeaseRow } from './job-owner';

export type JobKind = 'video' | 'poster' | 'audio' | 'image' | 'svg';
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
/** How a job produced its output: benchmarks and tests assert the fast path was (or was not) taken. */
export type JobMethod =
  'remux' | 'encode' | 'frames' | 'loudnorm-2pass' | 'loudnorm-1pass' | 'reencode' | 'original' | 'sanitize';

export interface JobParams {
  quality?: '1080p' | '720p' | '480p';
  preset?: 'quality' | 'size';
  /** The source's probe from import time, so the job need not run ffprobe again. */
  probe?: MediaInfo;
}

export interface MediaJob {
  id: string;
  assetId: string;
  kind: JobKind;
  state: JobState;
  progress: number;
  error: string | null;
  attempts: number;
  params: JobParams;
  method: JobMethod | null;
  speed: number | null;
  tempPaths: string[];
  /** The current run of a running job; its temp files are named after it and only it may record renditions. */
  attemptId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Thrown when an attempt no longer holds its job (another process took it over, or it was cancelled). */
export class LostLeaseError extends Error {
  constructor(jobId: string) {
    super(`Job ${jobId} is no longer run by this process.`);
    this.name = 'LostLeaseError';
  }
}

export interface RenditionRecord {
  assetId: string;
  purpose: string;
  /** Relative to the library folder, forward slashes. */
  path: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  duration: number | null;
  jobId: string | null;
}

interface JobRow {
  id: string;
  asset_id: string;
  kind: JobKind;
  state: JobState;
  progress: number;
  error: string | null;
  attempts: number;
  params: string;
  method: JobMethod | null;
  speed: number | null;
  temp_paths: string;
  attempt_id: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

const toJob = (r: JobRow): MediaJob => ({
  id: r.id,
  assetId: r.asset_id,
  kind: r.kind,
  state: r.state,
  progress: r.progress,
  error: r.error,
  attempts: r.attempts,
  params: JSON.parse(r.params) as JobParams,
  method: r.method,
  speed: r.speed,
  tempPaths: JSON.parse(r.temp_paths) as string[],
  attemptId: r.attempt_id,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** The job as the contract shows it (no internal params, temp paths or attempt). */
export function toJobInfo({
  params: _p,
  tempPaths: _t,
  attemptId: _a,
  ...info
}: MediaJob): Omit<MediaJob, 'params' | 'tempPaths' | 'attemptId'> {
  return info;
}

const COLS = `id, asset_id, kind, state, progress, error, attempts, params, method, speed, temp_paths, attempt_id, created_at, started_at, finished_at`;
/** Clears the owner when a job leaves `running`. */
const NO_OWNER = `owner_id = NULL, owner_pid = NULL, owner_host = NULL, owner_started_at = NULL, attempt_id = NULL, lease_expires_at = NULL`;

/**
 * The persisted queue (migrations 004 and 007). Every state change is one statement or one transaction. A running
 * job belongs to one attempt of one process (its lease); writes about a running job name the attempt and change
 * nothing once another process has taken the job over.
 */
export class JobStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
    readonly owner: JobOwner = currentOwner(),
    private readonly clock: () => number = Date.now,
  ) {}

  insert(assetId: string, kind: JobKind, params: JobParams = {}): MediaJob {
    const id = randomUUID();
    const t = this.now();
    this.db
      .prepare(
        `INSERT INTO media_jobs (id, asset_id, kind, state, params, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)`,
      )
      .run(id, assetId, kind, JSON.stringify(params), t, t);
    return this.require(id);
  }

  get(id: string): MediaJob | null {
    const row = this.db.prepare(`SELECT ${COLS} FROM media_jobs WHERE id = ?`).get(id) as JobRow | undefined;
    return row ? toJob(row) : null;
  }

  require(id: string): MediaJob {
    const job = this.get(id);
    if (!job) throw new AppError('NOT_FOUND', `No media job with id ${id} exists.`, { kind: 'job', id });
    return job;
  }

  list(filter: { assetId?: string; state?: JobState } = {}): MediaJob[] {
    const where: string[] = [];
    const args: string[] = [];
    if (filter.assetId) {
      where.push('asset_id = ?');
      args.push(filter.assetId);
    }
    if (filter.state) {
      where.push('state = ?');
      args.push(filter.state);
    }
    const sql = `SELECT ${COLS} FROM media_jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    return (this.db.prepare(sql).all(...args) as JobRow[]).map(toJob);
  }

  /** Oldest queued job (of `kinds`, when given), claimed atomically for this process with a fresh lease, or null. */
  claimNext(kinds?: readonly JobKind[]): MediaJob | null {
    return this.db
      .transaction(() => {
        const only = kinds ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
        const row = this.db
          .prepare(`SELECT id FROM media_jobs WHERE state = 'queued' ${only} ORDER BY seq LIMIT 1`)
          .get(...(kinds ?? [])) as { id: string } | undefined;
        if (!row) return null;
        const t = this.now();
        const o = this.owner;
        this.db
          .prepare(
            `UPDATE media_jobs SET state = 'running', attempts = attempts + 1, progress = 0, error = NULL, started_at = ?,
               finished_at = NULL, updated_at = ?, owner_id = ?, owner_pid = ?, owner_host = ?, owner_started_at = ?,
               attempt_id = ?, lease_expires_at = ? WHERE id = ?`,
          )
          .run(t, t, o.id, o.pid, o.host, o.startedAt, randomUUID(), this.clock() + LEASE_MS, row.id);
        return this.require(row.id);
      })
      .immediate();
  }

  /**
   * Heartbeat: extends the lease of each attempt this process still holds; returns the job ids it no longer
   * holds (cancelled elsewhere or taken over after a stall), whose work must stop.
   */
  renewLeases(attempts: ReadonlyMap<string, string>): string[] {
    const lost: string[] = [];
    const renew = this.db.prepare(
      `UPDATE media_jobs SET lease_expires_at = ? WHERE id = ? AND attempt_id = ? AND owner_id = ? AND state = 'running'`,
    );
    this.db.transaction(() => {
      for (const [id, attemptId] of attempts)
        if (renew.run(this.clock() + LEASE_MS, id, attemptId, this.owner.id).changes === 0) lost.push(id);
    })();
    return lost;
  }

  /** Recorded BEFORE ffmpeg starts writing, so a crash mid-write still knows which files to delete. */
  setTempPaths(id: string, attemptId: string, paths: readonly string[]): void {
    const r = this.db
      .prepare(
        `UPDATE media_jobs SET temp_paths = ?, updated_at = ? WHERE id = ? AND attempt_id = ? AND state = 'running'`,
      )
      .run(JSON.stringify(paths), this.now(), id, attemptId);
    if (r.changes === 0) throw new LostLeaseError(id);
  }

  setProgress(id: string, attemptId: string, progress: number, speed: number | null): void {
    this.db
      .prepare(
        `UPDATE media_jobs SET progress = ?, speed = COALESCE(?, speed), updated_at = ? WHERE id = ? AND attempt_id = ? AND state = 'running'`,
      )
      .run(Math.min(1, Math.max(0, progress)), speed, this.now(), id, attemptId);
  }

  /**
   * Marks the job done and records its renditions, only while `attemptId` still holds the job: under the write
   * lock, so no other process can take the job over between the check, `commitFiles` (which renames the
   * complete files into place and returns their sizes by purpose) and the rows. Throws LostLeaseError otherwise.
   */
  complete(
    id: string,
    attemptId: string,
    result: { method: JobMethod; speed: number | null },
    renditions: readonly Omit<RenditionRecord, 'size'>[],
    commitFiles: () => Map<string, number>,
  ): void {
    const t = this.now();
    this.db
      .transaction(() => {
        const holds = this.db
          .prepare(`SELECT 1 FROM media_jobs WHERE id = ? AND attempt_id = ? AND state = 'running'`)
          .get(id, attemptId);
        if (!holds) throw new LostLeaseError(id);
        const sizes = commitFiles();
        const upsert = this.db.prepare(
          `INSERT INTO media_renditions (asset_id, purpose, path, mime, size, width, height, duration, job_id, created_at)
           VALUES (@assetId, @purpose, @path, @mime, @size, @width, @height, @duration, @jobId, @t)
           ON CONFLICT (asset_id, purpose) DO UPDATE SET path = excluded.path, mime = excluded.mime, size = excluded.size,
             width = excluded.width, height = excluded.height, duration = excluded.duration, job_id = excluded.job_id,
             created_at = excluded.created_at`,
        );
        for (const r of renditions) upsert.run({ ...r, size: sizes.get(r.purpose) ?? 0, t });
        this.db
          .prepare(
            `UPDATE media_jobs SET state = 'done', progress = 1, method = ?, speed = ?, temp_paths = '[]', finished_at = ?,
               updated_at = ?, ${NO_OWNER} WHERE id = ?`,
          )
          .run(result.method, result.speed, t, t, id);
      })
      .immediate();
  }

  /**
   * Ends a job (or puts it back in the queue). With `attemptId`, only while that attempt still holds it:
   * a stale attempt never overwrites what the process that took the job over decided.
   */
  finish(
    id: string,
    state: 'failed' | 'cancelled' | 'queued',
    error: string | null = null,
    attemptId?: string,
  ): boolean {
    const t = this.now();
    const r = this.db
      .prepare(
        `UPDATE media_jobs SET state = ?, error = ?, temp_paths = '[]', finished_at = ?, updated_at = ?, ${NO_OWNER},
           progress = CASE WHEN ? = 'queued' THEN 0 ELSE progress END
         WHERE id = ? ${attemptId ? `AND attempt_id = ? AND state = 'running'` : ''}`,
      )
      .run(state, error, state === 'queued' ? null : t, t, state, id, ...(attemptId ? [attemptId] : []));
    return r.changes > 0;
  }

  /** Failed or cancelled → queued again. */
  retry(id: string): MediaJob {
    const job = this.require(id);
    if (job.state !== 'failed' && job.state !== 'cancelled') {
      throw new AppError('CONFLICT', `Only failed or cancelled jobs can be retried; this one is ${job.state}.`);
    }
    this.finish(id, 'queued');
    return this.require(id);
  }

  /**
   * Jobs left `running` by a process that is gone (lease expired, or its pid is dead on this host) become queued
   * again; returned with the temp files they were writing. Jobs another live process runs are left alone.
   */
  recoverInterrupted(): MediaJob[] {
    const abandoned = () => {
      const rows = this.db
        .prepare(
          `SELECT id, owner_id, owner_pid, owner_host, lease_expires_at FROM media_jobs WHERE state = 'running' ORDER BY seq`,
        )
        .all() as (LeaseRow & { id: string })[];
      const now = this.clock();
      return rows.filter((r) => ownerIsGone(r, this.owner, now));
    };
    // Looked at first without the write lock: every process asks every heartbeat, and nearly always nothing is gone.
    if (abandoned().length === 0) return [];
    return this.db
      .transaction(() => {
        const stuck = abandoned().map((r) => this.require(r.id));
        for (const job of stuck) this.finish(job.id, 'queued');
        return stuck;
      })
      .immediate();
  }

  renditions(assetId?: string): RenditionRecord[] {
    const sql = `SELECT asset_id AS assetId, purpose, path, mime, size, width, height, duration, job_id AS jobId FROM media_renditions ${assetId ? 'WHERE asset_id = ?' : ''} ORDER BY asset_id, purpose`;
    return this.db.prepare(sql).all(...(assetId ? [assetId] : [])) as RenditionRecord[];
  }
}
