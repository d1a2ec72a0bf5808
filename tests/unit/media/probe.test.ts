import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared';
import { interpretProbe, rotationOf, type FfprobeJson } from '../../../main/media/probe';

const recorded = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'fixtures', 'ffprobe-h264-aac.json'), 'utf8'),
) as FfprobeJson;
const file = (name: string, size = 100_000, magic: string | null = 'an MP4/QuickTime file') => ({
  name,
  ext: path.extname(name),
  size,
  magic,
});

function reasonOf(fn: () => unknown): { reason: string; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return { reason: ((e as AppError).details as { reason: string }).reason, message: (e as AppError).message };
  }
  throw new Error('expected a failure');
}

describe('interpretProbe', () => {
  it('reads a recorded H.264/AAC MP4', () => {
    const info = interpretProbe(recorded, file('clip.mp4'));
    expect(info).toMatchObject({ kind: 'video', container: 'mov,mp4,m4a,3gp,3g2,mj2' });
    expect(info.durationSeconds).toBeCloseTo(2, 1);
    expect(info.video).toMatchObject({
      codec: 'h264',
      profile: 'High',
      pixFmt: 'yuv420p',
      width: 320,
      height: 240,
      rotation: 0,
    });
    expect(info.audio).toMatchObject({ codec: 'aac', channels: 1, sampleRate: 44100 });
    expect(info.bitRate).toBeGreaterThan(0);
  });

  it('swaps the displayed size of rotated video', () => {
    const rotated = structuredClone(recorded);
    rotated.streams![0]!.side_data_list = [{ side_data_type: 'Display Matrix', rotation: -90 }];
    const info = interpretProbe(rotated, file('phone.mp4'));
    expect(info.video).toMatchObject({ rotation: 90, width: 320, height: 240, displayWidth: 240, displayHeight: 320 });
  });

  it('names the file for mislabelled content', () => {
    const wav: FfprobeJson = {
      format: { format_name: 'wav', duration: '1' },
      streams: [{ codec_type: 'audio', codec_name: 'pcm_s16le' }],
    };
    const r = reasonOf(() => interpretProbe(wav, file('talk.mp4', 1000, 'a RIFF (WAV/AVI/WebP) file')));
    expect(r).toMatchObject({ reason: 'mislabelled' });
    expect(r.message).toMatch(/^talk\.mp4 is named "\.mp4" but actually contains WAV data/);
  });

  it('refuses audio-only "video"', () => {
    const audioOnly = { ...recorded, streams: recorded.streams!.filter((s) => s.codec_type === 'audio') };
    expect(reasonOf(() => interpretProbe(audioOnly, file('lecture.mp4')))).toMatchObject({
      reason: 'audio-only-video',
      message: expect.stringMatching(/^lecture\.mp4 has sound but no picture/),
    });
  });

  it('accepts audio-only in an audio extension, with cover art ignored', () => {
    const withCover: FfprobeJson = {
      format: { format_name: 'mp3', duration: '3' },
      streams: [
        { codec_type: 'audio', codec_name: 'mp3', channels: 2 },
        { codec_type: 'video', codec_name: 'mjpeg', width: 500, height: 500, disposition: { attached_pic: 1 } },
      ],
    };
    expect(interpretProbe(withCover, file('song.mp3', 1000, 'an MP3 file'))).toMatchObject({
      kind: 'audio',
      video: null,
    });
  });

  it('refuses absurd dimensions in both directions', () => {
    const tiny: FfprobeJson = {
      format: { format_name: 'png_pipe' },
      streams: [{ codec_type: 'video', codec_name: 'png', width: 8, height: 8 }],
    };
    const huge: FfprobeJson = {
      format: { format_name: 'png_pipe' },
      streams: [{ codec_type: 'video', codec_name: 'png', width: 20000, height: 100 }],
    };
    expect(reasonOf(() => interpretProbe(tiny, file('dot.png', 100, 'a PNG image')))).toMatchObject({
      reason: 'absurd-dimensions',
      message: expect.stringContaining('dot.png is too small (8×8 pixels)'),
    });
    expect(reasonOf(() => interpretProbe(huge, file('strip.png', 100, 'a PNG image'))).reason).toBe(
      'absurd-dimensions',
    );
  });

  it('detects a cut-off MP4 whose index is intact (streams claim far more data than the file has)', () => {
    const r = reasonOf(() => interpretProbe(recorded, file('cut.mp4', 3000)));
    expect(r.reason).toBe('truncated');
    expect(r.message).toMatch(/^cut\.mp4 is incomplete/);
  });

  it('tells a mislabelled image by its first bytes (ffprobe reads any .jpg as "image2")', () => {
    const jpgNamedPng: FfprobeJson = {
      format: { format_name: 'image2' },
      streams: [{ codec_type: 'video', codec_name: 'png', width: 64, height: 64 }],
    };
    expect(reasonOf(() => interpretProbe(jpgNamedPng, file('photo.jpg', 500, 'a PNG image')))).toMatchObject({
      reason: 'mislabelled',
      message: expect.stringMatching(/^photo\.jpg is named "\.jpg" but actually contains a PNG image/),
    });
    expect(interpretProbe(jpgNamedPng, file('photo.png', 500, 'a PNG image')).kind).toBe('image');
  });

  it('reads images as images', () => {
    const png: FfprobeJson = {
      format: { format_name: 'png_pipe' },
      streams: [{ codec_type: 'video', codec_name: 'png', width: 64, height: 32, pix_fmt: 'rgba' }],
    };
    expect(interpretProbe(png, file('logo.png', 500, 'a PNG image'))).toMatchObject({
      kind: 'image',
      video: { pixFmt: 'rgba' },
    });
  });
});

describe('rotationOf', () => {
  it('normalises display-matrix (counter-clockwise) and tag (clockwise) rotations', () => {
    expect(rotationOf({ side_data_list: [{ rotation: -90 }] })).toBe(90);
    expect(rotationOf({ side_data_list: [{ rotation: 90 }] })).toBe(270);
    expect(rotationOf({ side_data_list: [{ rotation: 180 }] })).toBe(180);
    expect(rotationOf({ tags: { rotate: '90' } })).toBe(90);
    expect(rotationOf({})).toBe(0);
  });
});
