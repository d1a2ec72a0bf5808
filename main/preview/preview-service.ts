import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError, type ExportFormat } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { exportCourse, type ExportOptions } from '../export/export-course';
import { findStaticFile, type StaticFile } from '../http/static-files';
import { previewLaunchUrl } from './preview-urls';

/**
 * In-app preview: the exact export output (unzipped) in a temp folder per course and format, served
 * by the browser host at /preview/<previewId>/… and by app://coursewright/preview/… in Electron, and
 * launched by the stand-in LMS page at /lms/index.html. A rebuild replaces the previous build of the
 * same course and format; the learner's stored state is keyed by course and format, so it survives.
 */
interface PreviewBuild {
  previewId: string;
  dir: string;
  launchUrl: string;
}

export interface PreviewService {
  build(input: { courseId: string; format: ExportFormat; signal?: AbortSignal }): Promise<PreviewBuild>;
  /** A file of a current build (`urlPath` starts with `/`), checked like any static file. */
  findFile(previewId: string, urlPath: string): Promise<StaticFile>;
  /** Removes every build and the temp folder. */
  dispose(): Promise<void>;
}

interface PreviewServiceOptions {
  library: CourseLibrary;
  /** Parent of the build folders; a fresh temp folder by default. */
  rootDir?: string | undefined;
  exportFn?: ((opts: ExportOptions) => Promise<unknown>) | undefined;
  playerDir?: string | undefined;
}

const PREVIEW_ID = /^[a-f0-9]{16}$/;

/** What `export.preview` answers: a built preview and the URL that launches it (see app-context). */
export type PreviewLauncher = (input: {
  courseId: string;
  format: ExportFormat;
  /** Where the host serves content (a cmi5 preview's launch URLs are absolute on it). */
  contentBase?: string | undefined;
}) => Promise<{ previewId: string; launchUrl: string }>;

function isPreviewId(value: string): boolean {
  return PREVIEW_ID.test(value);
}

export function createPreviewService(opts: PreviewServiceOptions): PreviewService {
  const run = opts.exportFn ?? exportCourse;
  const builds = new Map<string, string>(); // previewId → dir
  const current = new Map<string, string>(); // `${courseId}:${format}` → previewId
  const queues = new Map<string, Promise<unknown>>();
  let root: Promise<string> | null = null;
  let disposed = false;

  const rootDir = () => {
    root ??= opts.rootDir
      ? fsp.mkdir(opts.rootDir, { recursive: true }).then(() => opts.rootDir as string)
      : fsp.mkdtemp(path.join(os.tmpdir(), 'coursewright-preview-'));
    return root;
  };

  const buildNow = async (courseId: string, format: ExportFormat, signal?: AbortSignal): Promise<PreviewBuild> => {
    if (disposed) throw new AppError('CANCELLED', 'Preview is shutting down.');
    const previewId = randomBytes(8).toString('hex');
    const dir = path.join(await rootDir(), previewId);
    await run({ library: opts.library, courseId, format, outPath: dir, zip: false, signal, playerDir: opts.playerDir });
    const key = `${courseId}:${format}`;
    const previous = current.get(key);
    builds.set(previewId, dir);
    current.set(key, previewId);
    if (previous) {
      const oldDir = builds.get(previous);
      builds.delete(previous);
      if (oldDir) await fsp.rm(oldDir, { recursive: true, force: true }).catch(() => undefined);
    }
    return { previewId, dir, launchUrl: previewLaunchUrl({ previewId, courseId, format }) };
  };

  return {
    build({ courseId, format, signal }) {
      // One build at a time per course and format, so two clicks cannot race on the same "current".
      const key = `${courseId}:${format}`;
      const next = (queues.get(key) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => buildNow(courseId, format, signal));
      queues.set(key, next);
      return next;
    },
    async findFile(previewId, urlPath) {
      const dir = isPreviewId(previewId) ? builds.get(previewId) : undefined;
      if (!dir) return { ok: false, status: 404, reason: 'no such preview (it may have been rebuilt)' };
      return findStaticFile(dir, urlPath);
    },
    async dispose() {
      disposed = true;
      await Promise.allSettled([...queues.values()]);
      builds.clear();
      current.clear();
      if (root) {
        const dir = await root.catch(() => null);
        if (dir) await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      }
    },
  };
}
