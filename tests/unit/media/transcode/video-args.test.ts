import { describe, expect, it } from 'vitest';
import type { MediaInfo } from '../../../../main/media/probe';
import {
  buildPosterArgs,
  buildRemuxArgs,
  buildVideoArgs,
  posterTime,
  remuxDecision,
  targetSize,
} from '../../../../main/media/transcode/video-args';

function info(over: Partial<NonNullable<MediaInfo['video']>> = {}, rest: Partial<MediaInfo> = {}): MediaInfo {
  const width = over.width ?? 1280;
  const height = over.height ?? 720;
  return {
    kind: 'video',
    container: 'mov,mp4,m4a,3gp,3g2,mj2',
    durationSeconds: 10,
    bitRate: 1_000_000,
    size: 1_250_000,
    video: {
      codec: 'h264',
      profile: 'High',
      pixFmt: 'yuv420p',
      width,
      height,
      rotation: 0,
      displayWidth: width,
      displayHeight: height,
      frameRate: 25,
      bitRate: 900_000,
      ...over,
    },
    audio: { codec: 'aac', channels: 2, sampleRate: 48000, bitRate: 128_000 },
    ...rest,
  };
}

describe('targetSize', () => {
  it('caps at the quality box and never upscales', () => {
    expect(targetSize({ displayWidth: 1920, displayHeight: 1080 }, '720p')).toEqual({ width: 1280, height: 720 });
    expect(targetSize({ displayWidth: 640, displayHeight: 360 }, '1080p')).toEqual({ width: 640, height: 360 });
    expect(targetSize({ displayWidth: 3840, displayHeight: 2160 }, '480p')).toEqual({ width: 854, height: 480 });
  });
  it('keeps portrait video portrait and sizes even', () => {
    expect(targetSize({ displayWidth: 1080, displayHeight: 1920 }, '720p')).toEqual({ width: 720, height: 1280 });
    const odd = targetSize({ displayWidth: 1001, displayHeight: 777 }, '480p');
    expect((odd.width % 2) + (odd.height % 2)).toBe(0);
    expect(odd.height).toBeLessThanOrEqual(480);
  });
});

describe('remuxDecision', () => {
  it('takes the fast path for compliant H.264/AAC MP4 within the limit', () => {
    expect(remuxDecision(info(), '720p')).toEqual({ remux: true, reasons: [] });
    expect(remuxDecision(info({}, { audio: null }), '720p').remux).toBe(true);
  });
  it('re-encodes everything else, saying why', () => {
    expect(remuxDecision(info({ codec: 'vp9' }, { container: 'matroska,webm' }), '720p').reasons).toEqual([
      'container matroska,webm is not MP4',
      'video codec vp9 is not H.264',
    ]);
    expect(remuxDecision(info({ pixFmt: 'yuv444p', profile: 'High 4:4:4 Predictive' }), '720p').remux).toBe(false);
    expect(remuxDecision(info({ width: 1920, height: 1080 }), '720p').reasons).toEqual([
      '1920×1080 is larger than 720p',
    ]);
    expect(
      remuxDecision(info({}, { audio: { codec: 'mp3', channels: 2, sampleRate: 44100, bitRate: null } }), '720p').remux,
    ).toBe(false);
  });
});

describe('argument builders', () => {
  it('builds an H.264 High yuv420p + AAC faststart encode at the target size', () => {
    const args = buildVideoArgs('in.webm', 'out.partial.mp4', info({ width: 1920, height: 1080 }), {
      quality: '720p',
      preset: 'size',
    });
    const s = args.join(' ');
    expect(s).toContain('-c:v libx264 -profile:v high');
    expect(s).toContain('-crf 26');
    expect(s).toContain('-pix_fmt yuv420p');
    expect(s).toContain('scale=1280:720');
    expect(s).toContain('-c:a aac');
    expect(s).toContain('-movflags +faststart');
    expect(s).toContain('-progress pipe:1');
    expect(args.at(-1)).toBe('out.partial.mp4');
    expect(args.slice(-3, -1)).toEqual(['-f', 'mp4']); // the .partial name does not decide the muxer
  });
  it('encodes "quality" with the benchmarked default (veryfast, CRF 23; bench/video-preset-bench.ts)', () => {
    const s = buildVideoArgs('in.webm', 'o.mp4', info(), { quality: '720p', preset: 'quality' }).join(' ');
    expect(s).toContain('-preset veryfast -crf 23');
  });
  it('remuxes with stream copy', () => {
    const s = buildRemuxArgs('in.mp4', 'o.mp4').join(' ');
    expect(s).toContain('-c copy -movflags +faststart');
    expect(s).not.toContain('libx264');
  });
  it('grabs poster frames at 10 % (not before 1 s unless the clip is short)', () => {
    expect(posterTime(100)).toBe(10);
    expect(posterTime(5)).toBe(1);
    expect(posterTime(1)).toBe(0.5);
    expect(posterTime(null)).toBe(0);
    const args = buildPosterArgs('in.mp4', { poster: 'poster.jpg', thumbnail: 't.webp' }, 1, 640);
    // One input, one seek, two outputs: one decode makes both.
    expect(args.filter((a) => a === '-i')).toHaveLength(1);
    expect(args.filter((a) => a === '-ss')).toHaveLength(1);
    const line = args.join(' ');
    expect(line).toContain('-ss 1.000');
    expect(line).toMatch(/-map \[poster\] .*-c:v mjpeg .*poster\.jpg -map \[thumb\] .*-c:v libwebp .*t\.webp$/);
  });
});
