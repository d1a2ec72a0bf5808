import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { exportFormatSchema } from '../../../shared/contract/export-contract';
import { EXPORT_FORMATS } from '../../../shared/core/export-formats';
import { AppError, type ExportProgressEvent } from '../../../shared';
import type { ExportProgress } from '../../export/export-course';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { toJson } from '../format';

/** One rewritable status line on a terminal (only used when stderr is a TTY). */
function progressPrinter(
  io: CliIo,
  formatBytes: (bytes: number) => string,
): { update(p: ExportProgress): void; clear(): void } {
  let shown = false;
  let last = '';
  return {
    update({ phase, done, total }) {
      const line =
        phase === 'write' && total > 0
          ? `Exporting… ${Math.floor((done / total) * 100)}% (${formatBytes(done)} of ${formatBytes(total)})`
          : phase === 'prepare'
            ? 'Preparing…'
            : 'Finishing…';
      if (line === last) return;
      last = line;
      shown = true;
      io.stderr(`\r\x1b[2K${line}`);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

export const exportCommand: CliCommand = {
  path: ['export'],
  args: ['courseId'],
  summary: 'Export a course as a SCORM 1.2 / SCORM 2004 / HTML5 / cmi5 / xAPI package',
  usage: `<courseId> --format ${EXPORT_FORMATS.join('|')} --out <path> [--folder] [--au-per-module] [--json]`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    folder: { type: 'boolean' },
    'au-per-module': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, args, io, withContext }) {
    const courseId = args?.[0];
    if (!courseId)
      throw new UsageError('export needs a course id: coursewright export <courseId> --format … --out <path>.');
    const format = exportFormatSchema.safeParse(values.format);
    if (!format.success) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}.`);
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError('export needs --out <path>.');
    const outPath = path.resolve(values.out);
    // Loaded only when exporting: the CLI starts without the exporter (issue 14).
    const { formatBytes, formatExportReport } = await import('../../export/export-report');
    const printer = process.stderr.isTTY ? progressPrinter(io, formatBytes) : null;
    // The same export service and `export.progress` events as the app and the browser host.
    const report = await withContext(async (context) => {
      const jobId = randomUUID();
      let final: ExportProgressEvent | null = null;
      let settle = () => {};
      const ended = new Promise<void>((resolve) => (settle = resolve));
      const unsubscribe = context.events.subscribe(({ event, payload }) => {
        if (event !== 'export.progress' || payload.jobId !== jobId) return;
        if (payload.state === 'running') printer?.update(payload as ExportProgress);
        else {
          final = payload;
          settle();
        }
      });
      const onSignal = () => context.exports.cancel(jobId);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await context.exports.start({
          jobId,
          courseId,
          format: format.data,
          outPath,
          zip: values.folder !== true,
          cmi5AuPerModule: values['au-per-module'] === true,
        });
        await ended;
      } finally {
        printer?.clear();
        unsubscribe();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      const last = final as ExportProgressEvent | null;
      if (last?.state !== 'done' || !last.report) {
        throw last?.error
          ? new AppError(last.error.code, last.error.message)
          : new AppError('EXPORT', 'The export ended without a report.');
      }
      return last.report;
    });
    io.stdout(values.json ? `${toJson(report)}\n` : `${formatExportReport(report)}\n`);
    return 0;
  },
};
