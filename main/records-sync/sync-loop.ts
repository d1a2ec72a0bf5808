import type Database from 'better-sqlite3';
import { LrsSettings, type SecretSeal } from './lrs-settings';
import { Outbox } from './outbox';
import { syncOutbox, type SyncSummary } from './sync-worker';

export interface SyncLoop {
  /** Runs one sync now (joins a running one). Null when no LRS is configured. */
  runNow(): Promise<SyncSummary | null>;
  stop(): Promise<void>;
}

/**
 * Background sync for app hosts: every `intervalMs` (and at start) the outbox goes to the configured LRS,
 * so records recorded offline reach it once the network is back, without anyone pressing a button.
 * Failures only wait for the next round; the rows stay pending.
 */
export function startSyncLoop(opts: {
  db: Database.Database;
  seal: SecretSeal | null;
  intervalMs?: number;
  onSummary?: (s: SyncSummary) => void;
}): SyncLoop {
  const interval = opts.intervalMs ?? 5 * 60_000;
  const controller = new AbortController();
  let running: Promise<SyncSummary | null> | null = null;
  const runNow = (): Promise<SyncSummary | null> => {
    if (running) return running;
    const connection = new LrsSettings(opts.db, opts.seal).connection();
    if (!connection || controller.signal.aborted) return Promise.resolve(null);
    if (new Outbox(opts.db).counts().pending === 0) return Promise.resolve(null);
    running = syncOutbox({ outbox: new Outbox(opts.db), connection, maxRetries: 2, signal: controller.signal })
      .then((s) => {
        opts.onSummary?.(s);
        return s;
      })
      .catch(() => null)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), interval);
  timer.unref();
  void runNow();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      controller.abort();
      await running;
    },
  };
}
