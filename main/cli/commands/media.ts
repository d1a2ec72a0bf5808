import path from 'node:path';
import { formatJobProgress, type MediaImportResult, type MediaItem } from '../../../shared';
import type { MediaService } from '../../media/media-service';
import { toJobInfo } from '../../media/queue/job-store';
import type { QueueEvent } from '../../media/queue/transcode-queue';
import type { AppContext } from '../../app/app-context';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { formatTable, toJson } from '../format';
import { invokeChannel } from '../invoke';

const BAR_WIDTH = 24;

function mediaOf(context: AppContext): MediaService {
  return context.media;
}

/**
 * Progress while jobs run: one redrawn bar on a terminal; on pipes and CI logs, one plain line per
 * state change (never per percent, which would flood logs).
 */
export function progressView(
  io: CliIo,
  tty: boolean,
  names: Map<string, string>,
  total: number,
  kindOf: (jobId: string) => string,
) {
  const fractions = new Map<string, number>();
  const states = new Map<string, string>();
  const etas = new Map<string, number | null>();
  let shown = false;
  return {
    update(e: QueueEvent) {
      const name = names.get(e.assetId);
      if (!name) return; // a job resumed from an earlier run: the queue finishes it, this view does not count it
      const changed = states.get(e.jobId) !== e.state;
      states.set(e.jobId, e.state);
      fractions.set(e.jobId, e.fraction);
      etas.set(e.jobId, e.state === 'running' ? (e.etaSeconds ?? null) : null);
      if (tty) {
        const finished = [...states.values()].filter((s) => s === 'done' || s === 'failed' || s === 'cancelled').length;
        const overall = total ? [...fractions.values()].reduce((a, b) => a + b, 0) / total : 1;
        const filled = Math.round(Math.min(1, overall) * BAR_WIDTH);
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
        // Jobs run side by side (lanes): the whole import ends with the slowest one.
        const known = [...etas.values()].filter((t): t is number => t !== null);
        const label = formatJobProgress(Math.min(1, overall), known.length ? Math.max(...known) : null);
        io.stderr(`\r\x1b[2K${bar} ${label}  ${finished}/${total} jobs  ${name}`);
        shown = true;
        if (e.state === 'failed') io.stderr(`\r\x1b[2KFailed: ${e.message ?? name}\n`);
      } else if (changed && e.state !== 'queued') {
        io.stderr(
          `${name} (${kindOf(e.jobId)}): ${e.state}${e.message && e.state !== 'done' ? ` — ${e.message}` : ''}\n`,
        );
      }
    },
    clear() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

export const mediaImportCommand: CliCommand = {
  path: ['media', 'import'],
  args: ['file'],
  variadic: true,
  summary: 'Import video, audio and images and transcode them (waits until done)',
  usage: '<file...> [--course <id>] [--json]',
  options: { course: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, args, io, withContext }) {
    const files = (args ?? []).map((f) => path.resolve(f));
    if (files.length === 0)
      throw new UsageError('media import needs at least one file: coursewright media import <file...>.');
    const courseId = typeof values.course === 'string' ? values.course : undefined;
    return withContext(async (context) => {
      const media = mediaOf(context);
      await media.start();
      const names = new Map<string, string>();
      let view: ReturnType<typeof progressView> | null = null;
      // Jobs start while media.import is still answering (a remux of a short clip can finish first):
      // keep those events and replay them once the view knows the files' names.
      const early: QueueEvent[] = [];
      const unsubscribe = media.onProgress((e) => (view ? view.update(e) : early.push(e)));
      const stop = () => void media.close();
      process.once('SIGINT', stop);
      try {
        const results: MediaImportResult[] = await invokeChannel(context, 'media.import', {
          paths: files,
          ...(courseId ? { courseId } : {}),
        });
        for (const r of results) if (r.asset) names.set(r.asset.id, path.basename(r.file));
        const jobIds = results.flatMap((r) => r.jobs.map((j) => j.id));
        const tty = !values.json && process.stderr.isTTY === true;
        view = progressView(io, tty, names, jobIds.length, (id) => media.queue.store.get(id)?.kind ?? 'job');
        for (const e of early.splice(0)) view.update(e);
        for (const r of results) if (r.error && !values.json) io.stderr(`Failed: ${r.error.message}\n`);
        // Our jobs may also be run by another process on this library (the app): wait for them wherever they run.
        await media.queue.whenJobsEnd(jobIds);
        await media.queue.whenIdle();
        view.clear();
        const jobs = jobIds.map((id) => media.queue.store.require(id));
        const failedFiles = results.filter((r) => r.error).length;
        const failedJobs = jobs.filter((j) => j.state !== 'done');
        if (values.json) {
          io.stdout(`${toJson({ results, jobs: jobs.map(toJobInfo) })}\n`);
        } else {
          for (const j of failedJobs)
            io.stderr(`Failed: ${j.error ?? `${names.get(j.assetId)} (${j.kind}) ${j.state}`}\n`);
          const imported = results.length - failedFiles;
          const known = results.filter((r) => r.deduplicated).length;
          const already = known ? ` (${known} already in the library)` : '';
          io.stdout(
            `Imported ${imported} of ${results.length} file(s)${already}; ${jobs.length - failedJobs.length} of ${jobs.length} job(s) done.\n`,
          );
        }
        return failedFiles + failedJobs.length > 0 ? 1 : 0;
      } finally {
        process.off('SIGINT', stop);
        unsubscribe();
      }
    });
  },
};

function describeItem(i: MediaItem): string[] {
  const m = i.meta;
  const size = m?.width && m.height ? `${m.width}×${m.height}` : '';
  const duration = m?.duration ? `${m.duration.toFixed(1)} s` : '';
  const renditions = i.renditions.map((r) => `${r.purpose}=${r.path}`).join(' ');
  return [i.id, i.fileName, m?.mediaKind ?? i.kind, i.status, [size, duration].filter(Boolean).join(' '), renditions];
}

export const mediaListCommand: CliCommand = {
  path: ['media', 'list'],
  summary: 'List media with status, metadata and rendition paths',
  usage: '[--course <id>] [--json]',
  options: { course: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, io, withContext }) {
    const courseId = typeof values.course === 'string' ? values.course : undefined;
    const items = await withContext((context) => invokeChannel(context, 'media.list', courseId ? { courseId } : {}));
    if (values.json) io.stdout(`${toJson(items)}\n`);
    else if (items.length === 0) io.stdout('No media.\n');
    else
      io.stdout(`${formatTable(['ID', 'FILE', 'KIND', 'STATUS', 'FORMAT', 'RENDITIONS'], items.map(describeItem))}\n`);
    return 0;
  },
};
