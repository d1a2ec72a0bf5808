import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaImportResult, MediaItem } from '../../../shared';
import type { QueueEvent } from '../../../main/media/queue/transcode-queue';
import { renditionFiles, videoRendition } from '../../../main/media/renditions';
import {
  ffprobe,
  H264,
  integratedLoudness,
  lavfiTone,
  lavfiVideo,
  makeClip,
  openMedia,
  tempDir,
  topLevelAtoms,
} from './media-test-kit';

/**
 * One library, one import of every good kind of input, checked with ffprobe. Clips are 1–2 s and
 * small so the whole file stays within a few seconds on two shared cores.
 */
const src = tempDir('src');
const libDir = tempDir('lib');
let ctx: Awaited<ReturnType<typeof openMedia>>;
let results: MediaImportResult[];
let items: Map<string, MediaItem>;

const file = (name: string) => path.join(src, name);
const item = (name: string) => {
  const found = items.get(name);
  if (!found) throw new Error(`no media item ${name}`);
  return found;
};
const rendition = (name: string, purpose: string) => {
  const r = item(name).renditions.find((x) => x.purpose === purpose);
  if (!r) throw new Error(`${name} has no ${purpose} rendition`);
  return path.join(libDir, r.path);
};
const job = (name: string, kind: string) => item(name).jobs.find((j) => j.kind === kind)!;

