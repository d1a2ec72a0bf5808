import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { tempDir } from '../library/helpers';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');
const LATEST = MIGRATIONS.at(-1)!.version;
const PREVIOUS = LATEST - 1;

function cli(libraryDir: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: libraryDir, XDG_CONFIG_HOME: libraryDir };
  delete env.COURSEWRIGHT_LIBRARY;
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, '--library', libraryDir, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Overwrites the header of the b-tree page holding `table` with garbage (the library must be closed). */
function damageTable(file: string, table: string): void {
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).pluck().get(table) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, (root - 1) * pageSize);
  fs.closeSync(fd);
}

describe('coursewright library check / restore-backup', () => {
  it('reports the upgrade and its backup, finds damage, refuses to work on it, and restores the backup', async () => {
    const dir = tempDir('cw-cli-health-');
    const file = path.join(dir, 'library.sqlite');
    // A library of the previous schema version, as the version before this one left it.
    const { db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, PREVIOUS) });
    db.close();

    const first = cli(dir, ['courses', 'list', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`upgraded from schema version ${PREVIOUS} to ${LATEST}`);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(first.stderr).toContain(path.join(dir, 'backups', backups[0]!));
    // Said once: the next open has nothing to report.
    const second = cli(dir, ['courses', 'list', '--json']);
    expect(second.stderr).toBe('');

    const healthy = cli(dir, ['library', 'check', '--json']);
    expect(healthy.code, healthy.stderr).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ ok: true, check: 'full', problems: [] });

    damageTable(file, 'courses');
    const damaged = cli(dir, ['library', 'check']);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toContain('DAMAGED');
    expect(damaged.stderr).toContain('library restore-backup');

    const before = fs.readFileSync(file);
    const refused = cli(dir, ['courses', 'create', '--title', 'Into the damage']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[LIBRARY_CORRUPT]');
    expect(refused.stderr).toContain('library restore-backup');
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const restored = cli(dir, ['library', 'restore-backup']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored the library from ${path.join(dir, 'backups', backups[0]!)}`);
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('replaced-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'backups', kept[0]!, 'library.sqlite')).equals(before)).toBe(true);

    const after = cli(dir, ['library', 'check', '--json']);
    expect(after.code, after.stderr).toBe(0);
    const reopened = cli(dir, ['courses', 'list', '--json']);
    expect(reopened.code, reopened.stderr).toBe(0);
    expect(reopened.stderr).toContain(`upgraded from schema version ${PREVIOUS} to ${LATEST}`);
  });

  it('restore-backup refuses while another process has the library open', async () => {
    const dir = tempDir('cw-cli-health-');
    const file = path.join(dir, 'library.sqlite');
    (await openDatabase(file, { migrations: MIGRATIONS.slice(0, PREVIOUS) })).db.close();
    expect(cli(dir, ['library', 'info']).code).toBe(0);
    // Another Coursewright (here: a bare process) holding the library open, idle.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}); ` +
          `db.prepare('SELECT count(*) FROM courses').get(); console.log('open'); setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', () => resolve());
        holder.once('exit', (code) => reject(new Error(`holder exited (${code})`)));
      });
      const before = fs.readFileSync(file);
      const r = cli(dir, ['library', 'restore-backup']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[CONFLICT]');
      expect(r.stderr).toContain('open in another Coursewright');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('restore-backup without a backup says so and changes nothing', () => {
    const dir = tempDir('cw-cli-health-');
    expect(cli(dir, ['library', 'info']).code).toBe(0);
    const before = fs.readFileSync(path.join(dir, 'library.sqlite'));
    const r = cli(dir, ['library', 'restore-backup']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no library backup');
    expect(r.stderr).toContain('[NOT_FOUND]');
    expect(fs.readFileSync(path.join(dir, 'library.sqlite')).equals(before)).toBe(true);
  });
});
