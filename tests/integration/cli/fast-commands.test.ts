import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runFastCommand } from '../../../main/cli/fast-commands';
import { runCli } from '../../../main/cli/run-cli';
import { MIGRATIONS } from '../../../main/library/migrations';
import { SCHEMA_VERSION } from '../../../main/library/migrations/schema-version';
import { RESTORE_PENDING_FILE } from '../../../main/library/pending-restore';
import { tempDir } from '../library/helpers';

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
};
const env = () => ({ ...process.env, COURSEWRIGHT_LIBRARY: '' });
const fast = (args: string[]) => {
  const { out, io } = capture();
  return { code: runFastCommand(args, env(), io), ...out };
};
async function full(args: string[]) {
  const { out, io } = capture();
  return { code: await runCli(args, { io, env: env() }), ...out };
}

/** A library made by the full CLI (sample course seeded) with one more course. */
async function library(): Promise<string> {
  const dir = path.join(tempDir('cw-fast-cli-'), 'library');
  expect((await full(['courses', 'create', '--title', 'Second «course»', '--library', dir])).code).toBe(0);
  return dir;
}
const sql = (dir: string, statement: string) => {
  const db = new Database(path.join(dir, 'library.sqlite'));
  db.exec(statement);
  db.close();
};

describe('CLI fast path: courses list', () => {
  it('prints exactly what the full command prints, as text and as JSON', async () => {
    const dir = await library();
    for (const args of [
      ['courses', 'list', '--library', dir],
      ['--library', dir, 'courses', 'list', '--json'],
      ['courses', 'list', `--library=${dir}`, '--json'],
    ]) {
      const quick = fast(args);
      expect(quick.code).toBe(0);
      expect(quick).toEqual(await full(args));
    }
    expect(fast(['courses', 'list', '--json', '--library', dir]).stdout).toContain('Second «course»');
  });

  it('leaves every other command, option and library state to the full CLI', async () => {
    const dir = await library();
    for (const args of [
      ['courses', 'create', '--title', 'X', '--library', dir],
      ['courses', 'list', '--bogus', '--library', dir],
      ['courses', 'list', '--json', '--json', '--library', dir],
      ['courses', 'list', '--library'],
      ['library', 'info', '--library', dir],
      ['courses', 'list', '--help', '--library', dir],
    ]) {
      expect(fast(args).code, args.join(' ')).toBeNull();
    }
    // No library yet: the full open creates it and seeds the sample course.
    expect(fast(['courses', 'list', '--library', path.join(dir, 'missing')]).code).toBeNull();
    // A scheduled restore is carried out by the full open first.
    fs.writeFileSync(path.join(dir, RESTORE_PENDING_FILE), '{}');
    expect(fast(['courses', 'list', '--library', dir]).code).toBeNull();
    fs.rmSync(path.join(dir, RESTORE_PENDING_FILE));
    expect(fast(['courses', 'list', '--library', dir]).code).toBe(0);
    // Another schema version is the full open's to migrate or refuse.
    sql(dir, `PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    expect(fast(['courses', 'list', '--library', dir]).code).toBeNull();
  });

  it('refuses cards that break the courses.list contract, and the full path reports them', async () => {
    const dir = await library();
    sql(dir, `UPDATE courses SET card_lessons = -1 WHERE title = 'Second «course»'`);
    expect(fast(['courses', 'list', '--json', '--library', dir]).code).toBeNull();
    const reported = await full(['courses', 'list', '--json', '--library', dir]);
    expect(reported.code).toBe(1);
    expect(reported.stderr).toMatch(/courses\.list produced output that breaks the contract/);
  });

  it('knows the schema version of this build without loading the migrations', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});
