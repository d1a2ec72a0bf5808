import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../../../main/media/ffmpeg/progress-parser';
import { throttleProgress } from '../../../../main/media/ffmpeg/throttle-progress';

const u = (fraction: number, done = false): ProgressUpdate => ({
  fraction,
  done,
  outTimeSeconds: 0,
  speed: null,
  totalSize: null,
});

describe('throttleProgress', () => {
  it('lets at most one update through per interval and always the final one', () => {
    let t = 0;
    const out: number[] = [];
    const push = throttleProgress((x) => out.push(x.fraction), { intervalMs: 250, now: () => t });
    for (let i = 0; i <= 100; i++) {
      t = i * 10; // 1 s of updates every 10 ms
      push(u(i / 100, i === 100));
    }
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(1);
    expect(out.length).toBeLessThanOrEqual(6); // 0, 0.25, 0.5, 0.75, (1.0 at 1000 ms) + final
    push(u(1, true));
    expect(out.filter((f) => f === 1)).toHaveLength(1); // nothing after the final update
  });

  it('emits a 100 % update that arrives within the interval (bars never stop short)', () => {
    let t = 0;
    const out: number[] = [];
    const push = throttleProgress((x) => out.push(x.fraction), { intervalMs: 250, now: () => t });
    push(u(0.1));
    t = 5;
    push(u(0.97));
    t = 10;
    push(u(1));
    expect(out).toEqual([0.1, 1]);
  });
});
