import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTempLibrary, tempDir } from './helpers';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { SAMPLE_MEDIA } from '../../../main/library/sample';
import { ftsRowCount } from '../../support/fts-row-count';

const WRITER = path.resolve('tests/fixtures/library/crash-writer.ts');
const TRIALS = 25;

/** Everything the children acknowledged, accumulated across trials (each trial reopens the last one's library). */
interface Acked {
  courses: Set<string>;
  deleted: Set<string>;
  /** Courses a delete was started for (it may have committed without its acknowledgement). */
  deleting: Set<string>;
  /** Block id -> every course it was acknowledged in or about to move to. */
  blocks: Map<string, Set<string>>;
  updates: Map<string, number>; // block id -> last acknowledged version
}

/** Runs the writer until a random moment after it is ready, SIGKILLs it, and returns its complete ack lines. */
function runAndKill(dir: string, killAfterMs: number, opts: { fromSpawn?: boolean } = {}): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', WRITER, dir, ...(opts.fromSpawn ? ['--seed-sample'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined = opts.fromSpawn
      ? setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own (code ${code}): ${err}`));
      // A line cut off by the kill was never fully acknowledged.
      resolve(
        out
          .slice(0, out.lastIndexOf('\n') + 1)
          .split('\n')
          .filter(Boolean),
      );
    });
  });
}

function record(acked: Acked, lines: string[]): void {
  for (const line of lines) {
    const [kind, a = '', b = ''] = line.split(' ');
    if (kind === 'course') acked.courses.add(a);
    else if (kind === 'block' || kind === 'moving') {
      const [blockId, courseId] = kind === 'block' ? [b, a] : [a, b];
      acked.blocks.set(blockId, (acked.blocks.get(blockId) ?? new Set()).add(courseId));
    } else if (kind === 'deleting') acked.deleting.add(a);
    else if (kind === 'update') acked.updates.set(a, Number(b));
    else if (kind === 'delete') acked.deleted.add(a);
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and a sound database across ${TRIALS} SIGKILLs`, async () => {
    const dir = tempDir('cw-crash-');
    const acked: Acked = {
      courses: new Set(),
      deleted: new Set(),
      deleting: new Set(),
      blocks: new Map(),
      updates: new Map(),
    };
    let totalAcks = 0;

    for (let trial = 0; trial < TRIALS; trial++) {
      const lines = await runAndKill(dir, Math.floor(Math.random() * 400));
      expect(lines[0]).toBe('ready');
      totalAcks += lines.filter((l) => /^(course|block|update|delete) /.test(l)).length;
      record(acked, lines);

      const lib = await openTempLibrary({ dir });
      const db = libraryConnection(lib);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();

      const exists = (table: string, id: string) =>
        db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) === 1;
      for (const id of acked.courses) {
        if (!acked.deleting.has(id)) expect(exists('courses', id), `course ${id}`).toBe(true);
      }
      for (const id of acked.deleted) expect(exists('courses', id), `deleted course ${id}`).toBe(false);
      for (const [blockId, courses] of acked.blocks) {
        // Gone only if a course that held it (or was about to) was being deleted.
        const mayBeGone = [...courses].some((c) => acked.deleting.has(c));
        if (!mayBeGone) expect(exists('blocks', blockId), `block ${blockId}`).toBe(true);
      }
      for (const [blockId, version] of acked.updates) {
        const text = db.prepare(`SELECT data ->> '$.text' FROM blocks WHERE id = ?`).pluck().get(blockId) as
          string | undefined;
        if (text !== undefined) expect(Number(text.slice(1)), `block ${blockId} text`).toBeGreaterThanOrEqual(version);
      }
      // Ordering invariants: every parent's children sit at 0..n-1.
      for (const [table, parent] of [
        ['modules', 'course_id'],
        ['lessons', 'module_id'],
        ['blocks', 'lesson_id'],
      ] as const) {
        const broken = db
          .prepare(
            `SELECT ${parent} FROM ${table} GROUP BY ${parent} HAVING max(position) <> count(*) - 1 OR count(DISTINCT position) <> count(*)`,
          )
          .all();
        expect(broken, `${table} positions`).toEqual([]);
      }
      // The index holds exactly one row per course, lesson and block.
      const indexed = ftsRowCount(db);
      const rows = db
        .prepare(
          `SELECT (SELECT count(*) FROM courses) + (SELECT count(*) FROM lessons) + (SELECT count(*) FROM blocks)`,
        )
        .pluck()
        .get();
      expect(indexed).toBe(rows);
      lib.close();
    }
    expect(totalAcks).toBeGreaterThan(TRIALS * 5);
  }, 120_000);

  it('never leaves a half-seeded sample course when killed while a fresh library is being created', async () => {
    for (let trial = 0; trial < 6; trial++) {
      const dir = tempDir('cw-crash-seed-');
      // tsx start-up takes ~0.5 s here; kills between 0.3 and 1.2 s land before, during and after migrate + seed.
      await runAndKill(dir, 300 + Math.floor(Math.random() * 900), { fromSpawn: true });
      const lib = await openTempLibrary({ dir, seedSample: true });
      expect(libraryConnection(lib).pragma('integrity_check', { simple: true })).toBe('ok');
      const samples = lib.listCourses().filter((c) => c.isSample);
      expect(samples).toHaveLength(1);
      expect(samples[0]).toMatchObject({ moduleCount: 3, lessonCount: 7 });
      expect(lib.listAssets()).toHaveLength(Object.keys(SAMPLE_MEDIA).length);
      lib.close();
    }
  }, 60_000);
});
