import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import {
  BACKSTOP_CHECKPOINT_PAGES,
  CHECKPOINT_EVERY_WRITES,
  MERGE_EVERY_WRITES,
} from '../../../main/library/write-upkeep';
import { buildCourse, openTempLibrary, tempDir } from './helpers';

/** One event-loop turn with timers (what separates two requests in the app). */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 5));

async function setUp() {
  const dir = tempDir();
  const lib = await openTempLibrary({ dir });
  const { blocks } = buildCourse(lib);
  const block = blocks[0]!;
  let n = 0;
  const save = () => lib.updateBlock(block.id, { ...block, text: `Edited ${n++} ${'x'.repeat(2000)}` } as typeof block);
  const walBytes = () => fs.statSync(path.join(dir, 'library.sqlite-wal')).size;
  const indexRows = () =>
    libraryConnection(lib).prepare('SELECT count(*) FROM search_index_data').pluck().get() as number;
  await nextTurn();
  return { lib, save, walBytes, indexRows };
}

describe('WAL checkpoints and search-index merges off the save path', () => {
  it('keeps SQLite’s automatic checkpoint only as a backstop on the library connection', async () => {
    const { lib } = await setUp();
    expect(libraryConnection(lib).pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_CHECKPOINT_PAGES);
  });

  it('does not checkpoint inside a save: the WAL only grows within one turn', async () => {
    const { save, walBytes } = await setUp();
    const sizes: number[] = [];
    for (let i = 0; i < CHECKPOINT_EVERY_WRITES * 3; i++) {
      save();
      sizes.push(walBytes());
    }
    // A checkpoint followed by a write restarts the WAL from its start; the file would stop growing.
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
  });

  it('checkpoints after the turn of every Nth write, so the WAL restarts instead of growing', async () => {
    const { save, walBytes } = await setUp();
    let afterFirstBatch = 0;
    for (let batch = 0; batch < 6; batch++) {
      for (let i = 0; i < CHECKPOINT_EVERY_WRITES; i++) save();
      if (batch === 0) afterFirstBatch = walBytes();
      await nextTurn();
    }
    // Six batches without a checkpoint would make the WAL about six times as large as after the first one.
    expect(walBytes()).toBeLessThan(afterFirstBatch * 2);
  });

  it('does not merge search-index segments inside a save: each save only adds its own', async () => {
    const { save, indexRows } = await setUp();
    const counts: number[] = [];
    for (let i = 0; i < MERGE_EVERY_WRITES; i++) {
      save();
      counts.push(indexRows());
    }
    // A merge replaces several segments by one and deletes their rows; FTS5's automerge did so every 4 segments.
    // (Past 16 segments on a level FTS5's crisis merge still runs inside the write: the backstop.)
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
  });

  it('merges the new segments after the turn, keeping search results', async () => {
    const { lib, save, indexRows } = await setUp();
    for (let i = 0; i < MERGE_EVERY_WRITES; i++) save();
    const before = indexRows();
    await nextTurn();
    expect(indexRows()).toBeLessThan(before);
    expect(lib.search('Edited', 50).length).toBeGreaterThan(0);
  });

  it('drops a pending checkpoint when the library closes first', async () => {
    const { lib, save } = await setUp();
    for (let i = 0; i < CHECKPOINT_EVERY_WRITES; i++) save();
    lib.close();
    await nextTurn();
    expect(libraryConnection(lib).open).toBe(false);
  });
});
