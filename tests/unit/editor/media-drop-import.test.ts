import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockForAsset, droppedPaths, importDroppedFiles } from '../../../renderer/src/editor/media/drop-import';
import { createMediaStore } from '../../../renderer/src/editor/media/media-store';
import { createEditorStore } from '../../../renderer/src/editor/editor-store';
import { createDraftStorage } from '../../../renderer/src/editor/draft-storage';
import { newBlock } from '../../../renderer/src/editor/blocks/new-block';
import { createCourseStore } from '../../../renderer/src/stores/course-store';
import type { AppErrorShape } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

const ASSET = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

describe('dropped files become blocks', () => {
  it('maps image, video and audio assets to blocks and leaves other kinds out', () => {
    expect(blockForAsset({ id: ASSET, kind: 'image', fileName: 'desk.png' })).toEqual({
      type: 'image',
      assetId: ASSET,
      alt: '',
      decorative: false,
    });
    expect(blockForAsset({ id: ASSET, kind: 'video', fileName: 'intro.take2.mp4' })).toEqual({
      type: 'video',
      assetId: ASSET,
      title: 'intro.take2',
      captions: [],
    });
    expect(blockForAsset({ id: ASSET, kind: 'audio', fileName: 'tone.wav' })).toEqual({
      type: 'audio',
      assetId: ASSET,
      title: 'tone',
    });
    expect(blockForAsset({ id: ASSET, kind: 'captions', fileName: 'a.vtt' })).toBeNull();
    expect(blockForAsset({ id: ASSET, kind: 'other', fileName: 'a.pdf' })).toBeNull();
  });

  it('takes paths only from the desktop host, skipping files without one', () => {
    const files = [
      { name: 'a.png', size: 1 },
      { name: 'b.png', size: 1 },
    ];
    expect(droppedPaths(files, undefined)).toEqual([]);
    expect(droppedPaths(files, (f) => (f.name === 'a.png' ? '/x/a.png' : null))).toEqual(['/x/a.png']);
  });
});

describe('importing dropped files (real router, SQLite library and ffmpeg)', () => {
  let env: InProcessApi;
  let errors: AppErrorShape[];
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
    errors = [];
  });
  afterEach(async () => {
    await env.close();
  });

  it('imports the files into the media library and inserts their blocks where the drop asked, in order', async () => {
    const ff = (args: string[], name: string) => {
      const out = path.join(env.dir, name);
      execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, out]);
      return out;
    };
    const png = ff(['-f', 'lavfi', '-i', 'color=c=red:s=32x24', '-frames:v', '1'], 'desk.png');
    const wav = ff(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5'], 'tone.wav');
    const broken = path.join(env.dir, 'missing.png');

    const created = await env.api.invoke('courses.create', { title: 'Drop test' });
    if (!created.ok) throw new Error(created.error.message);
    const course = createCourseStore(env.api);
    await course.getState().open(created.value.id);
    const editor = createEditorStore({ api: env.api, course, drafts: createDraftStorage(null) });
    const media = createMediaStore(env.api, (e) => errors.push(e));
    const module = (await editor.getState().addModule('M'))!;
    const lesson = (await editor.getState().addLesson(module.id, 'L'))!;
    await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0);

    const result = await importDroppedFiles(
      { media, editor },
      { lessonId: lesson.id, position: 1, courseId: created.value.id },
      [png, wav, broken],
    );
    expect(result).toEqual({ inserted: 2, skipped: 0 });
    // The missing file is reported, the others still go in.
    expect(errors.map((e) => e.code)).toHaveLength(1);
    const tree = await env.api.invoke('courses.get', { courseId: created.value.id });
    if (!tree.ok) throw new Error(tree.error.message);
    const blocks = tree.value.modules[0]!.lessons[0]!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'image', 'audio']);
    const assets = await env.api.invoke('assets.list', {});
    if (!assets.ok) throw new Error(assets.error.message);
    const byId = new Map(assets.value.map((a) => [a.id, a.fileName]));
    const [, image, audio] = blocks;
    expect(image?.type === 'image' && image.assetId && byId.get(image.assetId)).toBe('desk.png');
    expect(audio?.type === 'audio' && audio.assetId && byId.get(audio.assetId)).toBe('tone.wav');
    expect(media.getState().items.length).toBeGreaterThanOrEqual(2);
    // One undo step per inserted block (the editor store's own action).
    expect(await editor.getState().undo()).toBe(true);
    expect(env.calls.get('media.import')).toBe(1);
  });
});
