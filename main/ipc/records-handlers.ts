import type Database from 'better-sqlite3';
import { AppError } from '../../shared';
import type { Handlers } from './router';
import { LrsSettings, type SecretSeal } from '../records-sync/lrs-settings';
import { Outbox } from '../records-sync/outbox';
import { syncOutbox, testConnection } from '../records-sync/sync-worker';

type RecordsHandlers = Pick<
  Handlers,
  'records.lrsSettings' | 'records.saveLrsSettings' | 'records.testLrs' | 'records.outbox' | 'records.sync'
>;

/** Where the records channels work: the library database, and the shell's seal (Electron safeStorage) or null. */
export interface RecordsDeps {
  readonly db: Database.Database;
  readonly seal: SecretSeal | null;
}

/** The records channels on one library database. */
export function createRecordsHandlers({ db, seal }: RecordsDeps): RecordsHandlers {
  const settings = () => new LrsSettings(db, seal);
  const view = () => ({ ...settings().view(), canStoreSecret: seal?.available === true });
  let running: Promise<ReturnType<typeof syncOutbox> extends Promise<infer T> ? T : never> | null = null;
  return {
    'records.lrsSettings': () => view(),
    'records.saveLrsSettings': (input) => {
      try {
        settings().save(input);
      } catch (e) {
        throw new AppError('VALIDATION', e instanceof Error ? e.message : String(e));
      }
      return view();
    },
    'records.testLrs': async (input) => {
      const saved = settings().connection();
      const endpoint = input.endpoint ?? saved?.endpoint;
      if (!endpoint) return { ok: false, detail: 'No LRS endpoint is set.' };
      const r = await testConnection({
        endpoint,
        key: input.key ?? saved?.key ?? '',
        secret: input.secret ?? saved?.secret ?? '',
      });
      return r.ok ? { ok: true, detail: `xAPI ${r.versions.join(', ')}` } : { ok: false, detail: r.reason };
    },
    'records.outbox': () => {
      const o = new Outbox(db);
      const c = o.counts();
      return { pending: c.pending, sent: c.sent, duplicate: c.duplicate, rejected: o.rejected() };
    },
    'records.sync': async () => {
      const connection = settings().connection();
      if (!connection) throw new AppError('VALIDATION', 'Set the LRS endpoint, key and secret first.');
      // One run at a time: a second click joins the running one.
      running ??= syncOutbox({ outbox: new Outbox(db), connection }).finally(() => {
        running = null;
      });
      return running;
    },
  };
}
