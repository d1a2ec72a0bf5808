import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared';
import type { MediaInfo } from '../probe';

export const JOB_KINDS = ['video', 'poster', 'audio', 'image', 'svg'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
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
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
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
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** The job as the contract shows it (no internal params or temp paths). */
export function toJobInfo({ params: _p, tempPaths: _t, ...info }: MediaJob): Omit<MediaJob, 'params' | 'tempPaths'> {
  return info;
}

const COLS = `id, asset_id, kind, state, progress, error, attempts, params, method, speed, temp_paths, created_at, started_at, finished_at`;

/** The persisted queue (migration 004). Every state change is one statement or one transaction. */
export class JobStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
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

  /** Oldest queued job, claimed atomically (queued → running, attempts + 1), or null. */
  claimNext(): MediaJob | null {
    return this.db
      .transaction(() => {
        const row = this.db.prepare(`SELECT id FROM media_jobs WHERE state = 'queued' ORDER BY seq LIMIT 1`).get() as
          { id: string } | undefined;
        if (!row) return null;
        const t = this.now();
        this.db
          .prepare(
            `UPDATE media_jobs SET state = 'running', attempts = attempts + 1, progress = 0, error = NULL, started_at = ?, finished_at = NULL, updated_at = ? WHERE id = ?`,
          )
          .run(t, t, row.id);
        return this.require(row.id);
      })
      .immediate();
  }

  /** Recorded BEFORE ffmpeg starts writing, so a crash mid-write still knows which files to delete. */
  setTempPaths(id: string, paths: readonly string[]): void {
    this.db
      .prepare(`UPDATE media_jobs SET temp_paths = ?, updated_at = ? WHERE id = ?`)
      .run(JSON.stringify(paths), this.now(), id);
  }

  setProgress(id: string, progress: number, speed: number | null): void {
    this.db
      .prepare(
        `UPDATE media_jobs SET progress = ?, speed = COALESCE(?, speed), updated_at = ? WHERE id = ? AND state = 'running'`,
      )
      .run(Math.min(1, Math.max(0, progress)), speed, this.now(), id);
  }

  /** Records the renditions (their files are already complete and renamed) and marks the job done, atomically. */
  complete(
    id: string,
    result: { method: JobMethod; speed: number | null },
    renditions: readonly RenditionRecord[],
  ): void {
    const t = this.now();
    this.db
      .transaction(() => {
        const upsert = this.db.prepare(
          `INSERT INTO media_renditions (asset_id, purpose, path, mime, size, width, height, duration, job_id, created_at)
           VALUES (@assetId, @purpose, @path, @mime, @size, @width, @height, @duration, @jobId, @t)
           ON CONFLICT (asset_id, purpose) DO UPDATE SET path = excluded.path, mime = excluded.mime, size = excluded.size,
             width = excluded.width, height = excluded.height, duration = excluded.duration, job_id = excluded.job_id,
             created_at = excluded.created_at`,
        );
        for (const r of renditions) upsert.run({ ...r, t });
        this.db
          .prepare(
            `UPDATE media_jobs SET state = 'done', progress = 1, method = ?, speed = ?, temp_paths = '[]', finished_at = ?, updated_at = ? WHERE id = ?`,
          )
          .run(result.method, result.speed, t, t, id);
      })
      .immediate();
  }

  finish(id: string, state: 'failed' | 'cancelled' | 'queued', error: string | null = null): void {
    const t = this.now();
    this.db
      .prepare(
        `UPDATE media_jobs SET state = ?, error = ?, temp_paths = '[]', finished_at = ?, updated_at = ?, progress = CASE WHEN ? = 'queued' THEN 0 ELSE progress END WHERE id = ?`,
      )
      .run(state, error, state === 'queued' ? null : t, t, state, id);
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

  /** Jobs a crash left `running` (with the temp files they were writing); they become queued again. */
  recoverInterrupted(): MediaJob[] {
    return this.db
      .transaction(() => {
        const stuck = this.list({ state: 'running' });
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
