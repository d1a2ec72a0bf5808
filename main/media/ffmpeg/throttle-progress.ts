import type { ProgressUpdate } from './progress-parser';

interface ThrottleOptions {
  /** Minimum gap between two emitted updates; 250 ms ≈ 4 updates a second. */
  intervalMs?: number;
  /** Injected clock for tests. */
  now?: () => number;
}

/**
 * Limits progress events to a few a second (IPC and terminal redraws are not free), but always lets
 * the final update (done / 100 %) through so a bar never stops at 97 %.
 */
export function throttleProgress(emit: (u: ProgressUpdate) => void, opts: ThrottleOptions = {}) {
  const interval = opts.intervalMs ?? 250;
  const now = opts.now ?? Date.now;
  let lastAt = -Infinity;
  let finished = false;
  return (u: ProgressUpdate): void => {
    if (finished) return;
    const final = u.done || u.fraction >= 1;
    const t = now();
    if (!final && t - lastAt < interval) return;
    lastAt = t;
    if (final) finished = true;
    emit(u);
  };
}
