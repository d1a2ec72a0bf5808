import path from 'node:path';
import { exportFormatSchema } from '../../../shared/contract/export-contract';
import { EXPORT_FORMATS } from '../../../shared/core/export-formats';
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
  async run({ values, args, io, env, withContext }) {
    const courseId = args?.[0];
    if (!courseId)
      throw new UsageError('export needs a course id: coursewright export <courseId> --format … --out <path>.');
    const format = exportFormatSchema.safeParse(values.format);
    if (!format.success) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}.`);
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError('export needs --out <path>.');
    const outPath = path.resolve(values.out);
    // Loaded only when exporting: the CLI starts without the exporter (issue 14).
    const [{ exportCourse }, { formatBytes, formatExportReport }] = await Promise.all([
      import('../../export/export-course'),
      import('../../export/export-report'),
    ]);

    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const printer = process.stderr.isTTY ? progressPrinter(io, formatBytes) : null;
    try {
      const report = await withContext((context) =>
        exportCourse({
          library: context.library,
          courseId,
          format: format.data,
          outPath,
          zip: values.folder !== true,
          cmi5AuPerModule: values['au-per-module'] === true,
          signal: controller.signal,
          playerDir: env.COURSEWRIGHT_PLAYER_DIR || undefined,
          onProgress: printer ? (p) => printer.update(p) : undefined,
        }),
      );
      io.stdout(values.json ? `${toJson(report)}\n` : `${formatExportReport(report)}\n`);
      return 0;
    } finally {
      printer?.clear();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
