import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportCourse } from '../main/export/export-course';
import type { SqliteCourseLibrary } from '../main/library/open-library';
import { median, timeMs } from './bench-util';

export interface ZipThroughputResult {
  /** Entries in the package (media + runtime + content + manifest). */
  fileCount: number;
  mediaBytes: number;
  packageBytes: number;
  /** Size of the zip Info-ZIP wrote from the same files. */
  referenceBytes: number;
  runtimeBytes: number;
  exportMs: number[];
  zipMs: number[];
  medianExportMs: number;
  medianZipMs: number;
  /** median export / median zip: 1.0 = as fast as Info-ZIP; goal ≤ 1.10. */
  ratio: number;
  /** CPU time (user + system) per run: steadier than wall time on a shared machine. */
  exportCpuMs: number[];
  zipCpuMs: number[];
  cpuRatio: number;
  /** `unzip -tq` on the exported zip. */
  integrity: string;
}

/**
 * Writes `count` files of random bytes with an .mp4 extension. Random data is not a video, but for
 * zip throughput only size and compressibility matter: like real mp4 it does not compress, and both
 * tools store it (`-n .mp4` for zip; the exporter stores media).
 */
async function makeMedia(dir: string, totalMb: number, count: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const perFile = Math.ceil((totalMb * 1024 * 1024) / count);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `clip-${String(i + 1).padStart(2, '0')}.mp4`);
    const fd = fs.openSync(file, 'w');
    for (let written = 0; written < perFile;) {
      const chunk = randomBytes(Math.min(8 << 20, perFile - written));
      fs.writeSync(fd, chunk);
      written += chunk.length;
    }
    fs.closeSync(fd);
    files.push(file);
  }
  return files;
}

/** Builds a course whose lessons each show one of the generated videos. */
export async function buildMediaCourse(
  library: SqliteCourseLibrary,
  workDir: string,
  totalMb: number,
): Promise<string> {
  const sources = await makeMedia(path.join(workDir, 'generated'), totalMb, 10);
  const course = library.createCourse({ title: 'Benchmark: 500 MB of media', description: 'Zip throughput benchmark' });
  const mod = library.createModule(course.id, 'Videos');
  for (const [i, file] of sources.entries()) {
    const asset = await library.importAsset(file, { kind: 'video' });
    fs.rmSync(file); // the library keeps its own copy
    const lesson = library.createLesson(mod.id, `Video ${i + 1}`);
    library.createBlock(lesson.id, { type: 'video', assetId: asset.id, title: `Clip ${i + 1}` });
  }
  return course.id;
}

/**
 * Times `exportCourse` (scorm2004-4th zip) against `zip -r -q -X -n .mp4` over the very same files
 * (the export written once as a folder), alternating the two, after one untimed warm-up of each so
 * both read from the page cache.
 */
export async function runZipThroughput(opts: {
  library: SqliteCourseLibrary;
  courseId: string;
  workDir: string;
  reps: number;
}): Promise<ZipThroughputResult> {
  const { library, courseId, workDir } = opts;
  const folder = path.join(workDir, 'package-folder');
  await exportCourse({ library, courseId, format: 'scorm2004-4th', outPath: folder, zip: false });
  const oursZip = path.join(workDir, 'ours.zip');
  const refZip = path.join(workDir, 'reference.zip');

  let report = await exportCourse({ library, courseId, format: 'scorm2004-4th', outPath: oursZip });
  // GNU time reports zip's CPU seconds (user + system) on stderr; the wall time is measured here.
  const zipCpuMs: number[] = [];
  const runZip = () => {
    fs.rmSync(refZip, { force: true });
    const res = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', 'zip', '-r', '-q', '-X', '-n', '.mp4', refZip, '.'], {
      cwd: folder,
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(`zip exited with ${res.status}: ${res.stderr}`);
    const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(res.stderr);
    if (cpu) zipCpuMs.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
  };
  runZip(); // warm-up
  zipCpuMs.length = 0;
  const exportCpuMs: number[] = [];

  const exportMs: number[] = [];
  const zipMs: number[] = [];
  for (let i = 0; i < opts.reps; i++) {
    const order = i % 2 === 0 ? (['ours', 'zip'] as const) : (['zip', 'ours'] as const);
    for (const which of order) {
      if (which === 'zip') {
        zipMs.push(timeMs(runZip).ms);
      } else {
        fs.rmSync(oursZip, { force: true });
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        report = await exportCourse({ library, courseId, format: 'scorm2004-4th', outPath: oursZip });
        exportMs.push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        exportCpuMs.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  const referenceBytes = fs.statSync(refZip).size;
  // Not timed: the exported zip must be intact (Info-ZIP checks every CRC).
  const check = spawnSync('unzip', ['-tq', oursZip], { encoding: 'utf8' });
  const integrity = check.status === 0 ? check.stdout.trim() : `FAILED: ${check.stdout}${check.stderr}`;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(refZip, { force: true });
  fs.rmSync(oursZip, { force: true });
  const medianExportMs = median(exportMs);
  const medianZipMs = median(zipMs);
  return {
    fileCount: report.fileCount,
    mediaBytes: report.bytes.media,
    packageBytes: report.packageBytes,
    referenceBytes,
    runtimeBytes: report.bytes.runtime,
    exportMs,
    zipMs,
    medianExportMs,
    medianZipMs,
    ratio: medianExportMs / medianZipMs,
    exportCpuMs,
    zipCpuMs,
    cpuRatio: median(exportCpuMs) / median(zipCpuMs),
    integrity,
  };
}
