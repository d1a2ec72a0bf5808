import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppErrorShape, MediaImportResult } from '../../../shared';
import { createMediaLibraryStore } from '../../../renderer/src/media/media-library-store';
import type { Uploader } from '../../../renderer/src/media/upload-file';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { H264, lavfiTone, lavfiVideo, makeClip, tempDir } from '../../integration/media/media-test-kit';

/** The media panel's store against the real router, SQLite library and ffmpeg (no transport). */
let inProc: InProcessApi;
let src: string;
let clip: string;
let tone: string;
let narration: string;
const errors: AppErrorShape[] = [];
const onError = (e: AppErrorShape) => errors.push(e);

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  src = tempDir('ui-src');
  clip = makeClip(src, 'intro.mp4', [
    ...lavfiVideo('320x240', 2),
    ...lavfiTone(2),
    ...H264,
    '-c:a',
    'aac',
    '-shortest',
  ]);
  tone = makeClip(src, 'tone.m4a', [...lavfiTone(1), '-c:a', 'aac']);
  narration = makeClip(src, 'narration.m4a', [...lavfiTone(1.5, -3), '-c:a', 'aac']);
  inProc = await createInProcessApi({ seedSample: false });
}, 60_000);

afterAll(async () => {
  await inProc?.context.media?.queue.whenIdle();
  await inProc?.close();
  fs.rmSync(src, { recursive: true, force: true });
});

