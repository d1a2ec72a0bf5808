import type { Db } from './database';

/** Write transactions after which the library's connection checkpoints the WAL, once the current turn is over. */
export const CHECKPOINT_EVERY_WRITES = 32;
/**
 * SQLite's own automatic checkpoint stays as a backstop at this many WAL pages (default 1,000): a writer that never
 * yields to the event loop (a bulk import in one synchronous loop) still keeps the WAL bounded (~16 MB).
 */
export const BACKSTOP_CHECKPOINT_PAGES = 4000;

export interface CheckpointScheduler {
  /** Called after each write transaction of the library commits. */
  noteWrite(): void;
  /** Drops a pending checkpoint (the connection is closing; SQLite checkpoints on the last close). */
  close(): void;
}

/**
 * Moves WAL checkpoints off the save path (issue 14 §1: save p99). SQLite's automatic checkpoint runs inside the
 * COMMIT that crosses `wal_autocheckpoint` pages, so about one block save in 80 also copied ~1,000 pages into the
 * database file and fsynced it: those saves were the p99. Here the checkpoint runs in a timer after the write's
 * event-loop turn, when the request has been answered (the browser host and Electron reply as the handler's promise
 * settles). PASSIVE never waits for readers or writers, so it cannot stall the app; frames it could not copy are
 * taken by the next one. No durability changes: a committed transaction is already fsynced in the WAL
 * (`synchronous = FULL`), the checkpoint only moves pages into the main file.
 */
export function createCheckpointScheduler(db: Db, everyWrites = CHECKPOINT_EVERY_WRITES): CheckpointScheduler {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  let writes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    writes = 0;
    if (!db.open) return;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // SQLITE_BUSY/LOCKED from another process's checkpoint: the next scheduled one (or the backstop) catches up.
    }
  };
  return {
    noteWrite() {
      writes++;
      if (writes < everyWrites || timer) return;
      timer = setTimeout(run, 0);
      // A pending checkpoint must not keep a CLI process alive; SQLite checkpoints on close anyway.
      timer.unref();
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
