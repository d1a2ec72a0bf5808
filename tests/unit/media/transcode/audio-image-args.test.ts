import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MediaInfo } from '../../../../main/media/probe';
import {
  buildAudioArgs,
  buildLoudnessMeasureArgs,
  parseLoudnessMeasurement,
} from '../../../../main/media/transcode/audio-args';
import { buildImageArgs, hasAlpha, planImage } from '../../../../main/media/transcode/image-args';

describe('loudness normalisation', () => {
  const stderr = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'loudnorm-measure-stderr.txt'), 'utf8');
  it('parses the measurement recorded from a real first pass', () => {
    expect(parseLoudnessMeasurement(stderr)).toMatchObject({
      input_i: '-21.75',
      input_tp: '-18.06',
      target_offset: '0.05',
    });
  });
  it('returns null for silence (-inf) or no JSON, so the caller falls back to one pass', () => {
    expect(parseLoudnessMeasurement(stderr.replace('"-21.75"', '"-inf"'))).toBeNull();
    expect(parseLoudnessMeasurement('no json here')).toBeNull();
  });
  it('feeds the measurement into a linear second pass at -16 LUFS', () => {
    const m = parseLoudnessMeasurement(stderr);
    const s = buildAudioArgs('in.wav', 'out.m4a', m).join(' ');
    expect(s).toContain('loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=-21.75:measured_TP=-18.06');
    expect(s).toContain('linear=true');
    expect(s).toContain('-c:a aac');
    expect(buildAudioArgs('in.wav', 'out.m4a', null).join(' ')).toContain('-af loudnorm=I=-16:TP=-1.5:LRA=11 ');
    expect(buildLoudnessMeasureArgs('in.wav').join(' ')).toContain('print_format=json -f null -');
  });
});

function still(container: string, width: number, height: number, pixFmt: string, codec: string): MediaInfo {
  return {
    kind: 'image',
    container,
    durationSeconds: null,
    bitRate: null,
    size: 1000,
    video: {
      codec,
      profile: null,
      pixFmt,
      width,
      height,
      rotation: 0,
      displayWidth: width,
      displayHeight: height,
      frameRate: null,
      bitRate: null,
    },
    audio: null,
  };
}

describe('image plans', () => {
  it('scales wide images down to 1920 px and keeps the format (and alpha)', () => {
    expect(planImage(still('png_pipe', 4000, 2000, 'rgba', 'png'))).toEqual({
      format: 'png',
      scaled: true,
      width: 1920,
      height: 960,
      alpha: true,
    });
    expect(planImage(still('image2', 800, 600, 'yuvj420p', 'mjpeg'))).toEqual({
      format: 'jpg',
      scaled: false,
      width: 800,
      height: 600,
      alpha: false,
    });
    expect(planImage(still('gif', 800, 600, 'bgra', 'gif'))).toBeNull();
  });
  it('knows which pixel formats carry alpha', () => {
    expect(['rgba', 'ya8', 'yuva420p', 'pal8', 'gbrap'].every(hasAlpha)).toBe(true);
    expect(['rgb24', 'yuv420p', 'gray', null].some(hasAlpha)).toBe(false);
  });
  it('encodes WebP with alpha as yuva420p', () => {
    const plan = planImage(still('webp_pipe', 3000, 3000, 'yuva420p', 'webp'))!;
    const s = buildImageArgs('in.webp', 'out.webp', plan).join(' ');
    expect(s).toContain('scale=1920:1920');
    expect(s).toContain('-c:v libwebp -quality 82 -pix_fmt yuva420p');
  });
});
