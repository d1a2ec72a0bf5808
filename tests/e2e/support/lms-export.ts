import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoursePackage, ExportFormat } from '../../../shared';
import { CLI_PATH, REPO_ROOT } from './host';

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
