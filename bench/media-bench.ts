/**
 * Media pipeline benchmark (issue 4 §8). Run: `node --import tsx bench/media-bench.ts [--seconds 10] [--reps 5]`.
 * Needs ffmpeg/ffprobe. Two comparisons, each run side by side (interleaved, medians of `reps`):
 *  1. queue overhead: a video job through the transcoding queue (SQLite claim, ffmpeg with parsed progress,
 *     fsync, rename, rendition rows, events) against the very same ffmpeg command run directly. Goal: ≤ 5 %.
 *     The source is probed at import time, as in the app, and that probe travels with the job.
 *  2. fast path: remuxing a compliant H.264/AAC MP4 against a full re-encode of the same file. Goal: ≥ 20×.
 *  3. `coursewright media import` as a whole process (the bundled CLI: Node start, library open, probe, queue,
 *     both jobs, exit) against the very same ffprobe and ffmpeg commands run directly as processes, the two
 *     ffmpeg runs side by side as the queue's lanes run them. Goal: ≤ 1.05× (issue 12 §2).
 *     Needs the bundled CLI: `npm run build:node` first. `--only cli` runs just this one.
 * Prints the figures and writes them to bench/results/ (gitignored).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCourseLibrary } from '../main/library/open-library';
import { resolveFfmpeg } from '../main/media/ffmpeg/resolve-ffmpeg';
import { probeMedia, type MediaInfo } from '../main/media/probe';
import { TranscodeQueue } from '../main/media/queue/transcode-queue';
import { ProcessRegistry } from '../main/media/ffmpeg/run-ffmpeg';
import {
  buildPosterArgs,
  buildRemuxArgs,
  buildVideoArgs,
  DEFAULT_X264_PRESET,
  posterTime,
  targetSize,
} from '../main/media/transcode/video-args';
import { fmtMs, median } from './bench-util';
import { libraryConnection } from '../main/library/sqlite-course-library';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    reps: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
const only = values.only;
const seconds = Number(values.seconds);
const reps = Number(values.reps);
const ffmpeg = resolveFfmpeg();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-media-bench-'));
const lines: string[] = [
  `Coursewright media benchmark — ${new Date().toISOString()}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}`,
  `clips: ${seconds} s of 1280×720 testsrc2 + 48 kHz sine, reps ${reps} (medians, runs interleaved)`,
];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
console.log(lines.join('\n'));

function make(name: string, codecArgs: string[]): string {
  const out = path.join(work, name);
  execFileSync(ffmpeg.ffmpeg, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1280x720:rate=30:duration=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:sample_rate=48000:duration=${seconds}`,
    ...codecArgs,
    '-shortest',
    out,
  ]);
  return out;
}
const compliant = make('compliant.mp4', [
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'aac',
]);
const nonCompliant = make('yuv444.mp4', [
  '-c:v',
  'libx264',
  '-preset',
  'ultrafast',
  '-pix_fmt',
  'yuv444p',
  '-c:a',
  'aac',
]);

function direct(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(ffmpeg.ffmpeg, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr.toString()}`);
  return performance.now() - t0;
}

/** Times the ffmpeg children the queue runs, so its own overhead can be told apart from encode-time noise. */
class TimingRegistry extends ProcessRegistry {
  childMs = 0;
  override async run(...args: Parameters<ProcessRegistry['run']>): ReturnType<ProcessRegistry['run']> {
    const t0 = performance.now();
    try {
      return await super.run(...args);
    } finally {
      this.childMs += performance.now() - t0;
    }
  }
}
const registry = new TimingRegistry();

const library = await openCourseLibrary({ dir: path.join(work, 'library'), seedSample: false });
const X264 = 'veryfast';
const probes = new Map<string, MediaInfo>();
let cliFigures: Record<string, unknown> | null = null;
const queue = new TranscodeQueue({
  db: libraryConnection(library),
  libraryDir: library.dir,
  concurrency: 1,
  ffmpeg,
  registry,
  x264Preset: X264,
  sourceOf: (id) => {
    const f = library.assetFile(id);
    return f ? { path: f.path, fileName: path.basename(f.path) } : null;
  },
});
await queue.start();

async function viaQueue(file: string): Promise<{ ms: number; method: string | null; overheadMs: number }> {
  const asset = await library.importAsset(file, { kind: 'video' });
  if (!probes.has(asset.id)) probes.set(asset.id, await probeMedia(file, ffmpeg.ffprobe)); // import time, not job time
  registry.childMs = 0;
  const t0 = performance.now();
  // As in the app: the probe taken at import travels with the job.
  const job = queue.enqueue(asset.id, 'video', { quality: '720p', preset: 'quality', probe: probes.get(asset.id) });
  await queue.whenIdle();
  const ms = performance.now() - t0;
  const done = queue.store.require(job.id);
  if (done.state !== 'done') throw new Error(`queue job ${done.state}: ${done.error}`);
  return { ms, method: done.method, overheadMs: ms - registry.childMs };
}

