import { libraryConnection } from '../../../main/library/sqlite-course-library';
import fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContextFor } from '../../../main/app/app-context';
import { exportCourse } from '../../../main/export/export-course';
import type { FolderFs } from '../../../main/export/folder-writer';
import { AppError, LMS_BINDINGS, PLAYER_CSS_FILE, playerRuntimeFile } from '../../../shared';
import { openTempLibrary, tempDir } from './helpers';

/** What Node throws when a write finds no space left. */
const enospc = (file: string) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });

/** The real file system, until `budget` bytes have been written: then every write fails like a full disk. */
function fillingFs(budget: number): FolderFs & { written: () => number } {
  let written = 0;
  const spend = (bytes: number, file: string) => {
    written += bytes;
    if (written > budget) throw enospc(file);
  };
  return {
    mkdir: (dir, opts) => fsp.mkdir(dir, opts),
    writeFile: async (file, data) => {
      spend(data.length, file);
      await fsp.writeFile(file, data);
    },
    copyFile: async (from, to) => {
      spend((await fsp.stat(from)).size, to);
      await fsp.copyFile(from, to);
    },
    written: () => written,
  };
}

/** A stand-in for the built player: the export only packages its files. */
function fakePlayer(): string {
  const dir = tempDir('cw-player-');
  for (const b of LMS_BINDINGS) fs.writeFileSync(path.join(dir, playerRuntimeFile(b)), 'console.log("player")');
  fs.writeFileSync(path.join(dir, PLAYER_CSS_FILE), 'body{}');
  return dir;
}

describe('a full disk', () => {
  it('a folder export says DISK_FULL with what to do (not "Cannot read <source>") and leaves nothing', async () => {
    const library = await openTempLibrary({ seedSample: true });
    const courseId = library.listCourses()[0]!.id;
    const out = path.join(tempDir('cw-full-out-'), 'course');
    // Enough for the small files, not for the sample's media (copied from the library: the "source").
    const disk = fillingFs(64 * 1024);
    const error = await exportCourse({
      library,
      courseId,
      format: 'html5',
      outPath: out,
      zip: false,
      playerDir: fakePlayer(),
      folderFs: disk,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(disk.written()).toBeGreaterThan(64 * 1024);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DISK_FULL');
    expect((error as AppError).message).toMatch(/the disk is full/);
    expect((error as AppError).message).toMatch(/Free some space/);
    expect((error as AppError).message).not.toMatch(/Cannot read/);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });

  it('a library whose database cannot grow (max_page_count) answers DISK_FULL, keeps what it had, and recovers', async () => {
    const library = await openTempLibrary();
    const context = createContextFor({ library, libraryDir: library.dir, host: 'cli' });
    const call = (channel: string, input: unknown) => context.router.dispatch(channel, input, { host: 'cli' });
    const kept = await call('courses.create', { title: 'Kept' });
    expect(kept.ok).toBe(true);
    const pages = libraryConnection(library).pragma('page_count', { simple: true }) as number;
    libraryConnection(library).pragma(`max_page_count = ${pages + 2}`);

    let full: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i < 200 && !full; i++) {
      const r = await call('courses.create', { title: `Filler ${i}`, description: 'x'.repeat(4000) });
      if (!r.ok) full = r;
    }
    expect(full && !full.ok && full.error.code).toBe('DISK_FULL');
    expect(full && !full.ok && full.error.message).toMatch(/disk is full.*Free some space/);

    // The failed write left the library consistent and usable once there is room again.
    expect(libraryConnection(library).pragma('quick_check', { simple: true })).toBe('ok');
    libraryConnection(library).pragma('max_page_count = 1073741823');
    const after = await call('courses.create', { title: 'After' });
    expect(after.ok).toBe(true);
    const list = await call('courses.list', {});
    expect(list.ok && (list.value as { title: string }[]).map((c) => c.title)).toContain('Kept');
    await context.media?.close();
  });
});
