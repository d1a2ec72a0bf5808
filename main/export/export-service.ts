import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError, toAppError, type ExportFormat, type ExportProgressEvent } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import type { CourseTree } from '../../shared';
import { exportCourse, type ExportOptions } from './export-course';
import { checkOutputLocation } from './temp-output';

interface ExportServiceOptions {
  library: CourseLibrary;
  /** Delivers `export.progress` events (the app context forwards them to the event hub). */
  emit: (event: ExportProgressEvent) => void;
  /** Injected in tests; defaults to the real exporter. */
  exportFn?: ((opts: ExportOptions) => ReturnType<typeof exportCourse>) | undefined;
  playerDir?: string | undefined;
}

interface ExportJobInput {
  courseId: string;
  format: ExportFormat;
  outPath: string;
  /**
   * Made by the client (a UUID), so it can match progress events before `start` answers; the service makes
   * one when absent. CONFLICT when a running job has it.
   */
  jobId?: string | undefined;
  /** false: a folder instead of a zip (CLI `--folder`). */
  zip?: boolean | undefined;
  cmi5AuPerModule?: boolean | undefined;
}

export interface ExportService {
  /**
   * Checks the course and the output location (once: the export itself trusts them), then runs the export
   * in the background; progress, the report or the error arrive as events. Every client (app, browser host,
   * CLI) goes through here.
   */
  start(input: ExportJobInput): Promise<{ jobId: string }>;
  /** Cancels a running job (its final event has state 'cancelled'); false when no such job is running. */
  cancel(jobId: string): { cancelled: boolean };
  /** Resolves when the job has finished (any outcome); immediately for unknown ids. */
  settled(jobId: string): Promise<void>;
  /** Cancels every running job and waits for them. */
  dispose(): Promise<void>;
}

interface Job {
  controller: AbortController;
  done: Promise<void>;
}

/** Smallest interval between two running-progress events of one job (the final event is never dropped). */
const PROGRESS_INTERVAL_MS = 100;

export function createExportService(opts: ExportServiceOptions): ExportService {
  const jobs = new Map<string, Job>();
  const run = opts.exportFn ?? exportCourse;

  const runJob = async (jobId: string, controller: AbortController, input: ExportJobInput, tree: CourseTree) => {
    let last = { phase: 'prepare', done: 0, total: 1 };
    let lastSent = 0;
    const send = (event: Omit<ExportProgressEvent, 'jobId'>) => opts.emit({ jobId, ...event });
    try {
      const report = await run({
        library: opts.library,
        courseId: input.courseId,
        format: input.format,
        outPath: input.outPath,
        zip: input.zip,
        cmi5AuPerModule: input.cmi5AuPerModule,
        checked: { tree },
        signal: controller.signal,
        playerDir: opts.playerDir,
        onProgress: (p) => {
          last = p;
          const now = Date.now();
          if (now - lastSent < PROGRESS_INTERVAL_MS) return;
          lastSent = now;
          send({ ...p, state: 'running' });
        },
      });
      send({ phase: 'done', done: last.total, total: last.total, state: 'done', report });
    } catch (e) {
      const error = toAppError(e);
      const state = error.code === 'CANCELLED' ? 'cancelled' : 'failed';
      send({ phase: last.phase, done: last.done, total: last.total, state, error });
    } finally {
      jobs.delete(jobId);
    }
  };

  return {
    async start(input) {
      const jobId = input.jobId ?? randomUUID();
      if (jobs.has(jobId)) throw new AppError('CONFLICT', `An export with job id ${jobId} is already running.`);
      // NOT_FOUND and IO now, as the call's error, not as a failed event later.
      const tree = opts.library.getCourse(input.courseId);
      await checkOutputLocation(path.resolve(input.outPath), input.zip === false ? 'folder' : 'zip');
      if (jobs.has(jobId)) throw new AppError('CONFLICT', `An export with job id ${jobId} is already running.`);
      const controller = new AbortController();
      const job: Job = { controller, done: Promise.resolve() };
      jobs.set(jobId, job);
      job.done = runJob(jobId, controller, input, tree);
      return { jobId };
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },
    async settled(jobId) {
      await jobs.get(jobId)?.done;
    },
    async dispose() {
      const running = [...jobs.values()];
      for (const job of running) job.controller.abort();
      await Promise.all(running.map((j) => j.done));
    },
  };
}
