import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConcurrency } from '../../../main/media/queue/transcode-queue';
import { lavfiTone, lavfiVideo, makeClip, openMedia, tempDir } from './media-test-kit';

const src = tempDir('q-src');
const dirs: string[] = [src];
let slowClip: string;
let quickClip: string;

const until = async (what: string, test: () => boolean, timeoutMs = 30_000) => {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const libDir = (name: string) => {
  const d = tempDir(name);
  dirs.push(d);
  return d;
};
const partials = (dir: string) =>
  fs.existsSync(path.join(dir, 'media', 'renditions'))
    ? (fs.readdirSync(path.join(dir, 'media', 'renditions'), { recursive: true }) as string[]).filter((f) =>
        f.includes('.partial'),
      )
    : [];

beforeAll(() => {
  // yuv444p forces a real encode, at 640×360 × 3 s it runs long enough to be interrupted.
  slowClip = makeClip(src, 'slow.mp4', [
    ...lavfiVideo('640x360', 3),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv444p',
  ]);
  quickClip = makeClip(src, 'quick.m4a', [...lavfiTone(1), '-c:a', 'aac']);
});
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('transcoding queue lifecycle', () => {
  it('defaults to half the cores, at least one', () => {
    expect(defaultConcurrency()).toBeGreaterThanOrEqual(1);
  });

  it('cancel stops ffmpeg and leaves no file; retry then completes', async () => {
    const dir = libDir('cancel');
    const { library, media, events } = await openMedia(dir, { x264Preset: 'medium' });
    try {
      await media.start();
      const [result] = await media.importMedia([slowClip]);
      const video = result!.jobs.find((j) => j.kind === 'video')!;
      await until('the encode to start writing', () => partials(dir).length > 0);
      expect(media.cancel(video.id).state).toMatch(/running|cancelled/);
      await media.queue.whenSettled(video.assetId);
      await media.queue.whenIdle();
      expect(media.queue.store.get(video.id)).toMatchObject({ state: 'cancelled', error: 'Cancelled' });
      expect(partials(dir)).toEqual([]);
      expect(fs.existsSync(path.join(dir, 'media', 'renditions', video.assetId, 'video-720p.mp4'))).toBe(false);
      expect(media.queue.store.renditions(video.assetId).some((r) => r.purpose.startsWith('video'))).toBe(false);
      expect(events.filter((e) => e.jobId === video.id).at(-1)).toMatchObject({ state: 'cancelled' });

      media.retry(video.id);
      await media.queue.whenIdle();
      expect(media.queue.store.get(video.id)).toMatchObject({ state: 'done', attempts: 2, method: 'encode' });
      expect(fs.existsSync(path.join(dir, 'media', 'renditions', video.assetId, 'video-720p.mp4'))).toBe(true);
      expect(() => media.cancel(video.id)).toThrow(/already done/);
    } finally {
      await media.close();
      library.close();
    }
  }, 60_000);

  it('a job whose process was killed mid-run is queued again at restart, its partial file removed, and completes', async () => {
    const dir = libDir('crash');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-worker.ts'), dir, slowClip], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      await until(
        'the worker to write a partial output',
        () => {
          if (child.exitCode !== null) throw new Error(`worker exited early: ${stderr}`);
          return partials(dir).some((f) => f.includes('video')) && fs.existsSync(path.join(dir, 'library.sqlite'));
        },
        45_000,
      );
    } finally {
      process.kill(-child.pid!, 'SIGKILL'); // the whole group: node and its ffmpeg child, like a crash
    }
    await new Promise((r) => child.once('exit', r));
    const db = new Database(path.join(dir, 'library.sqlite'), { readonly: true });
    const stuck = db.prepare(`SELECT id, state FROM media_jobs WHERE kind = 'video'`).get() as {
      id: string;
      state: string;
    };
    db.close();
    expect(stuck.state).toBe('running'); // the crash left it running
    expect(partials(dir).length).toBeGreaterThan(0);

    const { library, media } = await openMedia(dir);
    try {
      const recovered = await media.start();
      expect(recovered.map((j) => j.id)).toContain(stuck.id);
      await media.queue.whenIdle();
      expect(partials(dir)).toEqual([]);
      const job = media.queue.store.get(stuck.id)!;
      expect(job).toMatchObject({ state: 'done', attempts: 2, method: 'encode' });
      const [item] = media.listMedia();
      expect(item?.status).toBe('ready');
      expect(item?.renditions.map((r) => r.purpose).sort()).toEqual(['poster', 'thumbnail', 'video-720p']);
      for (const r of item!.renditions) expect(fs.statSync(path.join(dir, r.path)).size).toBe(r.size);
    } finally {
      await media.close();
      library.close();
    }
  }, 90_000);

  it('stores the same file once and does not queue it twice', async () => {
    const dir = libDir('dedup');
    const { library, media } = await openMedia(dir);
    try {
      await media.start();
      const copy = path.join(src, 'copy-of-quick.m4a');
      fs.copyFileSync(quickClip, copy);
      const [first] = await media.importMedia([quickClip]);
      const [again, renamedCopy] = await media.importMedia([quickClip, copy]);
      expect(first).toMatchObject({ deduplicated: false, error: null });
      expect(first!.jobs).toHaveLength(1);
      expect(again).toMatchObject({ deduplicated: true, jobs: [] });
      expect(renamedCopy).toMatchObject({ deduplicated: true, jobs: [] });
      expect(again!.asset!.id).toBe(first!.asset!.id);
      expect(renamedCopy!.asset!.id).toBe(first!.asset!.id);
      expect(library.listAssets()).toHaveLength(1);
      const stored = (fs.readdirSync(path.join(dir, 'media', 'originals'), { recursive: true }) as string[]).filter(
        (f) => f.includes('.'),
      );
      expect(stored).toHaveLength(1);
      await media.queue.whenIdle();
      expect(media.queue.store.list()).toHaveLength(1);
    } finally {
      await media.close();
      library.close();
    }
  });

  it('runs no more jobs at once than its concurrency', async () => {
    const dir = libDir('conc');
    const { library, media, events } = await openMedia(dir, { concurrency: 1 });
    try {
      await media.start();
      const tones = [1, 2, 3].map((i) =>
        makeClip(src, `tone-${i}.wav`, ['-f', 'lavfi', '-i', `sine=frequency=${300 + i * 100}:duration=1`]),
      );
      await media.importMedia(tones);
      await media.queue.whenIdle();
      const live = new Set<string>();
      let max = 0;
      for (const e of events) {
        if (e.state === 'running') live.add(e.jobId);
        else live.delete(e.jobId);
        max = Math.max(max, live.size);
      }
      expect(max).toBe(1);
      expect(media.queue.store.list().every((j) => j.state === 'done')).toBe(true);
    } finally {
      await media.close();
      library.close();
    }
  });
});
