/** Time left in words: "12 s left", "1 min left", "1 h 5 min left"; empty when unknown. */
export function formatTimeLeft(etaSeconds: number | null | undefined): string {
  if (etaSeconds === null || etaSeconds === undefined || !Number.isFinite(etaSeconds) || etaSeconds < 0) return '';
  const s = Math.round(etaSeconds);
  if (s < 60) return `${Math.max(1, s)} s left`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min left`;
  return `${Math.floor(min / 60)} h ${min % 60} min left`;
}

/** A job's progress as the media panel and the CLI show it: "42 % · 1 min left" (or "42 %" while unknown). */
export function formatJobProgress(fraction: number, etaSeconds?: number | null): string {
  const percent = `${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)} %`;
  const left = formatTimeLeft(etaSeconds);
  return left ? `${percent} · ${left}` : percent;
}
