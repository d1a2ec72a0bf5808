import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseLibrary } from '../../../main/library/open-library';
import { Outbox } from '../../../main/records-sync/outbox';
import { LrsSettings, type SecretSeal } from '../../../main/records-sync/lrs-settings';
import { testConnection } from '../../../main/records-sync/sync-worker';
import { freePort, LRS_AUTH, lrsStatements, postToLrs, startRealLrs } from './real-lrs';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-sync-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const statement = (i: number, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: `urn:coursewright:course:test:lesson:${i}` },
  timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)).toISOString(),
  ...over,
});

async function libraryWith(statements: Array<Record<string, unknown>>): Promise<string> {
  const dir = fs.mkdtempSync(path.join(tmp, 'lib-'));
  const library = await openCourseLibrary({ dir, seedSample: false });
  new Outbox(libraryConnection(library)).enqueue(statements);
  library.close();
  return dir;
}

async function outboxCounts(dir: string) {
  const library = await openCourseLibrary({ dir, seedSample: false });
  try {
    const o = new Outbox(libraryConnection(library));
    return { ...o.counts(), rejected: o.rejected() };
  } finally {
    library.close();
  }
}

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: path.join(tmp, 'home'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg'),
    ...extra,
  };
  delete e.COURSEWRIGHT_LIBRARY;
  return e;
};
const args = (dir: string, endpoint: string) => [
  '--import',
  'tsx',
  ENTRY,
  '--library',
  dir,
  'records',
  'sync',
  '--endpoint',
  endpoint,
  '--key',
  LRS_AUTH.key,
  '--secret',
  LRS_AUTH.secret,
];
function sync(dir: string, endpoint: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...args(dir, endpoint), '--json'], {
    cwd: ROOT,
    env: env(extraEnv),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    code: r.status,
    stderr: r.stderr,
    summary: r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : null,
  };
}

