import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { MediaService, type MediaServiceOptions } from '../../../main/media/media-service';
import type { QueueEvent } from '../../../main/media/queue/transcode-queue';

/** Shared by the media integration tests: real ffmpeg, real SQLite library in a temp folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cw-media-${prefix}-`));
}

/** Generates a small clip with lavfi (inputs are `-f lavfi -i ...` pairs); returns its path. */
export function makeClip(dir: string, name: string, args: string[]): string {
  const out = path.join(dir, name);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, out]);
  return out;
}

export const lavfiVideo = (size: string, seconds: number, rate = 25) => [
  '-f',
  'lavfi',
  '-i',
  `testsrc2=size=${size}:rate=${rate}:duration=${seconds}`,
];
export const lavfiTone = (seconds: number, gainDb = 0) => [
  '-f',
  'lavfi',
  '-i',
  `sine=frequency=440:sample_rate=48000:duration=${seconds},volume=${gainDb}dB`,
];
export const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

interface ProbedStream {
  codec_type: string;
  codec_name: string;
  profile?: string;
  pix_fmt?: string;
  width?: number;
  height?: number;
}
export function ffprobe(file: string): { streams: ProbedStream[]; format: { duration: string; format_name: string } } {
  const out = execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ReturnType<typeof ffprobe>;
}

/** Top-level ISO-BMFF box types in file order (moov before mdat = "+faststart"). */
export function topLevelAtoms(file: string): string[] {
  const buf = fs.readFileSync(file);
  const atoms: string[] = [];
  let at = 0;
  while (at + 8 <= buf.length) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (size === 1) size = Number(buf.readBigUInt64BE(at + 8));
    if (size === 0) size = buf.length - at;
    atoms.push(type);
    if (size < 8) break;
    at += size;
  }
  return atoms;
}

/** Integrated loudness (LUFS) measured by ffmpeg's ebur128 filter. */
export function integratedLoudness(file: string): number {
  const { stderr } = spawnSync(
    'ffmpeg',
    ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const m = /I:\s+(-?[\d.]+) LUFS/.exec(summary);
  if (!m) throw new Error(`no loudness in ebur128 output: ${summary}`);
  return Number(m[1]);
}

export async function openMedia(dir: string, opts: Partial<MediaServiceOptions> = {}) {
  const library: SqliteCourseLibrary = await openCourseLibrary({ dir, seedSample: false });
  const media = new MediaService({ library, throttleMs: 50, x264Preset: 'veryfast', ...opts });
  const events: QueueEvent[] = [];
  media.onProgress((e) => events.push(e));
  return { library, media, events };
}
