import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared';
import { resolveFfmpeg, type FfmpegPaths } from '../ffmpeg/resolve-ffmpeg';
import { processes, type ProcessRegistry } from '../ffmpeg/run-ffmpeg';
import { throttleProgress } from '../ffmpeg/throttle-progress';
import { commitFile, isPartialFile, removeQuietly } from '../transcode/output-file';
import { executeJob } from './execute-job';
import { JobStore, type JobKind, type JobParams, type JobState, type MediaJob } from './job-store';

export interface QueueEvent {
  jobId: string;
  assetId: string;
  state: JobState;
  fraction: number;
  message?: string;
}

export interface TranscodeQueueOptions {
  db: Database.Database;
  libraryDir: string;
  /** The stored original of an asset (from the library's records only). */
  sourceOf(assetId: string): { path: string; fileName: string } | null;
  /** Resolved lazily so a missing ffmpeg fails jobs with a plain message instead of breaking start-up. */
  ffmpeg?: FfmpegPaths | (() => FfmpegPaths);
  /** Jobs run at once; default half the cores, at least 1. */
  concurrency?: number;
  registry?: ProcessRegistry;
  throttleMs?: number;
  x264Preset?: string;
}

export const RENDITIONS_DIR = path.join('media', 'renditions');
export const defaultConcurrency = () => Math.max(1, Math.floor((os.availableParallelism?.() ?? os.cpus().length) / 2));

/**
 * The transcoding queue: jobs persist in SQLite, run up to `concurrency` at a time, report throttled
 * progress, can be cancelled and retried, and survive crashes (running jobs are queued again on start).
 */
export class TranscodeQueue {
  readonly store: JobStore;
  readonly concurrency: number;
  private readonly registry: ProcessRegistry;
  private readonly active = new Map<
    string,
    { assetId: string; controller: AbortController; reason: 'cancel' | 'stop' | null; done: Promise<void> }
  >();
  private readonly listeners = new Set<(e: QueueEvent) => void>();
  private idleWaiters: (() => void)[] = [];
  private started = false;
  private stopped = false;
  private paths: FfmpegPaths | null = null;

  constructor(private readonly opts: TranscodeQueueOptions) {
    this.store = new JobStore(opts.db);
    this.concurrency = Math.max(1, opts.concurrency ?? defaultConcurrency());
    this.registry = opts.registry ?? processes;
  }

  /** Recovers jobs a crash left running (deleting their partial files), then starts working. */
  async start(): Promise<MediaJob[]> {
    if (this.started && !this.stopped) return [];
    const recovered = this.store.recoverInterrupted();
    await removeQuietly(recovered.flatMap((j) => j.tempPaths));
    this.sweepPartials();
    this.started = true;
    this.stopped = false;
    this.pump();
    return recovered;
  }

  enqueue(assetId: string, kind: JobKind, params: JobParams = {}): MediaJob {
    const job = this.store.insert(assetId, kind, params);
    this.emit({ jobId: job.id, assetId, state: 'queued', fraction: 0 });
    this.pump();
    return job;
  }

  cancel(jobId: string): MediaJob {
    const job = this.store.require(jobId);
    const running = this.active.get(jobId);
    if (running) {
      running.reason = 'cancel';
      running.controller.abort();
    } else if (job.state === 'queued') {
      this.store.finish(jobId, 'cancelled', 'Cancelled');
      this.emit({ jobId, assetId: job.assetId, state: 'cancelled', fraction: job.progress, message: 'Cancelled' });
      this.checkIdle();
    } else {
      throw new AppError('CONFLICT', `The job is already ${job.state}; only queued or running jobs can be cancelled.`);
    }
    return this.store.require(jobId);
  }

  retry(jobId: string): MediaJob {
    const job = this.store.retry(jobId);
    this.emit({ jobId, assetId: job.assetId, state: 'queued', fraction: 0 });
    this.pump();
    return job;
  }

