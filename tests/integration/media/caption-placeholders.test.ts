import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseSilencedetect,
  placeholderVtt,
  speechCues,
  PLACEHOLDER_TEXT,
} from '../../../main/media/captions/speech-placeholders';
import { validateCaptions } from '../../../main/media/captions/validate-captions';
import { H264, lavfiVideo, makeClip, tempDir } from './media-test-kit';

/** Integration with real ffmpeg: placeholder cues timed to the speech of a generated clip with silence gaps. */
const dir = tempDir('placeholders');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('caption placeholders from silencedetect', () => {
  it('puts one cue per stretch of sound, splits long stretches at 7 s, leaves the silences out', async () => {
    // 12 s of tone, muted between 2 and 3.5 s and from 11.5 s on: speech is 0–2 and 3.5–11.5 (8 s: split).
    const clip = makeClip(dir, 'gaps.mp4', [
      ...lavfiVideo('160x120', 12),
      '-f',
      'lavfi',
      '-i',
      "sine=frequency=300:sample_rate=48000:duration=12,volume=enable='between(t,2,3.5)+gte(t,11.5)':volume=0",
      ...H264,
      '-c:a',
      'aac',
      '-shortest',
    ]);
    const { vtt, cueCount } = await placeholderVtt('ffmpeg', clip);
    const report = validateCaptions(vtt);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(cueCount).toBe(report.cues.length);
    const spans = report.cues.map((c) => [c.start, c.end]);
    expect(spans).toHaveLength(3);
    const [a, b, c] = spans as [number[], number[], number[]];
    expect(a[0]).toBeCloseTo(0, 0);
    expect(a[1]).toBeGreaterThan(1.8);
    expect(a[1]).toBeLessThan(2.3);
    expect(b[0]).toBeGreaterThan(3.3);
    expect(b[0]).toBeLessThan(3.7);
    // The 8 s stretch is split in two pieces of ~4 s; nothing lasts more than 7 s, nothing covers a silence.
    for (const [start, end] of spans) expect(end! - start!).toBeLessThanOrEqual(7);
    expect(b[1]).toBeCloseTo(c[0]!, 3);
    expect(c[1]).toBeGreaterThan(11.2);
    expect(c[1]).toBeLessThan(11.8);
    expect(report.cues.every((cue) => cue.text === PLACEHOLDER_TEXT)).toBe(true);
  });

  it('parses silencedetect output and splits at most every 7 s', () => {
    const stderr = [
      '  Duration: 00:00:20.00, start: 0.000000, bitrate: 100 kb/s',
      '[silencedetect @ 0x1] silence_start: 5',
      '[silencedetect @ 0x1] silence_end: 6 | silence_duration: 1',
      '[silencedetect @ 0x1] silence_start: 19',
    ].join('\n');
    const { silences, duration } = parseSilencedetect(stderr);
    expect(duration).toBe(20);
    expect(silences).toEqual([
      { start: 5, end: 6 },
      { start: 19, end: 20 },
    ]);
    expect(speechCues(silences, 20)).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 12.5 },
      { start: 12.5, end: 19 },
    ]);
  });
});
