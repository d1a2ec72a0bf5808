import type { Migration } from './migration';

/**
 * The search index stops merging its segments inside the writes that add them (FTS5 `automerge`, persistent in
 * `search_index_config`): every few block saves used to pay a merge of a few milliseconds, the save's p99 (issue 14
 * §1). The library merges in the background instead (`write-upkeep.ts`), and FTS5's `crisismerge` (16 segments on
 * one level) still bounds the index if that never runs. Search results do not change; only when merging happens.
 */
export const migration014SearchMergeOffSave: Migration = {
  version: 14,
  name: 'search-merge-off-save',
  up(db) {
    db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);`);
  },
};