const figures: Record<string, unknown> = {};
if (only !== 'cli') {
  // 1. Queue vs the same command run directly (a real re-encode, the common case).
  const info = await probeMedia(nonCompliant, ffmpeg.ffprobe);
  const encodeArgs = buildVideoArgs(nonCompliant, path.join(work, 'direct-encode.mp4'), info, {
    quality: '720p',
    preset: 'quality',
    x264Preset: X264,
  });
  const queued: number[] = [];
  const directs: number[] = [];
  const overheads: number[] = [];
  const viaQueueTimed = async (file: string) => {
    const r = await viaQueue(file);
    overheads.push(r.overheadMs);
    return r;
  };
  for (let i = 0; i < reps; i++) {
    // Alternate the order so neither side always runs on a warmer (or busier) machine.
    if (i % 2 === 0) {
      directs.push(direct(encodeArgs));
      queued.push((await viaQueueTimed(nonCompliant)).ms);
    } else {
      queued.push((await viaQueueTimed(nonCompliant)).ms);
      directs.push(direct(encodeArgs));
    }
  }
  const overhead = median(queued) / median(directs);
  say(`\n1. queue vs direct ffmpeg (same encode, libx264 ${X264}):`);
  say(`   direct  ${directs.map(fmtMs).join(', ')} → median ${fmtMs(median(directs))}`);
  say(`   queue   ${queued.map(fmtMs).join(', ')} → median ${fmtMs(median(queued))}`);
  say(
    `   ratio queue/direct = ${overhead.toFixed(3)} (${((overhead - 1) * 100).toFixed(1)} %; goal ≤ 5 %) ${overhead <= 1.05 ? 'OK' : 'MISSED'}`,
  );
  // On a busy machine the encode itself varies by more than 5 % run to run; the queue's own cost does not.
  const own = median(overheads);
  say(`   queue's own time (job wall time − its ffmpeg run): ${overheads.map(fmtMs).join(', ')}`);
  say(`     → median ${fmtMs(own)} = ${((own / median(directs)) * 100).toFixed(2)} % of the direct run`);

  // 2. Fast path: remux (through the queue, as the app does it) vs a full re-encode of the same compliant file.
  const compliantInfo = await probeMedia(compliant, ffmpeg.ffprobe);
  const fullArgs = buildVideoArgs(compliant, path.join(work, 'full-encode.mp4'), compliantInfo, {
    quality: '720p',
    preset: 'quality',
  });
  const remuxes: number[] = [];
  const remuxDirect: number[] = [];
  const encodes: number[] = [];
  for (let i = 0; i < reps; i++) {
    const r = await viaQueue(compliant);
    if (r.method !== 'remux') throw new Error(`expected the remux fast path, got ${r.method}`);
    remuxes.push(r.ms);
    remuxDirect.push(direct(buildRemuxArgs(compliant, path.join(work, 'direct-remux.mp4'))));
    encodes.push(direct(fullArgs));
  }
  const speedup = median(encodes) / median(remuxes);
  say(
    `\n2. remux fast path vs full re-encode (libx264 ${DEFAULT_X264_PRESET}, the app default) of the same compliant file:`,
  );
  say(`   re-encode      ${encodes.map(fmtMs).join(', ')} → median ${fmtMs(median(encodes))}`);
  say(`   remux (queue)  ${remuxes.map(fmtMs).join(', ')} → median ${fmtMs(median(remuxes))}`);
  say(`   remux (direct) ${remuxDirect.map(fmtMs).join(', ')} → median ${fmtMs(median(remuxDirect))}`);
  say(`   ratio re-encode/remux = ${speedup.toFixed(1)}× (goal ≥ 20×) ${speedup >= 20 ? 'OK' : 'MISSED'}`);
  Object.assign(figures, { directs, queued, overhead, overheads, encodes, remuxes, remuxDirect, speedup });
}

if (!only || only === 'cli') await wholeCliProcess();

await queue.stop();
library.close();
fs.rmSync(work, { recursive: true, force: true });

const resultsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = { seconds, reps, ...figures, cli: cliFigures };
fs.writeFileSync(path.join(resultsDir, `media-bench-${stamp}.json`), JSON.stringify(json, null, 2));
fs.writeFileSync(path.join(resultsDir, `media-bench-${stamp}.txt`), `${lines.join('\n')}\n`);
console.log(`\nresults written to ${path.relative(process.cwd(), resultsDir)}/media-bench-${stamp}.{json,txt}`);

