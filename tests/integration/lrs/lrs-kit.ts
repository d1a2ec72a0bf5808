import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../main/library/database';
import { LocalLrs } from '../../../main/lrs/local-lrs';
import type { FetchLike } from '../../../renderer/player/lms/xapi-client';

export const LMS_BASE = 'http://lms.test/xapi';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  keepalive: boolean;
}

/** A fresh library database (every migration) with the app's local LRS on it. */
export async function openLrs(): Promise<{ db: Db; lrs: LocalLrs; dir: string; close(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lrs-'));
  const { db } = await openDatabase(path.join(dir, 'library.sqlite'));
  return {
    db,
    lrs: new LocalLrs(db),
    dir,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `fetch` for the player's adapters answered by the LocalLrs in-process, recording every request. */
export function lrsFetch(lrs: LocalLrs, log: RecordedRequest[]): FetchLike {
  return async (url, init) => {
    const u = new URL(url);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = v;
    const body = typeof init.body === 'string' ? init.body : '';
    const method = init.method ?? 'GET';
    log.push({ method, url, headers, body, keepalive: init.keepalive === true });
    if (!u.href.startsWith(`${LMS_BASE}/`)) throw new TypeError('network error');
    const res = lrs.handle({
      method,
      path: u.pathname.slice(new URL(LMS_BASE).pathname.length + 1),
      query: u.searchParams,
      headers,
      body,
    });
    return { ok: res.status >= 200 && res.status < 300, status: res.status, text: async () => res.body };
  };
}

export const verbsOf = (statements: Array<Record<string, unknown>>): string[] =>
  statements.map((s) => String((s.verb as { id: string }).id).replace(/^.*\//, ''));
