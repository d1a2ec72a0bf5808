import type Database from 'better-sqlite3';
import type { LrsConnection } from './sync-worker';

/**
 * Encrypts the LRS secret at rest. The Electron shell provides one backed by `safeStorage`; services never
 * import electron. Without a seal (CLI, browser host) the secret is not stored at all.
 */
export interface SecretSeal {
  readonly available: boolean;
  seal(plain: string): string;
  unseal(sealed: string): string;
}

const KEYS = { endpoint: 'lrs.endpoint', key: 'lrs.key', secret: 'lrs.secret.sealed' } as const;

interface LrsSettingsView {
  endpoint: string;
  key: string;
  /** Never the secret itself: only whether one is stored. */
  hasSecret: boolean;
}

/** LRS endpoint, key and sealed secret in `library_meta`. */
export class LrsSettings {
  constructor(
    private readonly db: Database.Database,
    private readonly seal: SecretSeal | null,
  ) {}

  private get(k: string): string | null {
    return (
      (this.db.prepare(`SELECT value FROM library_meta WHERE key = ?`).pluck().get(k) as string | undefined) ?? null
    );
  }
  private set(k: string, v: string | null): void {
    if (v === null) this.db.prepare(`DELETE FROM library_meta WHERE key = ?`).run(k);
    else
      this.db
        .prepare(
          `INSERT INTO library_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        )
        .run(k, v);
  }

  view(): LrsSettingsView {
    return {
      endpoint: this.get(KEYS.endpoint) ?? '',
      key: this.get(KEYS.key) ?? '',
      hasSecret: this.get(KEYS.secret) !== null,
    };
  }

  save(input: { endpoint: string; key: string; secret?: string | undefined }): LrsSettingsView {
    const url = new URL(input.endpoint); // throws on a malformed endpoint: nothing is changed
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error('the LRS endpoint must be an http(s) URL');
    this.db.transaction(() => {
      this.set(KEYS.endpoint, url.href);
      this.set(KEYS.key, input.key);
      if (input.secret !== undefined) {
        if (!this.seal?.available) throw new Error('secrets cannot be stored safely here; pass --secret when syncing');
        this.set(KEYS.secret, this.seal.seal(input.secret));
      }
    })();
    return this.view();
  }

  /** The full connection for the sync worker (main process only), or null when something is missing. */
  connection(): LrsConnection | null {
    const endpoint = this.get(KEYS.endpoint);
    const key = this.get(KEYS.key);
    const sealed = this.get(KEYS.secret);
    if (!endpoint || key === null || sealed === null || !this.seal?.available) return null;
    return { endpoint, key, secret: this.seal.unseal(sealed) };
  }
}
