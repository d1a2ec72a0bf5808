/** Time spent, as the Learn tables show it: seconds under a minute, then minutes, then hours and minutes. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (ms > 0 && minutes === 0) return `${Math.max(1, Math.round(ms / 1000))} s`;
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
