import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { LrsSettings, type SecretSeal } from '../../../main/records-sync/lrs-settings';
import { Outbox } from '../../../main/records-sync/outbox';
import { startSyncLoop, type SyncLoop } from '../../../main/records-sync/sync-loop';
import { freePort, lrsStatements, startRealLrs } from './real-lrs';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const seal: SecretSeal = { available: true, seal: (s) => `x${s}`, unseal: (s) => s.slice(1) };
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('background sync loop', () => {
  it('records made offline reach the LRS once it is up, without a button press', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-sync-loop-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const library: SqliteCourseLibrary = await openCourseLibrary({ dir, seedSample: false });
    cleanups.push(() => library.close());
    const port = await freePort();
    new LrsSettings(libraryConnection(library), seal).save({
      endpoint: `http://127.0.0.1:${port}/xAPI/`,
      key: 'k',
      secret: 's',
    });
    const ids = Array.from({ length: 5 }, () => randomUUID());
    new Outbox(libraryConnection(library)).enqueue(
      ids.map((id, i) => ({
        id,
        actor: { mbox: 'mailto:a@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
        object: { id: `urn:coursewright:t:${i}` },
      })),
    );
    const loop: SyncLoop = startSyncLoop({ db: libraryConnection(library), seal, intervalMs: 200 });
    cleanups.push(() => loop.stop());
    // Offline: a round runs and leaves everything pending.
    await loop.runNow();
    expect(new Outbox(libraryConnection(library)).counts().pending).toBe(5);
    const lrs = await startRealLrs(port);
    cleanups.push(() => lrs.stop());
    await vi.waitFor(
      () => expect(new Outbox(libraryConnection(library)).counts()).toMatchObject({ pending: 0, sent: 5 }),
      {
        timeout: 20_000,
        interval: 100,
      },
    );
    expect((await lrsStatements(lrs.endpoint)).map((s) => s.id).sort()).toEqual([...ids].sort());
  }, 60_000);
});
