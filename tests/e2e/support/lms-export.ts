import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoursePackage, ExportFormat } from '../../../shared';
import { CLI_PATH, REPO_ROOT } from './host';
import { startLmsServer } from './lms-server';

/** A sample-course export, unzipped, with its course package (to know the quiz's right answers). */
export interface ExportedSample {
  format: ExportFormat;
  /** The unzipped package folder. */
  dir: string;
  pkg: CoursePackage;
}

export interface SampleExporter {
  readonly workDir: string;
  exportSample(format: ExportFormat): ExportedSample;
  cleanup(): void;
}

function cli(args: string[]): string {
  if (!fs.existsSync(CLI_PATH)) throw new Error('out/cli/coursewright.cjs is missing: run `npm run build` first.');
  const env = { ...process.env };
  delete env.COURSEWRIGHT_LIBRARY;
  return execFileSync(process.execPath, [CLI_PATH, ...args], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/**
 * Exports the sample course with the built CLI, as an author would (`coursewright export <id> --format … --out
 * x.zip --library <tmp>`), then unzips the package with `unzip`, as an LMS would on upload.
 */
export function createSampleExporter(): SampleExporter {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-lms-'));
  const library = path.join(workDir, 'library');
  const courses = JSON.parse(cli(['courses', 'list', '--json', '--library', library])) as Array<{
    id: string;
    isSample: boolean;
  }>;
  const sample = courses.find((c) => c.isSample);
  if (!sample) throw new Error('The fresh library has no sample course.');
  return {
    workDir,
    exportSample(format) {
      const zip = path.join(workDir, `${format}.zip`);
      cli(['export', sample.id, '--format', format, '--out', zip, '--library', library]);
      const dir = path.join(workDir, format);
      execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'content/course.json'), 'utf8')) as CoursePackage;
      return { format, dir, pkg };
    },
    cleanup() {
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Sample exports of several formats served beside the stand-in LMS page (`/lms`), each under `/pkg-<format>/`. */
export interface ServedSamples {
  readonly origin: string;
  /** The package of `format` as served (after `prepare`, when given). */
  pkg(format: ExportFormat): CoursePackage;
  close(): Promise<void>;
}

/** Exports the sample in each format and serves them; `prepare` may patch a package (and return it) before serving. */
export async function serveSampleExports(
  formats: readonly ExportFormat[],
  prepare: (sample: ExportedSample) => CoursePackage = (s) => s.pkg,
): Promise<ServedSamples> {
  const exporter = createSampleExporter();
  const packages = new Map<ExportFormat, CoursePackage>();
  const mounts: Record<string, string> = { '/lms': path.join(REPO_ROOT, 'out/lms') };
  for (const format of formats) {
    const sample = exporter.exportSample(format);
    packages.set(format, prepare(sample));
    mounts[`/pkg-${format}`] = sample.dir;
  }
  const server = await startLmsServer(mounts);
  return {
    origin: server.origin,
    pkg: (format) => packages.get(format)!,
    close: async () => {
      await server.close();
      exporter.cleanup();
    },
  };
}
