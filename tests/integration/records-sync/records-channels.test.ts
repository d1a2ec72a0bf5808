import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import { Outbox } from '../../../main/records-sync/outbox';
import type { SecretSeal } from '../../../main/records-sync/lrs-settings';
import type { ChannelInput, ChannelName } from '../../../shared';
import { freePort, LRS_AUTH, lrsStatements, startRealLrs } from './real-lrs';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

let dir: string;
const contexts: AppContext[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-records-ipc-'));
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// xapi-statements' test auth accepts any credentials; a distinct secret shows it never comes back.
const SECRET = 'sync-s3cret';

/** A stand-in for Electron safeStorage: reversible, and never the plain text. */
const seal: SecretSeal = {
  available: true,
  seal: (s) => Buffer.from(`sealed:${s}`).toString('base64').split('').reverse().join(''),
  unseal: (s) =>
    Buffer.from(s.split('').reverse().join(''), 'base64')
      .toString()
      .replace(/^sealed:/, ''),
};

async function open(name: string, secretSeal?: SecretSeal) {
  const context = await createAppContext({
    libraryDir: path.join(dir, name),
    host: 'cli',
    seedSample: false,
    secretSeal,
  });
  contexts.push(context);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) =>
    context.router.dispatch(channel, input, { host: 'cli' });
  return { context, call };
}

describe('records channels', () => {
  it('save settings (secret sealed, never returned), test the connection, sync, see the outbox', async () => {
    const lrs = await startRealLrs(await freePort());
    try {
      const { context, call } = await open('desktop', seal);
      const saved = await call('records.saveLrsSettings', {
        endpoint: lrs.endpoint,
        key: LRS_AUTH.key,
        secret: LRS_AUTH.secret,
      });
      expect(saved).toEqual({
        ok: true,
        value: { endpoint: lrs.endpoint, key: LRS_AUTH.key, hasSecret: true, canStoreSecret: true },
      });
      expect(JSON.stringify(await call('records.lrsSettings', {}))).not.toContain(SECRET);
      expect(await call('records.testLrs', {})).toMatchObject({ ok: true, value: { ok: true } });
      const db = libraryConnection(context.library);
      const st = {
        id: randomUUID(),
        actor: { mbox: 'mailto:a@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
        object: { id: 'urn:coursewright:test' },
      };
      new Outbox(db).enqueue([st]);
      expect(await call('records.sync', {})).toMatchObject({ ok: true, value: { sent: 1, left: 0 } });
      expect(await call('records.outbox', {})).toMatchObject({
        ok: true,
        value: { pending: 0, sent: 1, rejected: [] },
      });
      expect((await lrsStatements(lrs.endpoint)).map((s) => s.id)).toEqual([st.id]);
    } finally {
      await lrs.stop();
    }
  }, 60_000);

  it('without a seal (browser host, CLI) no secret is stored; bad endpoints are refused', async () => {
    const { call } = await open('browser');
    const r = await call('records.saveLrsSettings', {
      endpoint: 'https://lrs.example.org/xapi',
      key: 'k',
      secret: 's',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('records.lrsSettings', {})).toMatchObject({
      ok: true,
      value: { hasSecret: false, canStoreSecret: false, endpoint: '' },
    });
    expect(await call('records.saveLrsSettings', { endpoint: 'file:///etc/passwd', key: 'k' })).toMatchObject({
      ok: false,
    });
    expect(await call('records.sync', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
