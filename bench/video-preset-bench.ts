/**
 * Default video preset/CRF (issue 12 §2). Run: `node --import tsx bench/video-preset-bench.ts [--seconds 6] [--reps 3]`.
 * Encodes one source with each candidate x264 preset/CRF through the app's own arguments (buildVideoArgs) and
 * compares, side by side with the reference `-preset veryfast -crf 23`:
 *  - file size;
 *  - encode CPU time: user + system time of the ffmpeg process from its own getrusage (`-benchmark`), median of reps;
 *  - SSIM of the decoded output against the source (ffmpeg's ssim filter, "All").
 * A candidate qualifies with size ≤ 1.10×, CPU ≤ 1.30× and SSIM ≥ the reference's; the best SSIM among those wins.
 * The source is natural-looking motion (lavfi `life`/`mandelbrot` are too easy or too hard): testsrc2 under film
 * grain plus a moving gradient, the kind of content where CRF and preset actually trade size for detail.
 * Prints a table and writes it to bench/results/ (gitignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveFfmpeg } from '../main/media/ffmpeg/resolve-ffmpeg';
import { probeMedia } from '../main/media/probe';
import { buildVideoArgs, CRF, DEFAULT_X264_PRESET } from '../main/media/transcode/video-args';
import { median } from './bench-util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '6' },
    reps: { type: 'string', default: '3' },
    source: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const reps = Number(values.reps);
const ffmpeg = resolveFfmpeg();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-preset-bench-'));

const REFERENCE = { preset: 'veryfast', crf: 23 };
const CANDIDATES = [
  REFERENCE,
  { preset: 'medium', crf: 20 }, // the old default
  { preset: DEFAULT_X264_PRESET, crf: CRF.quality }, // the current default
  { preset: 'veryfast', crf: 22 },
  { preset: 'faster', crf: 22 },
  { preset: 'faster', crf: 23 },
  { preset: 'fast', crf: 23 },
  { preset: 'fast', crf: 24 },
  { preset: 'medium', crf: 23 },
  { preset: 'medium', crf: 24 },
];

function makeSource(): string {
  if (values.source) return path.resolve(values.source);
  const out = path.join(work, 'source.mkv');
  // Lossless (FFV1) so SSIM measures only the candidate's loss.
  execFileSync(ffmpeg.ffmpeg, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1280x720:rate=30:duration=${seconds}`,
    '-vf',
    'noise=alls=5:allf=t+u,hue=H=t/2',
    '-c:v',
    'ffv1',
    '-pix_fmt',
    'yuv420p',
    out,
  ]);
  return out;
}

function cpuSeconds(stderr: string): number {
  const m = /bench: utime=([\d.]+)s stime=([\d.]+)s/.exec(stderr);
  if (!m) throw new Error(`no -benchmark line in ffmpeg output: ${stderr.slice(-500)}`);
  return Number(m[1]) + Number(m[2]);
}

function ssim(encoded: string, source: string): number {
  const r = spawnSync(
    ffmpeg.ffmpeg,
    ['-hide_banner', '-nostats', '-i', encoded, '-i', source, '-lavfi', '[0:v][1:v]ssim', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  const m = /SSIM .*All:([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`no SSIM in: ${r.stderr.slice(-500)}`);
  return Number(m[1]);
}

const source = makeSource();
const info = await probeMedia(source, ffmpeg.ffprobe);
const results = new Map<string, { cpu: number[]; size: number; ssim: number }>();
const key = (c: { preset: string; crf: number }) => `${c.preset}/crf ${c.crf}`;
const unique = [...new Map(CANDIDATES.map((c) => [key(c), c])).values()];
for (let rep = 0; rep < reps; rep++) {
  // Interleaved, rotating the order, so drifting machine load hits every candidate alike.
  const order = unique.map((_, i) => unique[(i + rep) % unique.length]!);
  for (const c of order) {
    const out = path.join(work, `${c.preset}-${c.crf}.mp4`);
    const args = buildVideoArgs(source, out, info, { quality: '720p', preset: 'quality', x264Preset: c.preset });
    args[args.indexOf('-crf') + 1] = String(c.crf);
    args[args.indexOf('-loglevel') + 1] = 'info'; // -benchmark reports at info level
    const r = spawnSync(ffmpeg.ffmpeg, ['-benchmark', ...args.filter((a) => a !== '-nostats')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ffmpeg failed for ${key(c)}: ${r.stderr}`);
    const entry = results.get(key(c)) ?? { cpu: [], size: fs.statSync(out).size, ssim: ssim(out, source) };
    entry.cpu.push(cpuSeconds(r.stderr));
    results.set(key(c), entry);
  }
}

const ref = results.get(key(REFERENCE))!;
const refCpu = median(ref.cpu);
const lines = [
  `Coursewright video preset benchmark — ${new Date().toISOString()}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  `source: ${values.source ?? `${seconds} s 1280×720 testsrc2 + light grain + hue drift (FFV1)`}, reps ${reps}`,
  `limits vs ${key(REFERENCE)}: size ≤ 1.10×, CPU ≤ 1.30×, SSIM ≥ reference`,
  '',
  'candidate          size KB  size×   CPU s  CPU×   SSIM      ok',
];
let best: { name: string; ssim: number } | null = null;
for (const c of unique) {
  const r = results.get(key(c))!;
  const cpu = median(r.cpu);
  const ok = r.size <= ref.size * 1.1 && cpu <= refCpu * 1.3 && r.ssim >= ref.ssim;
  if (ok && (!best || r.ssim > best.ssim)) best = { name: key(c), ssim: r.ssim };
  lines.push(
    `${key(c).padEnd(18)} ${(r.size / 1024).toFixed(0).padStart(7)}  ${(r.size / ref.size).toFixed(2)}  ${cpu
      .toFixed(2)
      .padStart(6)}  ${(cpu / refCpu).toFixed(2)}  ${r.ssim.toFixed(5)}  ${ok ? 'yes' : 'no'}`,
  );
}
lines.push('', `best qualifying: ${best?.name ?? 'none'}; app default: ${DEFAULT_X264_PRESET}/crf ${CRF.quality}`);
console.log(lines.join('\n'));
const resultsDir = path.join(import.meta.dirname, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, `video-preset-${Date.now()}.txt`), `${lines.join('\n')}\n`);
fs.rmSync(work, { recursive: true, force: true });
