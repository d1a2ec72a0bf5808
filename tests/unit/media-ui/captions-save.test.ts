import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppErrorShape, Block } from '../../../shared';
import { createCaptionEditorStore } from '../../../renderer/src/media/caption-editor-store';
import { cuesToVtt, parseVttCues } from '../../../renderer/src/media/cue-text';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { H264, lavfiTone, lavfiVideo, makeClip, tempDir } from '../../integration/media/media-test-kit';

/** `captions.save` through the real router and SQLite library, and the cue editor store driving it. */
let inProc: InProcessApi;
let src: string;
let videoAssetId: string;
let captionsAssetId: string;
let blockId: string;
const errors: AppErrorShape[] = [];
const onError = (e: AppErrorShape) => errors.push(e);
const readText = async (assetId: string) => fs.readFileSync(inProc.context.library.assetFile(assetId)!.path, 'utf8');
const videoBlock = (): Extract<Block, { type: 'video' }> => {
  const lib = inProc.context.library;
  const course = lib.getCourse(lib.getBlockCourseId(blockId));
  const block = course.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks)).find((b) => b.id === blockId);
  if (block?.type !== 'video') throw new Error('video block missing');
  return block;
};

beforeAll(async () => {
  src = tempDir('cap-src');
  inProc = await createInProcessApi({ seedSample: false });
  const clip = makeClip(src, 'talk.mp4', [...lavfiVideo('160x120', 1), ...lavfiTone(1), ...H264, '-c:a', 'aac']);
  const imported = await inProc.api.invoke('media.import', { paths: [clip] });
  if (!imported.ok) throw new Error(imported.error.message);
  videoAssetId = imported.value[0]!.asset!.id;
  const lib = inProc.context.library;
  const course = lib.createCourse({ title: 'Talks' });
  const lesson = lib.createLesson(lib.createModule(course.id, 'M').id, 'L');
  blockId = lib.createBlock(lesson.id, { type: 'video', assetId: videoAssetId, title: 'Talk', captions: [] }).id;
  const vtt = path.join(src, 'talk.en.vtt');
  fs.writeFileSync(vtt, 'WEBVTT\n\n00:00:00.000 --> 00:00:00.500\nHello\n\n00:00:00.500 --> 00:00:01.000\nWorld\n');
  const cap = await inProc.api.invoke('captions.import', {
    path: vtt,
    videoBlockId: blockId,
    language: 'en',
    label: 'English',
  });
  if (!cap.ok) throw new Error(cap.error.message);
  captionsAssetId = cap.value.asset.id;
}, 60_000);

afterAll(async () => {
  await inProc?.context.media?.queue.whenIdle();
  await inProc?.close();
  fs.rmSync(src, { recursive: true, force: true });
});

describe('captions.save', () => {
  it('refuses unknown assets, non-caption assets and invalid WebVTT with AppError codes', async () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi\n';
    const missing = await inProc.api.invoke('captions.save', { assetId: '00000000-0000-4000-8000-000000000000', vtt });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const video = await inProc.api.invoke('captions.save', { assetId: videoAssetId, vtt });
    expect(!video.ok && video.error.code).toBe('CONFLICT');
    const bad = await inProc.api.invoke('captions.save', {
      assetId: captionsAssetId,
      vtt: 'WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nBackwards\n',
    });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const noHeader = await inProc.api.invoke('captions.save', { assetId: captionsAssetId, vtt: 'hello' });
    expect(!noHeader.ok && noHeader.error.code).toBe('VALIDATION');
    expect(videoBlock().captions[0]?.assetId).toBe(captionsAssetId);
  });

  it('stores unchanged cues as the same asset (content-addressed) and re-points nothing', async () => {
    const same = await inProc.api.invoke('captions.save', {
      assetId: captionsAssetId,
      vtt: await readText(captionsAssetId),
    });
    if (!same.ok) throw new Error(same.error.message);
    expect(same.value.asset.id).toBe(captionsAssetId);
    expect(same.value.repointedBlockIds).toEqual([]);
  });
});

describe('caption editor store', () => {
  it('loads cues, validates edits live and saves a new asset the video block now uses', async () => {
    let saved = 0;
    const store = createCaptionEditorStore({ api: inProc.api, onError, readText, onSaved: () => saved++ });
    await store.getState().open(captionsAssetId);
    expect(store.getState().cues).toEqual([
      { start: '00:00:00.000', end: '00:00:00.500', text: 'Hello' },
      { start: '00:00:00.500', end: '00:00:01.000', text: 'World' },
    ]);
    expect(store.getState().valid).toBe(true);

    store.getState().editCue(0, { end: '00:00:00.800' });
    await store.getState().validate();
    expect(store.getState().valid).toBe(true);
    expect(store.getState().issues.map((i) => i.code)).toContain('overlap');

    store.getState().editCue(0, { end: 'soon' });
    await store.getState().validate();
    expect(store.getState().valid).toBe(false);
    expect(store.getState().issues.map((i) => i.code)).toContain('bad-timestamp');
    const before = errors.length;
    expect(await store.getState().save()).toBe(false);
    expect(errors.at(-1)?.code).toBe('VALIDATION');
    errors.length = before;

    store.getState().editCue(0, { end: '00:00:00.500', text: 'Hello there' });
    expect(await store.getState().save()).toBe(true);
    const newId = store.getState().savedAssetId!;
    expect(newId).not.toBe(captionsAssetId);
    expect(store.getState().assetId).toBe(newId);
    expect(store.getState().dirty).toBe(false);
    expect(saved).toBe(1);
    expect(await readText(newId)).toContain('Hello there');
    expect(videoBlock().captions).toEqual([{ assetId: newId, language: 'en', label: 'English' }]);
    expect(inProc.context.library.listAssets().find((a) => a.id === newId)?.kind).toBe('captions');
  });

  it('adds and removes cues', async () => {
    const store = createCaptionEditorStore({ api: inProc.api, onError, readText });
    await store.getState().open(videoBlock().captions[0]!.assetId);
    const n = store.getState().cues.length;
    store.getState().addCue();
    expect(store.getState().cues).toHaveLength(n + 1);
    store.getState().removeCue(n);
    expect(store.getState().cues).toHaveLength(n);
    expect(store.getState().dirty).toBe(true);
  });
});

describe('cue text', () => {
  it('round-trips cues through WebVTT, skipping NOTE blocks and dropping blank lines in text', () => {
    const cues = parseVttCues('WEBVTT\n\nNOTE hi\n\nid1\n00:01.000 --> 00:02.000 line:0\nA\nB\n');
    expect(cues).toEqual([{ start: '00:01.000', end: '00:02.000', text: 'A\nB' }]);
    expect(parseVttCues(cuesToVtt([{ start: '1', end: '2', text: 'x\n\ny' }]))).toEqual([
      { start: '1', end: '2', text: 'x\ny' },
    ]);
  });
});