  onEvent(listener: (e: QueueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once nothing is queued or running (cancelled/failed jobs do not count). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves when no job of `assetId` is running any more (after cancelling them). */
  async whenSettled(assetId: string): Promise<void> {
    await Promise.all([...this.active.values()].filter((a) => a.assetId === assetId).map((a) => a.done));
  }

  /** Stops every running job (app quit). They stay queued and resume at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const a of this.active.values()) {
      a.reason = a.reason ?? 'stop';
      a.controller.abort();
    }
    await Promise.all([...this.active.values()].map((a) => a.done));
  }

  private isIdle(): boolean {
    return (
      this.active.size === 0 && (!this.started || this.stopped || this.store.list({ state: 'queued' }).length === 0)
    );
  }

  private checkIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private pump(): void {
    if (!this.started || this.stopped) return this.checkIdle();
    while (this.active.size < this.concurrency) {
      const job = this.store.claimNext();
      if (!job) break;
      const controller = new AbortController();
      const entry = {
        assetId: job.assetId,
        controller,
        reason: null as 'cancel' | 'stop' | null,
        done: Promise.resolve(),
      };
      this.active.set(job.id, entry);
      entry.done = this.run(job, entry).finally(() => {
        this.active.delete(job.id);
        this.pump();
      });
    }
    this.checkIdle();
  }

  private async run(
    job: MediaJob,
    entry: { controller: AbortController; reason: 'cancel' | 'stop' | null },
  ): Promise<void> {
    const { assetId } = job;
    let temps: string[] = [];
    // Events go out a few times a second; the row (a durable, fsynced write) at most once a second.
    let savedAt = 0;
    const throttled = throttleProgress(
      (u) => {
        if (Date.now() - savedAt >= 1000) {
          savedAt = Date.now();
          this.store.setProgress(job.id, u.fraction, u.speed);
        }
        this.emit({ jobId: job.id, assetId, state: 'running', fraction: u.fraction });
      },
      { intervalMs: this.opts.throttleMs ?? 250 },
    );
    this.emit({ jobId: job.id, assetId, state: 'running', fraction: 0 });
    let fileName = assetId;
    try {
      const source = this.opts.sourceOf(assetId);
      if (!source || !fs.existsSync(source.path))
        throw new AppError('NOT_FOUND', `The original file of asset ${assetId} is missing from the library.`);
      fileName = source.fileName;
      const outDir = path.join(this.opts.libraryDir, RENDITIONS_DIR, assetId);
      fs.mkdirSync(outDir, { recursive: true });
      let lastSpeed: number | null = null;
      const output = await executeJob({
        job,
        source: source.path,
        fileName: source.fileName,
        libraryDir: this.opts.libraryDir,
        outDir,
        ffmpeg: this.ffmpegPaths(),
        registry: this.registry,
        signal: entry.controller.signal,
        x264Preset: this.opts.x264Preset,
        recordTemps: (paths) => {
          temps = paths;
          this.store.setTempPaths(job.id, paths);
        },
        onProgress: (fraction, speed) => {
          lastSpeed = speed ?? lastSpeed;
          if (fraction < 1) throttled({ fraction, speed, outTimeSeconds: 0, totalSize: null, done: false });
        },
      });
      if (entry.controller.signal.aborted) throw new AppError('CANCELLED', 'Cancelled');
      // Files first, rows second: a row only ever names a complete file.
      const records = [];
      for (const r of output.renditions) {
        const size = r.tempPath ? await commitFile(r.tempPath, r.finalPath) : fs.statSync(r.finalPath).size;
        const { tempPath: _t, finalPath: _f, ...rest } = r;
        records.push({ ...rest, assetId, jobId: job.id, size });
      }
      this.store.complete(job.id, { method: output.method, speed: output.speed ?? lastSpeed }, records);
      throttled({ fraction: 1, speed: null, outTimeSeconds: 0, totalSize: null, done: true });
      this.emit({ jobId: job.id, assetId, state: 'done', fraction: 1 });
    } catch (e) {
      await removeQuietly(temps);
      const reason = entry.controller.signal.aborted ? (entry.reason ?? 'cancel') : null;
      if (reason === 'stop') {
        this.store.finish(job.id, 'queued');
        return;
      }
      const state = reason === 'cancel' ? 'cancelled' : 'failed';
      const message = state === 'cancelled' ? 'Cancelled' : describeFailure(e, fileName);
      this.store.finish(job.id, state, message);
      this.emit({ jobId: job.id, assetId, state, fraction: this.store.get(job.id)?.progress ?? 0, message });
    }
  }

  private ffmpegPaths(): FfmpegPaths {
    if (this.paths) return this.paths;
    const f = this.opts.ffmpeg;
    this.paths = typeof f === 'function' ? f() : (f ?? resolveFfmpeg());
    return this.paths;
  }

  /** Partial files nobody is writing (e.g. left by a crash before their job row was updated). */
  private sweepPartials(): void {
    const root = path.join(this.opts.libraryDir, RENDITIONS_DIR);
    if (!fs.existsSync(root)) return;
    for (const dir of fs.readdirSync(root)) {
      const full = path.join(root, dir);
      if (!fs.statSync(full).isDirectory()) continue;
      for (const name of fs.readdirSync(full))
        if (isPartialFile(name)) fs.rmSync(path.join(full, name), { force: true });
    }
  }

  private emit(e: QueueEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (err) {
        console.error('[media-queue] listener threw', err);
      }
    }
  }
}

/** A message that names the file, for the job list and the CLI. */
export function describeFailure(e: unknown, fileName: string): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.includes(fileName) ? message : `${fileName}: ${message}`;
}
