/**
 * Percent and time left for one job run: the percent never goes back, and the time left never grows (ffmpeg's
 * speed wobbles; a bar that jumps back or a "2 min left" that turns into "3 min left" reads as broken).
 * Time left extrapolates the elapsed time once there is enough of it to mean something.
 */
export function createProgressEstimate(startedAtMs: number, now: () => number = Date.now) {
  let fraction = 0;
  let eta: number | null = null;
  return (next: number): { fraction: number; etaSeconds: number | null } => {
    fraction = Math.min(1, Math.max(fraction, next));
    if (fraction >= 1) return { fraction: 1, etaSeconds: 0 };
    const elapsed = (now() - startedAtMs) / 1000;
    if (fraction >= 0.02 && elapsed >= 0.5) {
      const estimate = (elapsed * (1 - fraction)) / fraction;
      eta = eta === null ? estimate : Math.min(eta, estimate);
    }
    return { fraction, etaSeconds: eta === null ? null : Math.round(eta * 10) / 10 };
  };
}
