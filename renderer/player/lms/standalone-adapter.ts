import type { LmsAdapter, LmsLogger, LmsStartState, ProgressSnapshot } from './lms-adapter';
import type { StorageLike } from './scorm-session';

/** What the standalone adapter keeps in localStorage (key `coursewright:progress:<packageId>`). */
interface StandaloneRecord {
  v: 1;
  suspendData: string;
  location: string | null;
  completion: ProgressSnapshot['completion'];
  success: ProgressSnapshot['success'];
  score: ProgressSnapshot['score'];
  updatedAt: number;
}

export const standaloneStorageKey = (packageId: string): string => `coursewright:progress:${packageId}`;

/**
 * No LMS (html5 packages, or a SCORM package opened outside an LMS): progress lives in localStorage,
 * written on every meaningful change (also after pagehide, for pages restored from the back/forward
 * cache). Statuses are never downgraded, as with an LMS.
 */
export function createStandaloneAdapter(opts: {
  packageId: string;
  storage: StorageLike | null;
  notice?: string | null;
  logger?: LmsLogger;
  now?: () => number;
}): LmsAdapter {
  const key = standaloneStorageKey(opts.packageId);
  const now = opts.now ?? Date.now;
  let stored: StandaloneRecord | null = null;
  let pending: StandaloneRecord | null = null;

  const write = (): void => {
    if (!pending) return;
    try {
      opts.storage?.setItem(key, JSON.stringify(pending));
      pending = null;
    } catch (e) {
      opts.logger?.warn('could not save progress in this browser', e);
    }
  };

  return {
    kind: 'standalone',
    notice: opts.notice ?? null,
    start(): LmsStartState {
      try {
        const raw = opts.storage?.getItem(key);
        const parsed = raw ? (JSON.parse(raw) as Partial<StandaloneRecord>) : null;
        stored =
          parsed && parsed.v === 1 && typeof parsed.suspendData === 'string' ? (parsed as StandaloneRecord) : null;
      } catch {
        stored = null;
      }
      return {
        connected: true,
        resumed: stored !== null,
        suspendData: stored?.suspendData ?? null,
        location: stored?.location ?? null,
        learnerName: null,
        completion: stored?.completion ?? 'unknown',
        success: stored?.success ?? 'unknown',
        mode: 'normal',
      };
    },
    update(s: ProgressSnapshot): void {
      const keepCompleted = stored?.completion === 'completed' || s.completion === 'completed';
      const keepPassed = stored?.success === 'passed' || s.success === 'passed';
      const keepScore = stored?.score && s.score && stored.score.raw > s.score.raw && keepPassed;
      pending = {
        v: 1,
        suspendData: s.suspendData,
        location: s.location,
        completion: keepCompleted ? 'completed' : s.completion,
        success: keepPassed ? 'passed' : s.success,
        score: keepScore ? (stored?.score ?? null) : (s.score ?? stored?.score ?? null),
        updatedAt: now(),
      };
      stored = pending;
      write();
    },
    flush(): void {
      write();
    },
    // No session to end: a page restored from the back/forward cache keeps saving.
    finish(): void {
      write();
    },
    reconnect: () => true,
    watch: () => undefined,
  };
}
