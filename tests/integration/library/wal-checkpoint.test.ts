import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { BACKSTOP_CHECKPOINT_PAGES, CHECKPOINT_EVERY_WRITES } from '../../../main/library/wal-checkpoint';
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
  await nextTurn();
  return { lib, save, walBytes };
}

describe('WAL checkpoints off the save path', () => {
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

  it('drops a pending checkpoint when the library closes first', async () => {
    const { lib, save } = await setUp();
    for (let i = 0; i < CHECKPOINT_EVERY_WRITES; i++) save();
    lib.close();
    await nextTurn();
    expect(libraryConnection(lib).open).toBe(false);
  });
});