/**
 * One process from spawn to exit: wall time, and CPU time (user + system) of it and every process under it, from
 * the shell's `times` (getrusage of waited-for children). CPU time hardly moves with the machine's load; wall
 * time does.
 */
function timed(bin: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/bin/sh', ['-c', '"$@" >/dev/null || exit $?; times >&2', 'sh', bin, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env,
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${bin} ${code}: ${err}`));
      const children = err.trim().split('\n').at(-1) ?? '';
      const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      resolve({ wallMs: performance.now() - t0, cpuMs: ((secs[0] ?? 0) + (secs[1] ?? 0)) * 1000 });
    });
  });
}
interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function wholeCliProcess(): Promise<void> {
  const cli = path.join(import.meta.dirname, '..', 'out', 'cli', 'coursewright.cjs');
  if (!fs.existsSync(cli)) {
    say('\n3. whole `media import` process: skipped, run `npm run build:node` first');
    return;
  }
  const lib = path.join(work, 'cli-library');
  const env = { ...process.env, COURSEWRIGHT_MEDIA_CONCURRENCY: '1' };
  // Distinct bytes per run (the library stores a file once and would skip its jobs the second time).
  const clip = (i: number) =>
    make(`cli-${i}.mp4`, [
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv444p',
      '-c:a',
      'aac',
      '-metadata',
      `title=run ${i}`,
    ]);
  // Warm-up: creates the library (schema, sample course and its probe) so runs time only the import.
  await timed(process.execPath, [cli, 'media', 'import', clip(0), '--library', lib], env);
  const cli_: Timing[] = [];
  const direct_: Timing[] = [];
  for (let i = 1; i <= reps; i++) {
    const file = clip(i);
    const info = await probeMedia(file, ffmpeg.ffprobe);
    const size = targetSize(info.video!, '720p');
    const runDirect = async () => {
      const t0 = performance.now();
      const probe = await timed(ffmpeg.ffprobe, [
        '-v',
        'error',
        '-print_format',
        'json',
        '-show_format',
        '-show_streams',
        '--',
        file,
      ]);
      const jobs = await Promise.all([
        timed(
          ffmpeg.ffmpeg,
          buildVideoArgs(file, path.join(work, 'd-video.mp4'), info, { quality: '720p', preset: 'quality' }),
        ),
        timed(
          ffmpeg.ffmpeg,
          buildPosterArgs(
            file,
            { poster: path.join(work, 'd-poster.jpg'), thumbnail: path.join(work, 'd-thumb.webp') },
            posterTime(info.durationSeconds),
            size.width,
          ),
        ),
      ]);
      direct_.push({ wallMs: performance.now() - t0, cpuMs: [probe, ...jobs].reduce((a, t) => a + t.cpuMs, 0) });
    };
    const runCli = async () =>
      cli_.push(await timed(process.execPath, [cli, 'media', 'import', file, '--library', lib], env));
    if (i % 2) {
      await runDirect();
      await runCli();
    } else {
      await runCli();
      await runDirect();
    }
  }
  const cliMs = cli_.map((t) => t.wallMs);
  const directMs = direct_.map((t) => t.wallMs);
  const ratio = median(cliMs) / median(directMs);
  const cpuRatio = median(cli_.map((t) => t.cpuMs)) / median(direct_.map((t) => t.cpuMs));
  cliFigures = {
    cliMs,
    directMs,
    ratio,
    cliCpuMs: cli_.map((t) => t.cpuMs),
    directCpuMs: direct_.map((t) => t.cpuMs),
    cpuRatio,
  };
  say(`\n3. whole \`media import\` process vs the same ffprobe + ffmpeg processes run directly (lanes in parallel):`);
  say(`   wall  direct ${directMs.map(fmtMs).join(', ')} → median ${fmtMs(median(directMs))}`);
  say(`   wall  CLI    ${cliMs.map(fmtMs).join(', ')} → median ${fmtMs(median(cliMs))}`);
  say(`   CPU   direct ${direct_.map((t) => fmtMs(t.cpuMs)).join(', ')}`);
  say(`   CPU   CLI    ${cli_.map((t) => fmtMs(t.cpuMs)).join(', ')}`);
  say(`   CPU ratio CLI/direct = ${cpuRatio.toFixed(3)} (all processes, user + system)`);
  say(`   wall ratio CLI/direct = ${ratio.toFixed(3)} (goal ≤ 1.05) ${ratio <= 1.05 ? 'OK' : 'MISSED'}`);
}
