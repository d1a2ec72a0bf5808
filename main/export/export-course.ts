import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { courseWithBankPools } from '../banks/course-banks';
import {
  AppError,
  captionScriptPath,
  renderCaptionScript,
  renderPlayerHtml,
  SUSPEND_DATA_LIMITS,
  systemAppError,
  worstCaseSuspendDataLength,
  type CourseTree,
  type ExportFormat,
  type ExportReport,
} from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { buildCoursePackage, type AssetResolver } from './build-course-package';
import { libraryAssetResolver } from './rendition-assets';
import { contentWarnings, suspendDataWarning } from './export-report';
import { writeFolderPackage, type FolderFs } from './folder-writer';
import { assemblePackage, categoryBytes } from './package-entries';
import { locatePlayerDir, readRuntimeFiles } from './runtime-files';
import { checkOutputLocation, throwIfAborted } from './temp-output';
import { writeZip, type WriteProgress } from './zip-writer';

type ExportPhase = 'prepare' | 'write' | 'done';
export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportOptions {
  library: CourseLibrary;
  courseId: string;
  format: ExportFormat;
  outPath: string;
  /** Write a zip (default) or a plain folder (html5 opened from disk, previews). */
  zip?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: ExportProgress) => void) | undefined;
  /** Built player folder; found automatically when omitted (see locatePlayerDir). */
  playerDir?: string | undefined;
  /**
   * Which file to package for each asset; defaults to `libraryAssetResolver`: the completed rendition for
   * the course's video quality / normalised audio / web image when there is one, else the stored original.
   */
  assets?: AssetResolver | undefined;
  /** File-system seam of the folder writer (tests inject ENOSPC). */
  folderFs?: FolderFs | undefined;
  /** cmi5 only: one AU per module instead of one AU for the course. */
  cmi5AuPerModule?: boolean | undefined;
  /** Set by the export service, which already read the course and checked the output location. */
  checked?: { tree: CourseTree } | undefined;
}

/**
 * Exports one course as a SCORM 1.2 / SCORM 2004 (3rd, 4th) package or an HTML5 package.
 * Plain Node (no Electron). Throws AppError: NOT_FOUND (course), EXPORT (player not built, media
 * missing), IO (output path), CANCELLED (signal). Nothing is left at `outPath` unless it succeeds.
 */
export async function exportCourse(opts: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const { library, format, signal } = opts;
  const outPath = path.resolve(opts.outPath);
  const asZip = opts.zip ?? true;
  const progress = (phase: ExportPhase, done: number, total: number) => opts.onProgress?.({ phase, done, total });

  progress('prepare', 0, 1);
  throwIfAborted(signal);
  // The export service checked both before it answered `export.start`; other callers get the checks here.
  if (!opts.checked) await checkOutputLocation(outPath, asZip ? 'zip' : 'folder');
  const tree = courseWithBankPools(library, opts.checked?.tree ?? library.getCourse(opts.courseId));
  const playerDir = locatePlayerDir(opts.playerDir);
  const runtime = await readRuntimeFiles(playerDir, format);
  const { pkg, files } = buildCoursePackage(
    tree,
    format,
    opts.assets ?? libraryAssetResolver(library, { videoQuality: tree.settings.videoQuality }),
  );
  const media = await Promise.all(
    files.map(async (f) => {
      const stat = await fsp.stat(f.sourcePath).catch(() => null);
      if (!stat?.isFile()) {
        throw new AppError('EXPORT', `A media file of the course is missing from the library: ${f.sourcePath}`, {
          path: f.sourcePath,
        });
      }
      return { ...f, size: stat.size };
    }),
  );
  // Browsers refuse <track src> from file:// (html5 opened from disk), so each caption file also
  // ships as a script the player can load there (see shared/package/player-html.ts).
  const captionScripts = await Promise.all(
    Object.entries(pkg.assets)
      .filter(([, asset]) => asset.kind === 'captions')
      .map(async ([assetId, asset]) => {
        const source = media.find((m) => m.zipPath === asset.src);
        const vtt = source ? await fsp.readFile(source.sourcePath, 'utf8') : '';
        return { zipPath: captionScriptPath(asset.src), data: Buffer.from(renderCaptionScript(assetId, vtt), 'utf8') };
      }),
  );
  throwIfAborted(signal);
  const entries = assemblePackage({
    pkg,
    format,
    indexHtml: renderPlayerHtml({ title: tree.title, language: tree.language, target: format }),
    runtime,
    media,
    extra: captionScripts,
    cmi5AuPerModule: opts.cmi5AuPerModule,
  });

  const writeOptions = { signal, onProgress: (p: WriteProgress) => progress('write', p.done, p.total) };
  try {
    if (asZip) await writeZip(outPath, entries, writeOptions);
    else await writeFolderPackage(outPath, entries, { ...writeOptions, fs: opts.folderFs });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw (
      systemAppError(e, `Writing ${outPath}`) ??
      new AppError('IO', `Could not write ${outPath}: ${e instanceof Error ? e.message : String(e)}`)
    );
  }

  const bytes = categoryBytes(entries);
  const limit = SUSPEND_DATA_LIMITS[format];
  const worstCase = worstCaseSuspendDataLength(tree);
  const budget = suspendDataWarning(format, worstCase, limit);
  const report: ExportReport = {
    format,
    courseId: tree.id,
    courseTitle: tree.title,
    outPath,
    output: asZip ? 'zip' : 'folder',
    fileCount: entries.length,
    bytes,
    packageBytes: asZip ? (await fsp.stat(outPath)).size : bytes.total,
    suspendData: { worstCase, limit },
    warnings: [...(budget ? [budget] : []), ...contentWarnings(tree, pkg.assets)],
    durationMs: Math.round(performance.now() - started),
  };
  progress('done', bytes.total, bytes.total);
  return report;
}
