import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError, toAppError, type ExportFormat, type ExportProgressEvent } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { exportCourse, type ExportOptions } from './export-course';
import { checkOutputLocation } from './temp-output';

/** Builds an in-app preview (X2's preview service): an unzipped export served under the app's origin. */
export type PreviewBuilder = (input: {
  courseId: string;
  format: ExportFormat;
  /** Where the host serves content (a cmi5 preview's launch URLs are absolute on it). */
  contentBase?: string | undefined;
}) => Promise<{ previewId: string; launchUrl: string }>;

export interface ExportServiceOptions {
  library: CourseLibrary;
  /** Delivers `export.progress` events (the app context forwards them to the event hub). */
  emit: (event: ExportProgressEvent) => void;
  preview?: PreviewBuilder | undefined;
  /** Injected in tests; defaults to the real exporter. */
  exportFn?: ((opts: ExportOptions) => ReturnType<typeof exportCourse>) | undefined;
  playerDir?: string | undefined;
}

export interface ExportService {
  /** Checks the course and output folder, then runs the export in the background; progress arrives as events. */
  start(input: { courseId: string; format: ExportFormat; outPath: string }): Promise<{ jobId: string }>;
  /** Cancels a running job (its final event has state 'cancelled'); false when no such job is running. */
  cancel(jobId: string): { cancelled: boolean };
  preview(input: {
    courseId: string;
    format: ExportFormat;
    contentBase?: string | undefined;
  }): Promise<{ previewId: string; launchUrl: string }>;
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

  const runJob = async (jobId: string, controller: AbortController, input: Parameters<ExportService['start']>[0]) => {
    let last = { phase: 'prepare', done: 0, total: 1 };
    let lastSent = 0;
    const send = (event: Omit<ExportProgressEvent, 'jobId'>) => opts.emit({ jobId, ...event });
    try {
      const report = await run({
        library: opts.library,
        courseId: input.courseId,
        format: input.format,
        outPath: input.outPath,
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
      opts.library.getCourse(input.courseId); // NOT_FOUND now, not as a failed event later
      await checkOutputLocation(path.resolve(input.outPath));
      const jobId = randomUUID();
      const controller = new AbortController();
      const job: Job = { controller, done: Promise.resolve() };
      jobs.set(jobId, job);
      job.done = runJob(jobId, controller, input);
      return { jobId };
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },
    async preview(input) {
      if (!opts.preview) throw new AppError('EXPORT', 'Preview is not available in this host.');
      return opts.preview(input);
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
