import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared';
import { resolveFfmpeg, type FfmpegPaths } from '../ffmpeg/resolve-ffmpeg';
import { processes, type ProcessRegistry } from '../ffmpeg/run-ffmpeg';
import { throttleProgress } from '../ffmpeg/throttle-progress';
import { isPartialFile, removeQuietly, renameIntoPlace, syncFile } from '../transcode/output-file';
import { executeJob } from './execute-job';
import { HEARTBEAT_MS } from './job-owner';
import { JobStore, LostLeaseError, type JobKind, type JobParams, type JobState, type MediaJob } from './job-store';
import { createJobWatcher } from './job-watcher';
import { createProgressEstimate } from './progress-estimate';

export interface QueueEvent {
  jobId: string;
  assetId: string;
  state: JobState;
  fraction: number;
  /** Estimated seconds left while running (null while unknown), 0 once done. */
  etaSeconds?: number | null;
  message?: string;
}

interface TranscodeQueueOptions {
  db: Database.Database;
  libraryDir: string;
  /** The stored original of an asset (from the library's records only). */
  sourceOf(assetId: string): { path: string; fileName: string } | null;
  /** Resolved lazily so a missing ffmpeg fails jobs with a plain message instead of breaking start-up. */
  ffmpeg?: FfmpegPaths | (() => FfmpegPaths);
  /** Jobs run at once per lane; default half the cores, at least 1. */
  concurrency?: number;
  registry?: ProcessRegistry;
  throttleMs?: number;
  x264Preset?: string;
  /** How often other processes' changes and dead owners are looked for (default 500 ms). */
  pollMs?: number;
}

export const RENDITIONS_DIR = path.join('media', 'renditions');
export const defaultConcurrency = () => Math.max(1, Math.floor((os.availableParallelism?.() ?? os.cpus().length) / 2));

/**
 * Lanes: a long video encode never holds up the short jobs (images, audio, posters, SVG), which have slots of
 * their own (issue 12 §2). Each lane runs up to `concurrency` jobs.
 */
const LANES = { video: ['video'], fast: ['poster', 'audio', 'image', 'svg'] } as const satisfies Record<
  string,
  readonly JobKind[]
>;
type Lane = keyof typeof LANES;
const ENDED: ReadonlySet<JobState> = new Set(['done', 'failed', 'cancelled']);

type StopReason = 'cancel' | 'stop' | 'lost';
interface ActiveJob {
  assetId: string;
  attemptId: string;
  lane: Lane;
  controller: AbortController;
  reason: StopReason | null;
  done: Promise<void>;
}

/**
 * The transcoding queue: jobs persist in SQLite, run in lanes up to `concurrency` at a time, report throttled
 * progress with time left, can be cancelled and retried, and survive crashes. Several processes may share one
 * library: each job runs under the lease of one process, renewed by heartbeat; a process takes over only jobs
 * whose owner is gone, and sees the others' job changes as events.
 */
export class TranscodeQueue {
  readonly store: JobStore;
  readonly concurrency: number;
  private readonly registry: ProcessRegistry;
  private readonly active = new Map<string, ActiveJob>();
  private readonly listeners = new Set<(e: QueueEvent) => void>();
  private idleWaiters: (() => void)[] = [];
  private endWaiters: { ids: readonly string[]; resolve: () => void }[] = [];
  private readonly watcher;
  private timer: NodeJS.Timeout | null = null;
  private lastBeat = 0;
  private started = false;
  private stopped = false;
  private paths: FfmpegPaths | null = null;

  constructor(private readonly opts: TranscodeQueueOptions) {
    this.store = new JobStore(opts.db);
    this.concurrency = Math.max(1, opts.concurrency ?? defaultConcurrency());
    this.registry = opts.registry ?? processes;
    this.watcher = createJobWatcher(
      opts.db,
      (id) => this.active.has(id),
      (e) => this.emit(e),
    );
  }

  /** Requeues jobs whose owner is gone (deleting their partial files), then starts working and watching. */
  async start(): Promise<MediaJob[]> {
    if (this.started && !this.stopped) return [];
    const recovered = this.recoverOrphans();
    this.sweepPartials();
    this.started = true;
    this.stopped = false;
    this.timer = setInterval(() => this.tick(), this.opts.pollMs ?? 500);
    this.timer.unref();
    this.pump();
    return recovered;
  }

