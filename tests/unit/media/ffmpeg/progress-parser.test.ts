import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressReader,
  parseClock,
  parseProgressBlock,
  type ProgressUpdate,
} from '../../../../main/media/ffmpeg/progress-parser';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

/** Feeds captured output line by line through the reader the transcode queue uses; returns every update. */
function readAll(text: string, durationSeconds: number | null): ProgressUpdate[] {
  const updates: ProgressUpdate[] = [];
  const reader = createProgressReader(durationSeconds, (u) => updates.push(u));
  for (const line of text.split(/\r?\n/)) reader.push(line);
  return updates;
}

describe('createProgressReader on recorded ffmpeg 5.1 output', () => {
  it('reads an encode of a 2 s clip: starts at 0, ends done at 1 with speed', () => {
    const updates = readAll(fixture('progress-encode.txt'), 2);
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({ fraction: 0, outTimeSeconds: 0, speed: 0, done: false, totalSize: 48 });
    expect(updates[1]).toMatchObject({ fraction: 1, done: true, speed: 20.3, totalSize: 86178 });
    expect(updates[1]?.outTimeSeconds).toBeCloseTo(2.020136, 6);
  });

  it('reads intermediate blocks of a 6 s encode as increasing fractions', () => {
    const updates = readAll(fixture('progress-long.txt'), 6);
    const fractions = updates.map((u) => u.fraction);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions[1]).toBeCloseTo(1.533398 / 6, 5);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });

  it('reads exponent speeds (remux) and N/A speed', () => {
    const updates = readAll(fixture('progress-remux.txt'), 2);
    expect(updates[0]?.speed).toBeNull();
    expect(updates[1]?.speed).toBe(2810);
  });

  it('reads audio-only progress', () => {
    const updates = readAll(fixture('progress-audio.txt'), 3);
    expect(updates.at(-1)).toMatchObject({ fraction: 1, done: true, speed: 29.7 });
    expect(updates.at(-1)?.outTimeSeconds).toBeCloseTo(3.008, 3);
  });

  it('reports fraction 0 until done when the duration is unknown', () => {
    const updates = readAll(fixture('progress-long.txt'), null);
    expect(updates.slice(0, -1).every((u) => u.fraction === 0)).toBe(true);
    expect(updates.at(-1)?.fraction).toBe(1);
  });

  it('falls back to out_time, then to out_time_ms (microseconds in ffmpeg ≤ 7), ignoring N/A', () => {
    expect(parseProgressBlock(['out_time=00:00:01.500000', 'progress=continue'], 3).fraction).toBeCloseTo(0.5);
    expect(parseProgressBlock(['out_time_us=N/A', 'out_time_ms=750000', 'progress=continue'], 3).fraction).toBeCloseTo(
      0.25,
    );
    expect(parseProgressBlock(['out_time_us=N/A', 'out_time=N/A', 'progress=continue'], 3).fraction).toBe(0);
  });

  it('clamps negative start times and overshoot', () => {
    expect(parseProgressBlock(['out_time=-00:00:00.023220', 'progress=continue'], 2).fraction).toBe(0);
    expect(parseProgressBlock(['out_time_us=9000000', 'progress=continue'], 2).fraction).toBe(1);
  });

  it('ignores a trailing unfinished block', () => {
    expect(readAll('out_time_us=1000000\nprogress=continue\nout_time_us=1500000\n', 2)).toHaveLength(1);
  });
});

describe('parseClock', () => {
  it('parses HH:MM:SS.micro and negatives; rejects junk', () => {
    expect(parseClock('01:02:03.500000')).toBeCloseTo(3723.5);
    expect(parseClock('-00:00:00.5')).toBeCloseTo(-0.5);
    expect(parseClock('N/A')).toBeNull();
    expect(parseClock(undefined)).toBeNull();
  });
});

describe('progress properties (fast-check)', () => {
  const block = fc.record({
    us: fc.oneof(fc.integer({ min: -1_000_000, max: 100_000_000 }).map(String), fc.constant('N/A')),
    end: fc.boolean(),
  });
  it('fractions stay within 0..1, never decrease, and end at 1 when ffmpeg says end', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 40 }),
        fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
        (blocks, duration) => {
          const text = blocks.map((b) => `out_time_us=${b.us}\nprogress=${b.end ? 'end' : 'continue'}\n`).join('');
          const updates = readAll(text, duration);
          expect(updates).toHaveLength(blocks.length);
          let prev = 0;
          updates.forEach((u, i) => {
            expect(u.fraction).toBeGreaterThanOrEqual(0);
            expect(u.fraction).toBeLessThanOrEqual(1);
            expect(u.fraction).toBeGreaterThanOrEqual(prev);
            if (blocks[i]?.end) expect(u.fraction).toBe(1);
            prev = u.fraction;
          });
        },
      ),
    );
  });

  it('the reader reports the running maximum of out_time / duration, then 1 at the end, line by line', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 20 }), (times) => {
        const text =
          times.map((t) => `frame=1\nout_time_us=${t}\nspeed=1.5x\nprogress=continue\n`).join('') + 'progress=end\n';
        const seen: number[] = [];
        const reader = createProgressReader(5, (u) => seen.push(u.fraction));
        for (const line of text.split('\n')) reader.push(line);
        let max = 0;
        const expected = times.map((t) => (max = Math.max(max, t / 1e6 / 5)));
        expect(seen).toEqual([...expected, 1]);
        expect(reader.last?.done).toBe(true);
      }),
    );
  });
});