describe('coursewright records sync against a real LRS (xapi-statements)', () => {
  it('first sync sends everything; a re-sync sends nothing twice; a 409 and a rejected statement are kept apart', async () => {
    const lrs = await startRealLrs(await freePort());
    try {
      const good = Array.from({ length: 120 }, (_, i) => statement(i));
      const clash = statement(500);
      expect(
        await postToLrs(lrs.endpoint, [{ ...clash, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' } }]),
      ).toBe(200);
      const bad = statement(501, { verb: { id: 'not an IRI' } });
      const dir = await libraryWith([...good.slice(0, 60), bad, clash, ...good.slice(60)]);
      const first = sync(dir, lrs.endpoint);
      expect(first.stderr).toContain('Syncing records… 0/122');
      expect(first.summary).toMatchObject({ sent: 120, alreadyThere: 1, rejected: 1, left: 0, stoppedBecause: null });
      expect(first.code).toBe(0);
      const held = await lrsStatements(lrs.endpoint);
      expect(held).toHaveLength(121); // 120 + the earlier clash
      expect(new Set(held.map((s) => s.id))).toEqual(new Set([...good.map((s) => s.id), clash.id]));
      const counts = await outboxCounts(dir);
      expect(counts).toMatchObject({ sent: 120, duplicate: 1, pending: 0 });
      expect(counts.rejected).toEqual([{ statementId: bad.id, reason: expect.stringContaining('400') }]);

      const again = sync(dir, lrs.endpoint);
      expect(again.summary).toMatchObject({ sent: 0, alreadyThere: 0, rejected: 0, left: 0 });
      expect(await lrsStatements(lrs.endpoint)).toHaveLength(121);
    } finally {
      await lrs.stop();
    }
  }, 120_000);

  it('kill -9 mid-sync loses nothing and duplicates nothing', async () => {
    const lrs = await startRealLrs(await freePort());
    try {
      const all = Array.from({ length: 3000 }, (_, i) => statement(i));
      const dir = await libraryWith(all);
      const proc = spawn(process.execPath, args(dir, lrs.endpoint), { cwd: ROOT, env: env() });
      await new Promise<void>((resolve, reject) => {
        let err = '';
        proc.stderr.on('data', (c: Buffer) => {
          err += c.toString();
          // Killed once some batches are through and others are not.
          const m = [...err.matchAll(/Syncing records… (\d+)\/3000/g)].map((x) => Number(x[1]));
          if (m.some((n) => n >= 100)) {
            proc.kill('SIGKILL');
            resolve();
          }
        });
        proc.once('exit', () => reject(new Error(`the sync ended before it could be killed: ${err}`)));
      });
      await new Promise((r) => proc.once('exit', r));
      const mid = await outboxCounts(dir);
      expect(mid.sent).toBeGreaterThan(0);
      expect(mid.pending).toBeGreaterThan(0);
      const resumed = sync(dir, lrs.endpoint);
      expect(resumed.code).toBe(0);
      expect(resumed.summary).toMatchObject({ left: 0, rejected: 0 });
      const held = await lrsStatements(lrs.endpoint);
      expect(held).toHaveLength(3000);
      expect(new Set(held.map((s) => s.id)).size).toBe(3000);
    } finally {
      await lrs.stop();
    }
  }, 180_000);

  it('LRS down: nothing is lost and the run says what is left; LRS up: the rest is sent', async () => {
    const port = await freePort();
    const dir = await libraryWith(Array.from({ length: 10 }, (_, i) => statement(i)));
    const down = sync(dir, `http://127.0.0.1:${port}/xAPI/`, {
      COURSEWRIGHT_SYNC_RETRIES: '2',
      COURSEWRIGHT_SYNC_BACKOFF_MS: '20',
    });
    expect(down.code).toBe(1);
    expect(down.summary).toMatchObject({ sent: 0, left: 10 });
    expect(down.stderr).toContain('Sync stopped: the LRS is unreachable');
    expect((await outboxCounts(dir)).pending).toBe(10);
    const lrs = await startRealLrs(port);
    try {
      const up = sync(dir, lrs.endpoint);
      expect(up.summary).toMatchObject({ sent: 10, left: 0 });
      expect(await lrsStatements(lrs.endpoint)).toHaveLength(10);
    } finally {
      await lrs.stop();
    }
  }, 120_000);

  it('Test connection: GET /about; the secret is sealed at rest and never stored without a seal', async () => {
    const lrs = await startRealLrs(await freePort());
    try {
      expect(await testConnection({ endpoint: lrs.endpoint.replace(/\/$/, ''), ...LRS_AUTH })).toMatchObject({
        ok: true,
      });
      expect(await testConnection({ endpoint: 'http://127.0.0.1:9/xAPI', ...LRS_AUTH })).toMatchObject({ ok: false });
    } finally {
      await lrs.stop();
    }
    const dir = fs.mkdtempSync(path.join(tmp, 'settings-'));
    const library = await openCourseLibrary({ dir, seedSample: false });
    try {
      const seal: SecretSeal = {
        available: true,
        seal: (s) => Buffer.from(s.split('').reverse().join('')).toString('base64'),
        unseal: (s) => Buffer.from(s, 'base64').toString().split('').reverse().join(''),
      };
      expect(() =>
        new LrsSettings(libraryConnection(library), null).save({
          endpoint: 'https://lrs.test/x',
          key: 'k',
          secret: 's3cret',
        }),
      ).toThrow();
      expect(new LrsSettings(libraryConnection(library), null).view()).toEqual({
        endpoint: '',
        key: '',
        hasSecret: false,
      });
      const view = new LrsSettings(libraryConnection(library), seal).save({
        endpoint: 'https://lrs.test/x',
        key: 'k',
        secret: 's3cret',
      });
      expect(JSON.stringify(view)).not.toContain('s3cret');
      const raw = libraryConnection(library)
        .prepare(`SELECT group_concat(value) FROM library_meta`)
        .pluck()
        .get() as string;
      expect(raw).not.toContain('s3cret');
      expect(new LrsSettings(libraryConnection(library), seal).connection()).toEqual({
        endpoint: 'https://lrs.test/x',
        key: 'k',
        secret: 's3cret',
      });
    } finally {
      library.close();
    }
  });
});