beforeAll(async () => {
  makeClip(src, 'compliant.mp4', [...lavfiVideo('320x240', 2), ...lavfiTone(2), ...H264, '-c:a', 'aac', '-shortest']);
  makeClip(src, 'yuv444.mp4', [
    ...lavfiVideo('320x240', 1),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv444p',
  ]);
  makeClip(src, 'clip.webm', [
    ...lavfiVideo('320x240', 1),
    ...lavfiTone(1),
    '-c:v',
    'libvpx-vp9',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-b:v',
    '300k',
    '-c:a',
    'libopus',
    '-shortest',
  ]);
  makeClip(src, 'wide.mp4', [...lavfiVideo('1280x720', 1), ...H264]);
  // A phone-style portrait clip: landscape pixels with a 90° display matrix (stream copy writes it).
  makeClip(src, 'portrait.mp4', ['-i', file('compliant.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90']);
  makeClip(src, 'narration.wav', [...lavfiTone(3, -24)]);
  makeClip(src, 'banner.png', ['-f', 'lavfi', '-i', 'color=c=red@0.5:size=2400x600,format=rgba', '-frames:v', '1']);
  makeClip(src, 'photo.jpg', [...lavfiVideo('400x300', 1), '-frames:v', '1', '-q:v', '2']);
  fs.writeFileSync(
    file('icon.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><script>alert(1)</script><rect width="4" height="4" onclick="x()"/></svg>',
  );

  ctx = await openMedia(libDir);
  const course = ctx.library.createCourse({ title: 'Media course' });
  ctx.library.updateCourse(course.id, { settings: { videoQuality: '480p' } });
  await ctx.media.start();
  const names = [
    'compliant.mp4',
    'yuv444.mp4',
    'clip.webm',
    'wide.mp4',
    'portrait.mp4',
    'narration.wav',
    'banner.png',
    'photo.jpg',
    'icon.svg',
  ];
  results = await ctx.media.importMedia(names.map(file), { courseId: course.id });
  await ctx.media.queue.whenIdle();
  items = new Map(ctx.media.listMedia({ courseId: course.id }).map((i) => [i.fileName, i]));
}, 90_000);

afterAll(async () => {
  await ctx?.media.close();
  ctx?.library.close();
  fs.rmSync(src, { recursive: true, force: true });
  fs.rmSync(libDir, { recursive: true, force: true });
});

describe('media import and transcoding (real ffmpeg)', () => {
  it('imports every file and finishes every job', () => {
    expect(results.map((r) => r.error)).toEqual(results.map(() => null));
    expect(items.size).toBe(9);
    for (const i of items.values()) {
      expect(i.status, i.fileName).toBe('ready');
      expect(i.jobs.every((j) => j.state === 'done' && j.progress === 1)).toBe(true);
    }
  });

  it('records probed metadata', () => {
    expect(item('compliant.mp4').meta).toMatchObject({
      mediaKind: 'video',
      width: 320,
      height: 240,
      videoCodec: 'h264',
      audioCodec: 'aac',
      audioChannels: 1,
    });
    expect(item('compliant.mp4').meta?.duration).toBeCloseTo(2, 0);
    expect(item('portrait.mp4').meta).toMatchObject({ width: 240, height: 320 });
    expect([90, 270]).toContain(item('portrait.mp4').meta?.rotation);
    expect(item('narration.wav').meta).toMatchObject({ mediaKind: 'audio', audioCodec: 'pcm_s16le' });
  });

  it('remuxes compliant H.264/AAC MP4 (fast path) and records the method and speed', () => {
    const j = job('compliant.mp4', 'video');
    expect(j.method).toBe('remux');
    expect(j.speed).toBeGreaterThan(20); // stream copy runs far faster than real time
    expect(job('portrait.mp4', 'video').method).toBe('remux');
  });

  it('re-encodes non-compliant input: VP9/WebM, yuv444p, and video above the course quality', () => {
    expect(job('clip.webm', 'video').method).toBe('encode');
    expect(job('yuv444.mp4', 'video').method).toBe('encode');
    expect(job('wide.mp4', 'video').method).toBe('encode');
  });

  it.each(['compliant.mp4', 'yuv444.mp4', 'clip.webm', 'wide.mp4', 'portrait.mp4'])(
    '%s → H.264 High yuv420p (+AAC) MP4 with moov before mdat and the right duration',
    (name) => {
      const out = rendition(name, 'video-480p');
      const probed = ffprobe(out);
      const v = probed.streams.find((s) => s.codec_type === 'video')!;
      expect(v.codec_name).toBe('h264');
      expect(v.pix_fmt).toBe('yuv420p');
      if (job(name, 'video').method === 'encode') expect(v.profile).toBe('High');
      const a = probed.streams.find((s) => s.codec_type === 'audio');
      if (a) expect(a.codec_name).toBe('aac');
      const atoms = topLevelAtoms(out);
      expect(atoms.indexOf('moov')).toBeGreaterThan(-1);
      expect(atoms.indexOf('moov')).toBeLessThan(atoms.indexOf('mdat'));
      const expected = item(name).meta!.duration!;
      expect(Math.abs(Number(probed.format.duration) - expected)).toBeLessThan(0.15);
      expect(fs.readdirSync(path.dirname(out)).some((f) => f.includes('.partial'))).toBe(false);
    },
  );

  it('caps renditions at the course quality (480p) with even dimensions, and never upscales', () => {
    const wide = item('wide.mp4').renditions.find((r) => r.purpose === 'video-480p')!;
    expect([wide.width, wide.height]).toEqual([854, 480]);
    const small = item('clip.webm').renditions.find((r) => r.purpose === 'video-480p')!;
    expect([small.width, small.height]).toEqual([320, 240]);
  });

  it('hands exporters the complete rendition files', () => {
    const files = renditionFiles(ctx.library, item('wide.mp4').id);
    expect(files.map((f) => f.purpose).sort()).toEqual(['poster', 'thumbnail', 'video-480p']);
    expect(videoRendition(files)).toMatchObject({ mime: 'video/mp4', width: 854, height: 480 });
    for (const f of files) expect(fs.statSync(f.path).size).toBe(f.size);
  });

  it('makes a poster and a thumbnail, turned like the video', () => {
    const poster = ffprobe(rendition('portrait.mp4', 'poster')).streams[0]!;
    expect([poster.codec_name, poster.width, poster.height]).toEqual(['mjpeg', 240, 320]);
    const thumb = ffprobe(rendition('wide.mp4', 'thumbnail')).streams[0]!;
    expect([thumb.codec_name, thumb.width, thumb.height]).toEqual(['webp', 320, 180]);
  });

  it('normalises narration to −16 LUFS (±1.5 LU) as AAC', () => {
    const out = rendition('narration.wav', 'audio-normalized');
    expect(ffprobe(out).streams[0]?.codec_name).toBe('aac');
    expect(job('narration.wav', 'audio').method).toBe('loudnorm-2pass');
    expect(integratedLoudness(file('narration.wav'))).toBeLessThan(-20); // the source really was quiet
    expect(Math.abs(integratedLoudness(out) - -16)).toBeLessThanOrEqual(1.5);
  });

  it('scales wide images to 1920 px keeping alpha, and sanitizes SVG', () => {
    const png = ffprobe(rendition('banner.png', 'image-web')).streams[0]!;
    expect([png.codec_name, png.width, png.height, png.pix_fmt]).toEqual(['png', 1920, 480, 'rgba']);
    const svg = fs.readFileSync(rendition('icon.svg', 'image-web'), 'utf8');
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>');
  });

  it('re-encodes a small image only when that saves space, else serves the original', () => {
    const j = job('photo.jpg', 'image');
    const r = item('photo.jpg').renditions[0]!;
    const original = ctx.library.assetFile(item('photo.jpg').id)!;
    if (j.method === 'reencode') expect(r.size).toBeLessThan(original.size);
    else expect([j.method, path.join(libDir, r.path)]).toEqual(['original', original.path]);
    expect([r.width, r.height, r.mime]).toEqual([400, 300, 'image/jpeg']);
  });

  it('reports monotonic, throttled progress per job that ends at 1', () => {
    const byJob = new Map<string, QueueEvent[]>();
    for (const e of ctx.events) byJob.set(e.jobId, [...(byJob.get(e.jobId) ?? []), e]);
    expect(byJob.size).toBe(results.flatMap((r) => r.jobs).length);
    for (const events of byJob.values()) {
      const fractions = events.map((e) => e.fraction);
      for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
      expect(events.at(-1)).toMatchObject({ state: 'done', fraction: 1 });
      expect(events.filter((e) => e.state === 'running').length).toBeLessThan(60);
    }
  });
});
