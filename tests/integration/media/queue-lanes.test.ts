import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../main/app/app-context';
import type { HubEvent } from '../../../main/app/event-hub';
import { ProcessRegistry, type RunOptions } from '../../../main/media/ffmpeg/run-ffmpeg';
import type { QueueEvent } from '../../../main/media/queue/transcode-queue';
import { buildCli, cliEnv, startCli } from './built-cli';
import { ffprobe, H264, lavfiTone, lavfiVideo, makeClip, openMedia, tempDir } from './media-test-kit';

/** Issue 12 §2, queue part: lanes, percent and time left, and events for jobs another process runs. */
const src = tempDir('lanes-src');
const dirs: string[] = [src];
let longVideo: string;
let png: string;
let tone: string;
const libDir = (name: string) => {
  const d = tempDir(name);
  dirs.push(d);
  return d;
};
const nextEvent = (
  events: QueueEvent[],
  listen: (l: (e: QueueEvent) => void) => () => void,
  test: (e: QueueEvent) => boolean,
) =>
  new Promise<QueueEvent>((resolve) => {
    const seen = events.find(test);
    if (seen) return resolve(seen);
    const off = listen((e) => {
      if (!test(e)) return;
      off();
      resolve(e);
    });
  });

beforeAll(async () => {
  dirs.push(await buildCli());
  longVideo = makeClip(src, 'long.mp4', [
    ...lavfiVideo('1280x720', 8),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv444p',
  ]);
  png = makeClip(src, 'diagram.png', ['-f', 'lavfi', '-i', 'testsrc2=size=320x240', '-frames:v', '1']);
  tone = makeClip(src, 'tone.m4a', [...lavfiTone(1), '-c:a', 'aac']);
}, 120_000);
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('queue lanes and progress', () => {
  it('a PNG imported while a long video converts finishes first; the video reports monotonic percent and time left', async () => {
    const dir = libDir('lanes');
    const { library, media, events } = await openMedia(dir, { concurrency: 1, x264Preset: 'medium', throttleMs: 100 });
    const listen = (l: (e: QueueEvent) => void) => media.onProgress(l);
    try {
      await media.start();
      const [video] = await media.importMedia([longVideo]);
      const videoJob = video!.jobs.find((j) => j.kind === 'video')!;
      await nextEvent(events, listen, (e) => e.jobId === videoJob.id && e.state === 'running');
      const [image] = await media.importMedia([png]);
      const imageJob = image!.jobs[0]!;
      const imageDone = await nextEvent(events, listen, (e) => e.jobId === imageJob.id && e.state === 'done');
      expect(imageDone.state).toBe('done');
      expect(media.queue.store.get(videoJob.id)?.state).toBe('running'); // still converting

      await media.queue.whenIdle();
      expect(media.queue.store.get(videoJob.id)?.state).toBe('done');
      const running = events.filter((e) => e.jobId === videoJob.id && e.state === 'running');
      expect(running.length).toBeGreaterThan(3);
      const fractions = running.map((e) => e.fraction);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      const etas = running.map((e) => e.etaSeconds).filter((s): s is number => typeof s === 'number');
      expect(etas.length).toBeGreaterThan(0);
      expect(etas).toEqual([...etas].sort((a, b) => b - a));
      expect(events.filter((e) => e.jobId === videoJob.id).at(-1)).toMatchObject({ state: 'done', etaSeconds: 0 });
    } finally {
      await media.close();
      library.close();
    }
  }, 120_000);

  it('a job run by a CLI process reaches the event listeners of an open app host', async () => {
    const dir = libDir('host-events');
    const context = await createAppContext({ libraryDir: dir, host: 'browser', seedSample: false });
    const seen: HubEvent[] = [];
    let onDone: (() => void) | null = null;
    context.events.subscribe((e) => {
      seen.push(e);
      if (e.event === 'media.progress' && e.payload.state === 'done') onDone?.();
    });
    try {
      const cli = startCli(['media', 'import', tone, '--json', '--library', dir], cliEnv(dir));
      expect(await cli.exited).toBe(0);
      const { jobs } = JSON.parse(cli.stdout()) as { jobs: { id: string; state: string }[] };
      expect(jobs).toHaveLength(1);
      const done = () =>
        seen.some((e) => e.event === 'media.progress' && e.payload.jobId === jobs[0]!.id && e.payload.state === 'done');
      if (!done()) await new Promise<void>((resolve) => (onDone = () => done() && resolve()));
      expect(done()).toBe(true);
      const list = await context.router.dispatch('media.list', {}, { host: 'browser' });
      expect(list.ok && (list.value as { fileName: string }[]).map((i) => i.fileName)).toEqual([path.basename(tone)]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('one ffmpeg run (one decode) makes both the poster and the thumbnail', async () => {
    const runs: string[][] = [];
    class Counting extends ProcessRegistry {
      override run(bin: string, args: readonly string[], opts?: RunOptions) {
        runs.push([bin, ...args]);
        return super.run(bin, args, opts);
      }
    }
    const clip = makeClip(src, 'short.mp4', [...lavfiVideo('640x360', 2), ...H264]);
    const { library, media } = await openMedia(libDir('poster'), { registry: new Counting() });
    try {
      await media.start();
      const [r] = await media.importMedia([clip]);
      await media.queue.whenIdle();
      const poster = r!.jobs.find((j) => j.kind === 'poster')!;
      expect(media.queue.store.get(poster.id)).toMatchObject({ state: 'done', method: 'frames' });
      const frameRuns = runs.filter(
        (a) => a.some((x) => x.includes('poster.')) || a.some((x) => x.includes('thumbnail.')),
      );
      expect(frameRuns).toHaveLength(1);
      expect(frameRuns[0]!.filter((x) => x === '-i')).toHaveLength(1);
      const files = Object.fromEntries(media.listMedia()[0]!.renditions.map((f) => [f.purpose, f.path]));
      expect(ffprobe(path.join(library.dir, files.poster!)).streams[0]).toMatchObject({
        codec_name: 'mjpeg',
        width: 640,
      });
      expect(ffprobe(path.join(library.dir, files.thumbnail!)).streams[0]).toMatchObject({
        codec_name: 'webp',
        width: 320,
      });
    } finally {
      await media.close();
      library.close();
    }
  }, 60_000);
});