describe('media library store', () => {
  it('imports by path, follows media.progress to done and lists metadata', async () => {
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    const unwatch = store.getState().watch();
    await store.getState().importPaths([clip]);
    const item = store.getState().items.find((i) => i.fileName === 'intro.mp4');
    expect(item?.kind).toBe('video');
    const seen: number[] = [];
    const stop = store.subscribe((s) => {
      for (const job of Object.values(s.jobs)) seen.push(job.fraction);
    });
    await until(
      () => store.getState().items.find((i) => i.id === item?.id)?.status === 'ready',
      'the clip to be ready',
    );
    stop();
    unwatch();
    const ready = store.getState().items.find((i) => i.id === item?.id)!;
    expect(ready.meta?.width).toBe(320);
    expect(ready.meta?.height).toBe(240);
    expect(ready.meta?.duration).toBeCloseTo(2, 0);
    expect(ready.jobs.every((j) => j.state === 'done')).toBe(true);
    // Progress events arrived and at least one job reported its end.
    expect(Object.values(store.getState().jobs).some((j) => j.state === 'done' && j.fraction === 1)).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(store.getState().announcement).not.toBe('');
    expect(errors).toEqual([]);
  }, 60_000);

  it('reports a refused import file through onError and keeps the others', async () => {
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    const junk = path.join(src, 'junk.mp4');
    fs.writeFileSync(junk, 'not media');
    const before = errors.length;
    await store.getState().importPaths([junk, tone]);
    expect(errors.length).toBe(before + 1);
    expect(errors.at(-1)?.message).toContain('junk.mp4');
    expect(store.getState().items.some((i) => i.fileName === 'tone.m4a')).toBe(true);
    errors.length = before;
  });

  it('uploads files through the uploader with progress, then lists the asset', async () => {
    const progress: number[] = [];
    // Stands in for the XHR: writes the File where the host would and imports it by path.
    const uploader: Uploader = async (file, { onProgress }) => {
      const bytes = Buffer.from(await file.arrayBuffer());
      onProgress(bytes.length / 2, bytes.length);
      const dest = path.join(src, `up-${file.name}`);
      fs.writeFileSync(dest, bytes);
      onProgress(bytes.length, bytes.length);
      const r = await inProc.api.invoke('media.import', { paths: [dest] });
      return r.ok ? { ok: true, value: r.value.map((x: MediaImportResult) => ({ ...x, file: file.name })) } : r;
    };
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader });
    store.subscribe((s) => {
      const u = s.uploads[0];
      if (u) progress.push(u.loaded);
    });
    expect(store.getState().canImportFiles).toBe(true);
    const file = new File([fs.readFileSync(narration)], 'narration.m4a', { type: 'audio/mp4' });
    await store.getState().importFiles([file]);
    expect(store.getState().uploads).toEqual([
      expect.objectContaining({ name: 'narration.m4a', state: 'done', loaded: file.size }),
    ]);
    expect(progress).toContain(file.size / 2);
    expect(store.getState().items.some((i) => i.fileName === 'up-narration.m4a')).toBe(true);
  });

  it('without uploader or pathForFile it cannot import files and says to use the path field', async () => {
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    expect(store.getState().canImportFiles).toBe(false);
    const before = errors.length;
    await store.getState().importFiles([new File(['x'], 'a.mp4')]);
    expect(errors.length).toBe(before + 1);
    errors.length = before;
  });

  it('uses api.pathForFile under Electron when the preload offers it', async () => {
    const api = { ...inProc.api, pathForFile: (f: { name: string }) => (f.name === 'tone.m4a' ? tone : null) };
    const store = createMediaLibraryStore({ api, onError, uploader: null });
    expect(store.getState().canImportFiles).toBe(true);
    const calls = inProc.calls.get('media.import') ?? 0;
    const before = errors.length;
    await store.getState().importFiles([new File(['x'], 'tone.m4a'), new File(['y'], 'built-in-js.m4a')]);
    expect(inProc.calls.get('media.import')).toBe(calls + 1);
    // The file without a path is reported, not sent as a bogus path.
    expect(errors.slice(before).map((e) => e.code)).toEqual(['VALIDATION']);
    errors.length = before;
  });

  it('refuses to delete media in use, showing where, and deletes unused media', async () => {
    const lib = inProc.context.library;
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    await store.getState().load();
    const video = store.getState().items.find((i) => i.fileName === 'intro.mp4')!;
    const course = lib.createCourse({ title: 'Onboarding' });
    const lesson = lib.createLesson(lib.createModule(course.id, 'Week 1').id, 'Welcome');
    lib.createBlock(lesson.id, { type: 'video', assetId: video.id, title: 'Intro', captions: [] });

    await store.getState().remove(video.id);
    expect(store.getState().inUse).toEqual({
      assetId: video.id,
      fileName: 'intro.mp4',
      places: [expect.objectContaining({ courseTitle: 'Onboarding', lessonTitle: 'Welcome', blockType: 'video' })],
    });
    expect(store.getState().items.some((i) => i.id === video.id)).toBe(true);
    store.getState().dismissInUse();
    expect(store.getState().inUse).toBeNull();

    const unused = store.getState().items.find((i) => i.fileName === 'up-narration.m4a')!;
    await inProc.context.media!.queue.whenIdle();
    await store.getState().remove(unused.id);
    expect(store.getState().items.some((i) => i.id === unused.id)).toBe(false);
    expect(store.getState().inUse).toBeNull();
  }, 30_000);

  it('cleans up unused media but keeps media that blocks use', async () => {
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    await inProc.context.media!.queue.whenIdle();
    await store.getState().load();
    expect(store.getState().items.some((i) => i.fileName === 'tone.m4a')).toBe(true);
    await store.getState().cleanup();
    const names = store.getState().items.map((i) => i.fileName);
    expect(names).toContain('intro.mp4');
    expect(names).not.toContain('tone.m4a');
    expect(store.getState().announcement).toMatch(/Removed \d+ unused file/);
  }, 30_000);

  it('cancels a queued or running job and retries it to done', async () => {
    const store = createMediaLibraryStore({ api: inProc.api, onError, uploader: null });
    const unwatch = store.getState().watch();
    const long = makeClip(src, 'long.mp4', [
      ...lavfiVideo('640x360', 8),
      ...lavfiTone(8),
      '-c:v',
      'mpeg4',
      '-c:a',
      'mp2',
      '-shortest',
    ]);
    await store.getState().importPaths([long]);
    const item = store.getState().items.find((i) => i.fileName === 'long.mp4')!;
    const job = item.jobs.find((j) => j.kind === 'video')!;
    await store.getState().cancel(job.id);
    // A running ffmpeg is stopped asynchronously: the final state arrives as a media.progress event.
    const stateOf = () =>
      store
        .getState()
        .items.find((i) => i.id === item.id)
        ?.jobs.find((j) => j.id === job.id)?.state;
    await until(() => stateOf() === 'cancelled', 'the job to be cancelled');
    expect(store.getState().jobs[job.id]?.state).toBe('cancelled');
    await store.getState().retry(job.id);
    expect(store.getState().jobs[job.id]?.state).toBe('queued');
    await until(
      () =>
        store
          .getState()
          .items.find((i) => i.id === item.id)
          ?.jobs.find((j) => j.id === job.id)?.state === 'done',
      'the retried job to finish',
      90_000,
    );
    unwatch();
  }, 120_000);
});