  /**
   * Jobs left `running` by a process that is gone become queued again and their partial files go (safe from any
   * process, at any time: a job another live process runs is never touched). Lists call it too, so a job never
   * shows `running` when no process runs it.
   */
  recoverOrphans(): MediaJob[] {
    const recovered = this.store.recoverInterrupted();
    for (const file of recovered.flatMap((j) => j.tempPaths)) fs.rmSync(file, { force: true });
    for (const j of recovered) this.emit({ jobId: j.id, assetId: j.assetId, state: 'queued', fraction: 0 });
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
    } else if (job.state === 'queued' || job.state === 'running') {
      // Queued here, or running in another process: that process sees it lost the job at its next heartbeat.
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

  /** Resolves once nothing is queued or running here (cancelled/failed jobs do not count). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves once every job in `ids` has ended (done, failed, cancelled), whichever process ran it. */
  whenJobsEnd(ids: readonly string[]): Promise<void> {
    if (this.haveEnded(ids)) return Promise.resolve();
    return new Promise((resolve) => this.endWaiters.push({ ids, resolve }));
  }

  /** Resolves when no job of `assetId` is running any more (after cancelling them). */
  async whenSettled(assetId: string): Promise<void> {
    await Promise.all([...this.active.values()].filter((a) => a.assetId === assetId).map((a) => a.done));
  }

  /** Stops every running job (app quit). They go back to the queue and resume at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const a of this.active.values()) {
      a.reason = a.reason ?? 'stop';
      a.controller.abort();
    }
    await Promise.all([...this.active.values()].map((a) => a.done));
  }

  /** Heartbeat, takeover of abandoned jobs, and other processes' changes. Never throws (it runs on a timer). */
  private tick(): void {
    if (this.stopped) return;
    if (!this.opts.db.open) {
      // The library was closed under us (without stop()): nothing left to watch.
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      return;
    }
    try {
      const changed = this.watcher.poll();
      if (Date.now() - this.lastBeat >= HEARTBEAT_MS) {
        this.lastBeat = Date.now();
        const attempts = new Map([...this.active].map(([id, a]) => [id, a.attemptId]));
        for (const id of attempts.size ? this.store.renewLeases(attempts) : []) {
          const a = this.active.get(id);
          if (!a) continue;
          a.reason = 'lost';
          a.controller.abort();
        }
        if (this.recoverOrphans().length) this.pump();
      }
      if (changed) this.pump();
      this.checkEnded();
    } catch (e) {
      // A busy or closing database: the next tick tries again (a lease outlives several missed beats).
      console.error('[media-queue] heartbeat failed', e);
    }
  }

  private isIdle(): boolean {
    return (
      this.active.size === 0 && (!this.started || this.stopped || this.store.list({ state: 'queued' }).length === 0)
    );
  }

  private haveEnded(ids: readonly string[]): boolean {
    return ids.every((id) => {
      const j = this.store.get(id);
      return !j || ENDED.has(j.state);
    });
  }

  private checkIdle(): void {
    this.checkEnded();
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private checkEnded(): void {
    if (this.endWaiters.length === 0) return;
    const ready = this.endWaiters.filter((w) => this.haveEnded(w.ids));
    this.endWaiters = this.endWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  private pump(): void {
    if (!this.started || this.stopped) return this.checkIdle();
    for (const lane of Object.keys(LANES) as Lane[]) {
      while ([...this.active.values()].filter((a) => a.lane === lane).length < this.concurrency) {
        const job = this.store.claimNext(LANES[lane]);
        if (!job) break;
        const entry: ActiveJob = {
          assetId: job.assetId,
          attemptId: job.attemptId ?? '',
          lane,
          controller: new AbortController(),
          reason: null,
          done: Promise.resolve(),
        };
        this.active.set(job.id, entry);
        entry.done = this.run(job, entry).finally(() => {
          this.active.delete(job.id);
          this.pump();
        });
      }
    }
    this.checkIdle();
  }

  private async run(job: MediaJob, entry: ActiveJob): Promise<void> {
    const { assetId } = job;
    const attemptId = entry.attemptId;
    let temps: string[] = [];
    const estimate = createProgressEstimate(Date.now());
    // Events go out a few times a second; the row (a durable, fsynced write) at most once a second.
    let savedAt = 0;
    const throttled = throttleProgress(
      (u) => {
        if (Date.now() - savedAt >= 1000) {
          savedAt = Date.now();
          this.store.setProgress(job.id, attemptId, u.fraction, u.speed);
        }
        const { fraction, etaSeconds } = estimate(u.fraction);
        this.emit({ jobId: job.id, assetId, state: 'running', fraction, etaSeconds });
      },
      { intervalMs: this.opts.throttleMs ?? 250 },
    );
    this.emit({ jobId: job.id, assetId, state: 'running', fraction: 0, etaSeconds: null });
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
          this.store.setTempPaths(job.id, attemptId, paths);
        },
        onProgress: (fraction, speed) => {
          lastSpeed = speed ?? lastSpeed;
          if (fraction < 1) throttled({ fraction, speed, outTimeSeconds: 0, totalSize: null, done: false });
        },
      });
      if (entry.controller.signal.aborted) throw new AppError('CANCELLED', 'Cancelled');
      // Flushed first; renamed into place and recorded under the write lock, only while this attempt holds the job.
      for (const r of output.renditions) if (r.tempPath) await syncFile(r.tempPath);
      const records = output.renditions.map(({ tempPath: _t, finalPath: _f, ...rest }) => ({
        ...rest,
        assetId,
        jobId: job.id,
      }));
      this.store.complete(
        job.id,
        attemptId,
        { method: output.method, speed: output.speed ?? lastSpeed },
        records,
        () => {
          const sizes = new Map<string, number>();
          for (const r of output.renditions)
            sizes.set(r.purpose, r.tempPath ? renameIntoPlace(r.tempPath, r.finalPath) : fs.statSync(r.finalPath).size);
          return sizes;
        },
      );
      throttled({ fraction: 1, speed: null, outTimeSeconds: 0, totalSize: null, done: true });
      this.emit({ jobId: job.id, assetId, state: 'done', fraction: 1, etaSeconds: 0 });
    } catch (e) {
      await removeQuietly(temps);
      const reason =
        e instanceof LostLeaseError ? 'lost' : entry.controller.signal.aborted ? (entry.reason ?? 'cancel') : null;
      // Another process owns the job now (or it was cancelled elsewhere): its row is not ours to change.
      if (reason === 'lost') return;
      if (reason === 'stop') {
        this.store.finish(job.id, 'queued', null, attemptId);
        return;
      }
      const state = reason === 'cancel' ? 'cancelled' : 'failed';
      const message = state === 'cancelled' ? 'Cancelled' : describeFailure(e, fileName);
      if (!this.store.finish(job.id, state, message, attemptId)) return;
      this.emit({ jobId: job.id, assetId, state, fraction: this.store.get(job.id)?.progress ?? 0, message });
    }
  }

  private ffmpegPaths(): FfmpegPaths {
    if (this.paths) return this.paths;
    const f = this.opts.ffmpeg;
    this.paths = typeof f === 'function' ? f() : (f ?? resolveFfmpeg());
    return this.paths;
  }

  /** Partial files no running attempt is writing (left by a crash, or by an attempt that lost its job). */
  private sweepPartials(): void {
    const root = path.join(this.opts.libraryDir, RENDITIONS_DIR);
    if (!fs.existsSync(root)) return;
    const found: string[] = [];
    for (const dir of fs.readdirSync(root)) {
      const full = path.join(root, dir);
      if (!fs.statSync(full).isDirectory()) continue;
      for (const name of fs.readdirSync(full)) if (isPartialFile(name)) found.push(path.join(full, name));
    }
    // Read AFTER listing: an attempt records its temp paths before writing them, so every file listed
    // that a live attempt writes is already named here.
    const live = new Set(this.store.list({ state: 'running' }).flatMap((j) => j.tempPaths));
    for (const file of found) if (!live.has(file)) fs.rmSync(file, { force: true });
  }

  private emit(e: QueueEvent): void {
    this.watcher.note(e.jobId, e.state, e.fraction);
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (err) {
        console.error('[media-queue] listener threw', err);
      }
    }
    if (ENDED.has(e.state)) this.checkEnded();
  }
}

/** A message that names the file, for the job list and the CLI. */
function describeFailure(e: unknown, fileName: string): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.includes(fileName) ? message : `${fileName}: ${message}`;
}
