import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import type { HubEvent } from '../../../main/app/event-hub';
import type { Block, MediaImportResult, MediaItem } from '../../../shared';
import { H264, lavfiTone, lavfiVideo, makeClip, tempDir } from './media-test-kit';

/** The media channels end to end through the app context's router (as the renderer calls them). */
const src = tempDir('hk-src');
const libDir = tempDir('hk-lib');
let app: AppContext;
const hubEvents: HubEvent[] = [];
const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await app.router.dispatch(channel, input, { host: 'browser' });
  if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
  return r.value as T;
};

let courseId: string;
let lessonId: string;
let videoAssetId: string;
let unusedAssetId: string;
let videoBlock: Block;

beforeAll(async () => {
  makeClip(src, 'intro.mp4', [...lavfiVideo('160x120', 1), ...lavfiTone(1), ...H264, '-c:a', 'aac', '-shortest']);
  makeClip(src, 'spare.m4a', [...lavfiTone(1), '-c:a', 'aac']);
  fs.writeFileSync(
    path.join(src, 'intro.srt'),
    '1\n00:00:00,000 --> 00:00:00,800\nHello!\n\n2\n00:00:00,800 --> 00:00:01,000\nSecond line\n',
  );
  fs.writeFileSync(
    path.join(src, 'overlap.srt'),
    '1\n00:00:00,000 --> 00:00:00,800\nHello!\n\n2\n00:00:00,500 --> 00:00:01,000\nOverlapping line\n',
  );
  // "Café" in Latin-1 on line 3: not UTF-8.
  fs.writeFileSync(
    path.join(src, 'latin1.srt'),
    Buffer.concat([Buffer.from('1\n00:00:00,000 --> 00:00:00,800\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
  );
  fs.writeFileSync(path.join(src, 'broken.srt'), '1\n00:00:02,000 --> 00:00:01,000\nBackwards\n');
  app = await createAppContext({ libraryDir: libDir, host: 'browser', seedSample: false });
  app.events.subscribe((e) => hubEvents.push(e));
  const course = app.library.createCourse({ title: 'Onboarding' });
  courseId = course.id;
  const mod = app.library.createModule(courseId, 'Week 1');
  lessonId = app.library.createLesson(mod.id, 'Welcome').id;

  const results = await call<MediaImportResult[]>('media.import', {
    paths: [path.join(src, 'intro.mp4'), path.join(src, 'spare.m4a')],
    courseId,
  });
  videoAssetId = results[0]!.asset!.id;
  unusedAssetId = results[1]!.asset!.id;
  videoBlock = app.library.createBlock(lessonId, {
    type: 'video',
    assetId: videoAssetId,
    title: 'Intro',
    captions: [],
  });
  await app.media!.queue.whenIdle();
}, 60_000);

afterAll(async () => {
  await app?.close();
  fs.rmSync(src, { recursive: true, force: true });
  fs.rmSync(libDir, { recursive: true, force: true });
});

describe('media channels', () => {
  it('pushes media.progress events ending in done for every job', () => {
    const progress = hubEvents
      .filter((e) => e.event === 'media.progress')
      .map((e) => e.payload as { jobId: string; state: string; fraction: number });
    const last = new Map(progress.map((p) => [p.jobId, p]));
    expect(last.size).toBe(3); // video + poster + audio
    for (const p of last.values()) expect(p).toMatchObject({ state: 'done', fraction: 1 });
  });

  it('lists the course media with status, metadata and renditions', async () => {
    const items = await call<MediaItem[]>('media.list', { courseId });
    const intro = items.find((i) => i.id === videoAssetId)!;
    expect(intro).toMatchObject({ status: 'ready', courseId, meta: { mediaKind: 'video', width: 160, height: 120 } });
    expect(intro.renditions.map((r) => r.purpose).sort()).toEqual(['poster', 'thumbnail', 'video-720p']);
    expect(await call<MediaItem[]>('media.list', { courseId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('imports SRT captions as WebVTT and attaches them to the video block', async () => {
    const r = await call<{
      asset: { id: string; mime: string; kind: string };
      cueCount: number;
      issues: { code: string; line: number }[];
    }>('captions.import', {
      path: path.join(src, 'intro.srt'),
      videoBlockId: videoBlock.id,
      language: 'en',
      label: 'English',
    });
    expect(r.cueCount).toBe(2);
    expect(r.asset.kind).toBe('captions');
    expect(r.issues).toEqual([]);
    const stored = fs.readFileSync(app.library.assetFile(r.asset.id)!.path, 'utf8');
    expect(stored.startsWith('WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.800\nHello!')).toBe(true);
    const block = app.library.getCourse(courseId).modules[0]!.lessons[0]!.blocks[0] as Extract<
      Block,
      { type: 'video' }
    >;
    expect(block.captions).toEqual([{ assetId: r.asset.id, language: 'en', label: 'English' }]);
  });

  it('refuses captions with errors, with line numbers', async () => {
    await expect(
      call('captions.import', { path: path.join(src, 'broken.srt'), language: 'en', label: 'English' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^broken\.srt has 1 caption error\(s\) — line 2: The cue ends before/),
    });
  });

  it('refuses overlapping cues and text that is not UTF-8, naming the line, storing nothing', async () => {
    const before = app.library.listAssets().length;
    await expect(
      call('captions.import', { path: path.join(src, 'overlap.srt'), language: 'en', label: 'English' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/line 6: The cue starts before/) });
    await expect(
      call('captions.import', { path: path.join(src, 'latin1.srt'), language: 'en', label: 'English' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/not UTF-8 text \(line 3\)/) });
    expect(app.library.listAssets().length).toBe(before);
  });

  it('validates caption text without storing it', async () => {
    const r = await call<{ valid: boolean; vtt: string; format: string }>('captions.validate', {
      text: '1\n00:00:01,000 --> 00:00:02,000\nHi\n',
    });
    expect(r).toEqual({
      valid: true,
      format: 'srt',
      cueCount: 1,
      issues: [],
      vtt: 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHi\n',
    });
  });

  it('refuses to delete media a block uses, listing where', async () => {
    await expect(call('media.delete', { assetId: videoAssetId })).rejects.toMatchObject({
      code: 'IN_USE',
      message: expect.stringContaining('intro.mp4 is still used in “Onboarding” › “Welcome” (video block)'),
      details: {
        places: [
          {
            courseId,
            lessonId,
            blockId: videoBlock.id,
            blockType: 'video',
            courseTitle: 'Onboarding',
            lessonTitle: 'Welcome',
          },
        ],
      },
    });
    expect(fs.existsSync(app.library.assetFile(videoAssetId)!.path)).toBe(true);
  });

  it('cleans up unused media (files and rows) but keeps used media', async () => {
    const spareFile = app.library.assetFile(unusedAssetId)!.path;
    const spareRenditions = path.join(libDir, 'media', 'renditions', unusedAssetId);
    expect(fs.existsSync(spareRenditions)).toBe(true);
    const r = await call<{ deletedAssetIds: string[]; freedBytes: number }>('media.cleanup', {});
    expect(r.deletedAssetIds).toEqual([unusedAssetId]);
    expect(r.freedBytes).toBeGreaterThan(0);
    expect(fs.existsSync(spareFile)).toBe(false);
    expect(fs.existsSync(spareRenditions)).toBe(false);
    expect(app.library.listAssets().map((a) => a.id)).toContain(videoAssetId);
    expect(app.media!.queue.store.list({ assetId: unusedAssetId })).toEqual([]);
  });

  it('deletes media once no block uses it', async () => {
    app.library.deleteBlock(videoBlock.id);
    const captions = app.library.listAssets().find((a) => a.kind === 'captions')!;
    await call('media.delete', { assetId: videoAssetId });
    await call('media.delete', { assetId: captions.id });
    expect(app.library.listAssets()).toEqual([]);
    expect(fs.readdirSync(path.join(libDir, 'media', 'renditions'))).toEqual([]);
    await expect(call('media.delete', { assetId: videoAssetId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
