import type Database from 'better-sqlite3';
import type { JobState } from './job-store';

interface WatchedJobEvent {
  jobId: string;
  assetId: string;
  state: JobState;
  fraction: number;
  etaSeconds: number | null;
  message?: string;
}

interface Row {
  id: string;
  asset_id: string;
  state: JobState;
  progress: number;
  error: string | null;
  started_at: string | null;
  updated_at: string;
}

/**
 * Sees what OTHER processes do to the jobs table (a CLI `media import` while the app is open), so every open view
 * gets the same events as for this process's own jobs. `PRAGMA data_version` changes only when another connection
 * commits, so an idle poll costs one pragma; only then are the rows changed since the last look read.
 */
export function createJobWatcher(
  db: Database.Database,
  isOwn: (jobId: string) => boolean,
  emit: (e: WatchedJobEvent) => void,
) {
  const version = () => db.pragma('data_version', { simple: true }) as number;
  let seenVersion = version();
  let since = new Date().toISOString();
  const seen = new Map<string, string>();
  const key = (state: string, fraction: number) => `${state}:${fraction.toFixed(3)}`;
  const changedSince = db.prepare(
    `SELECT id, asset_id, state, progress, error, started_at, updated_at FROM media_jobs WHERE updated_at >= ? ORDER BY updated_at`,
  );
  return {
    /** Records an event this process emitted itself, so a later poll does not repeat it. */
    note(jobId: string, state: string, fraction: number): void {
      seen.set(jobId, key(state, fraction));
    },
    /** True when another connection committed since the last poll (and its changes were emitted). */
    poll(now = Date.now()): boolean {
      const v = version();
      if (v === seenVersion) return false;
      seenVersion = v;
      for (const r of changedSince.all(since) as Row[]) {
        if (r.updated_at > since) since = r.updated_at;
        if (isOwn(r.id)) continue;
        const k = key(r.state, r.progress);
        if (seen.get(r.id) === k) continue;
        seen.set(r.id, k);
        emit({
          jobId: r.id,
          assetId: r.asset_id,
          state: r.state,
          fraction: r.progress,
          etaSeconds: r.state === 'running' ? etaFrom(r, now) : r.state === 'done' ? 0 : null,
          ...(r.error && r.state !== 'done' ? { message: r.error } : {}),
        });
      }
      return true;
    },
  };
}

function etaFrom(r: Row, now: number): number | null {
  if (!r.started_at || r.progress < 0.02) return null;
  const elapsed = (now - Date.parse(r.started_at)) / 1000;
  return elapsed > 0 ? Math.round(((elapsed * (1 - r.progress)) / r.progress) * 10) / 10 : null;
}
