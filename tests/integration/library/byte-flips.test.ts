import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createContextFor } from '../../../main/app/app-context';
import { openCourseLibrary } from '../../../main/library/open-library';
import { AppError, toAppError } from '../../../shared';
import { buildCourse, openTempLibrary, tempDir } from './helpers';

const PAGE_TYPES = new Set([0x0d, 0x05, 0x0a, 0x02]); // table leaf/interior, index leaf/interior

/** Deterministic PRNG (mulberry32), so a failing trial can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A closed library file (WAL checkpointed away) with the sample course and a few more, and its page size. */
async function pristineLibrary(): Promise<{ bytes: Buffer; pageSize: number }> {
  const dir = tempDir('cw-flip-src-');
  const lib = await openCourseLibrary({ dir, seedSample: true });
  for (let i = 0; i < 6; i++) buildCourse(lib, `Course ${i} ${'x'.repeat(150)}`);
  const pageSize = libraryConnection(lib).pragma('page_size', { simple: true }) as number;
  lib.close();
  const file = path.join(dir, 'library.sqlite');
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  return { bytes: fs.readFileSync(file), pageSize };
}

/** B-tree pages of the file (page numbers from 1), found by their page-type byte. */
function btreePages(bytes: Buffer, pageSize: number): number[] {
  const pages: number[] = [];
  for (let p = 1; p * pageSize <= bytes.length; p++) {
    const headerAt = (p - 1) * pageSize + (p === 1 ? 100 : 0);
    if (PAGE_TYPES.has(bytes[headerAt]!)) pages.push(p);
  }
  return pages;
}

/** quick_check of a copy, on a connection of its own: what the file really is, independent of the app. */
function quickCheckOf(bytes: Buffer): boolean {
  const probe = path.join(tempDir('cw-flip-probe-'), 'probe.sqlite');
  fs.writeFileSync(probe, bytes);
  const db = new Database(probe);
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('a damaged library file', () => {
  it('byte flips inside b-tree pages: the app refuses the file (LIBRARY_CORRUPT, file untouched) or quick_check is clean', async () => {
    const { bytes, pageSize } = await pristineLibrary();
    const pages = btreePages(bytes, pageSize);
    expect(pages.length).toBeGreaterThan(10);
    const random = prng(13);
    let refused = 0;
    let clean = 0;
    for (let trial = 0; trial < 30; trial++) {
      const damaged = Buffer.from(bytes);
      const page = pages[Math.floor(random() * pages.length)]!;
      const start = (page - 1) * pageSize + (page === 1 ? 100 : 0);
      // A few bytes of the page header, cell pointers or cells.
      for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
        const at = start + Math.floor(random() * Math.min(64, pageSize - (start % pageSize)));
        damaged[at] = damaged[at]! ^ (1 + Math.floor(random() * 255));
      }
      const checkedClean = quickCheckOf(damaged);
      const dir = tempDir('cw-flip-');
      const file = path.join(dir, 'library.sqlite');
      fs.writeFileSync(file, damaged);
      const before = sha(file);
      let lib: Awaited<ReturnType<typeof openCourseLibrary>> | null = null;
      try {
        lib = await openCourseLibrary({ dir, seedSample: false });
      } catch (e) {
        expect(e, `trial ${trial} (page ${page})`).toBeInstanceOf(AppError);
        expect((e as AppError).code, `trial ${trial}: ${(e as Error).message}`).toBe('LIBRARY_CORRUPT');
        expect((e as AppError).message).toContain('library check');
        // Never a silent write into the damaged file.
        expect(sha(file), `trial ${trial}`).toBe(before);
        expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
        refused++;
        continue;
      }
      // Opened: then quick_check found nothing (damage inside record payloads is for integrity_check).
      expect(checkedClean, `trial ${trial}: page ${page} is damaged but the library opened`).toBe(true);
      clean++;
      try {
        lib.createCourse({ title: 'After the flip' });
      } catch (e) {
        expect(toAppError(e).code, `trial ${trial}`).toBe('LIBRARY_CORRUPT');
      } finally {
        lib.close();
      }
    }
    expect(refused).toBeGreaterThan(5);
    expect(refused + clean).toBe(30);
  });

  it('corruption met while the library is open comes back as LIBRARY_CORRUPT through the router', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const courseId = lib.listCourses()[0]!.id;
    libraryConnection(lib).pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = libraryConnection(lib).pragma('page_size', { simple: true }) as number;
    const rootpage = libraryConnection(lib).prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'blocks'`).pluck().get() as number;
    // Garbage in the blocks table's root page header, written behind the connection's back.
    const fd = fs.openSync(lib.databasePath, 'r+');
    fs.writeSync(fd, Buffer.alloc(12, 0xff), 0, 12, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    libraryConnection(lib).pragma('shrink_memory');
    const context = createContextFor({ library: lib, libraryDir: lib.dir, host: 'cli' });
    const result = await context.router.dispatch('courses.get', { courseId }, { host: 'cli' });
    expect(!result.ok && result.error.code).toBe('LIBRARY_CORRUPT');
    expect(!result.ok && result.error.message).toContain('library restore-backup');
    const check = await context.router.dispatch('library.check', {}, { host: 'cli' });
    expect(check.ok && (check.value as { ok: boolean }).ok).toBe(false);
    await context.media?.close();
  });
});
