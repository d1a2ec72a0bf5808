import type { Db } from './database';

/** Write transactions after which the search index merges its new segments, once the current turn is over. */
export const MERGE_EVERY_WRITES = 8;
/** Write transactions after which the library's connection checkpoints the WAL, once the current turn is over. */
export const CHECKPOINT_EVERY_WRITES = 32;
/**
 * SQLite's own automatic checkpoint stays as a backstop at this many WAL pages (default 1,000): a writer that never
 * yields to the event loop (a bulk import in one synchronous loop) still keeps the WAL bounded (~16 MB).
 */
export const BACKSTOP_CHECKPOINT_PAGES = 4000;
/** Pages of segment data one background merge may write (FTS5 `merge`; it merges levels with 4+ segments only). */
const MERGE_PAGES = 500;

export interface WriteUpkeep {
  /** Called after each write transaction of the library commits. */
  noteWrite(): void;
  /** Drops pending work (the connection is closing; SQLite checkpoints on the last close). */
  close(): void;
}

/**
 * Moves the library's housekeeping off the save path (issue 14 §1: save p99). Two kinds of work used to run inside
 * a save's transaction: SQLite's automatic checkpoint (inside the COMMIT that crosses `wal_autocheckpoint` pages:
 * copy ~1,000 pages into the database file and fsync it, about one save in 80) and FTS5's automatic merge of index
 * segments (every few saves; migration 014 turns it off). Both now run in a timer after the write's event-loop
 * turn, when the request has been answered (the browser host and Electron reply as the handler's promise settles).
 * A PASSIVE checkpoint never waits for readers or writers; frames it could not copy are taken by the next one. No
 * durability changes: a committed transaction is already fsynced in the WAL (`synchronous = FULL`), the checkpoint
 * only moves pages into the main file, and a merge is an ordinary transaction of its own.
 */
export function createWriteUpkeep(db: Db): WriteUpkeep {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  const merge = db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('merge', ${MERGE_PAGES})`);
  let writes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    if (!db.open) return;
    try {
      merge.run();
      if (writes >= CHECKPOINT_EVERY_WRITES) {
        writes = 0;
        db.pragma('wal_checkpoint(PASSIVE)');
      }
    } catch {
      // SQLITE_BUSY/LOCKED from another process: the next run (or FTS5's crisis merge, SQLite's backstop) catches up.
    }
  };
  return {
    noteWrite() {
      writes++;
      if (writes % MERGE_EVERY_WRITES !== 0 || timer) return;
      timer = setTimeout(run, 0);
      // Pending housekeeping must not keep a CLI process alive; SQLite checkpoints on close anyway.
      timer.unref();
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
