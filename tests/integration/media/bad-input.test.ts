import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaImportResult } from '../../../shared';
import { H264, lavfiTone, lavfiVideo, makeClip, openMedia, tempDir } from './media-test-kit';

/** Each kind of bad input gets its own message naming the file; the good file in the same batch goes on. */
const src = tempDir('bad-src');
const libDir = tempDir('bad-lib');
let ctx: Awaited<ReturnType<typeof openMedia>>;
let byName: Map<string, MediaImportResult>;

beforeAll(async () => {
  const good = makeClip(src, 'good.mp4', [
    ...lavfiVideo('160x120', 1),
    ...lavfiTone(1),
    ...H264,
    '-c:a',
    'aac',
    '-shortest',
  ]);
  fs.writeFileSync(path.join(src, 'empty.mp4'), '');
  const whole = fs.readFileSync(good);
  fs.writeFileSync(path.join(src, 'cut-short.mp4'), whole.subarray(0, Math.floor(whole.length / 3))); // moov at the end: gone
  fs.writeFileSync(path.join(src, 'notes.mp4'), 'These are my lecture notes, not a video.\n'.repeat(20));
  makeClip(src, 'voice.wav', [...lavfiTone(1)]);
  fs.copyFileSync(path.join(src, 'voice.wav'), path.join(src, 'voice-renamed.mp4'));
  makeClip(src, 'podcast.mp4', [...lavfiTone(1), '-c:a', 'aac']);
  makeClip(src, 'speck.png', ['-f', 'lavfi', '-i', 'color=c=blue:size=8x8', '-frames:v', '1']);
  fs.writeFileSync(
    path.join(src, 'evil.svg'),
    '<!DOCTYPE svg [<!ENTITY lol "lol">]><svg xmlns="http://www.w3.org/2000/svg">&lol;</svg>',
  );

  ctx = await openMedia(libDir);
  await ctx.media.start();
  const names = [
    'empty.mp4',
    'cut-short.mp4',
    'good.mp4',
    'notes.mp4',
    'voice-renamed.mp4',
    'podcast.mp4',
    'speck.png',
    'evil.svg',
    'missing.mp4',
  ];
  const results = await ctx.media.importMedia(names.map((n) => path.join(src, n)));
  byName = new Map(results.map((r) => [path.basename(r.file), r]));
  await ctx.media.queue.whenIdle();
}, 60_000);

afterAll(async () => {
  await ctx?.media.close();
  ctx?.library.close();
  fs.rmSync(src, { recursive: true, force: true });
  fs.rmSync(libDir, { recursive: true, force: true });
});

const failure = (name: string) => byName.get(name)?.error;

describe('no ffmpeg', () => {
  it('refuses the import with a plain FFMPEG_MISSING message telling how to install it', async () => {
    const dir = tempDir('noff');
    const { library, media } = await openMedia(dir, {
      ffmpeg: { env: { PATH: '/nonexistent' }, ffmpegStatic: () => null },
    });
    try {
      const [r] = await media.importMedia([path.join(src, 'good.mp4')]);
      expect(r?.error).toMatchObject({
        code: 'FFMPEG_MISSING',
        message: expect.stringMatching(/^Coursewright needs ffmpeg .*not found\. Install ffmpeg .*COURSEWRIGHT_FFMPEG/),
      });
      expect(library.listAssets()).toEqual([]);
    } finally {
      await media.close();
      library.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad input', () => {
  it.each([
    ['empty.mp4', 'zero-byte', /^empty\.mp4 is empty \(0 bytes\)/],
    ['cut-short.mp4', 'truncated', /^cut-short\.mp4 looks like an MP4\/QuickTime file but is damaged or incomplete/],
    ['notes.mp4', 'not-media', /^notes\.mp4 is not a video, audio or image file/],
    ['voice-renamed.mp4', 'mislabelled', /^voice-renamed\.mp4 is named "\.mp4" but actually contains WAV data/],
    ['podcast.mp4', 'audio-only-video', /^podcast\.mp4 has sound but no picture/],
    ['speck.png', 'absurd-dimensions', /^speck\.png is too small \(8×8 pixels\)/],
    ['evil.svg', 'not-media', /^evil\.svg is not a safe, well-formed SVG image: it declares a DOCTYPE/],
  ])('%s fails as %s with a message naming it', (name, reason, message) => {
    const error = failure(name);
    expect(error?.code).toBe('MEDIA');
    expect(error?.details).toMatchObject({ reason, file: name });
    expect(error?.message).toMatch(message);
    expect(byName.get(name)?.asset).toBeNull();
  });

  it('names a missing file', () => {
    expect(failure('missing.mp4')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^missing\.mp4 was not found/),
    });
  });

  it('lets the good file in the same batch finish, and leaves the library clean', () => {
    const good = byName.get('good.mp4')!;
    expect(good.error).toBeNull();
    const assets = ctx.library.listAssets();
    expect(assets.map((a) => a.fileName)).toEqual(['good.mp4']);
    expect(ctx.media.listMedia()[0]).toMatchObject({ status: 'ready' });
    const originals = fs
      .readdirSync(path.join(libDir, 'media', 'originals'), { recursive: true })
      .filter((f) => String(f).includes('.'));
    expect(originals).toHaveLength(1);
  });
});
