import type { Outbox, OutboxRow } from './outbox';

export interface LrsConnection {
  /** The xAPI endpoint, e.g. `https://lrs.example.org/xAPI/` (with or without the trailing slash). */
  endpoint: string;
  key: string;
  secret: string;
}

export interface SyncSummary {
  sent: number;
  /** The LRS already held a different statement with that id (409). */
  alreadyThere: number;
  rejected: number;
  /** Still pending after this run (network down, LRS failing). */
  left: number;
  /** Why the run stopped early, if it did. */
  stoppedBecause: string | null;
}

interface SyncProgress {
  done: number;
  total: number;
}

interface SyncOptions {
  outbox: Outbox;
  connection: LrsConnection;
  batchSize?: number;
  /** Retries of one batch on network errors / 5xx before the run gives up (the rows stay pending). */
  maxRetries?: number;
  /** Delay before retry n (1, 2, …); defaults to 1 s, 2 s, 4 s … capped at 60 s. */
  backoffMs?: (retry: number) => number;
  fetch?: typeof fetch;
  onProgress?: (p: SyncProgress) => void;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

const authHeader = (c: Pick<LrsConnection, 'key' | 'secret'>): string =>
  `Basic ${Buffer.from(`${c.key}:${c.secret}`, 'utf8').toString('base64')}`;

const base = (endpoint: string) => endpoint.replace(/\/+$/, '') + '/';

type Outcome =
  | { kind: 'ok' }
  | { kind: 'conflict'; reason: string }
  | { kind: 'rejected'; reason: string }
  | { kind: 'retry'; reason: string }
  | { kind: 'fatal'; reason: string };

async function post(o: SyncOptions, rows: OutboxRow[]): Promise<Outcome> {
  const f = o.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(`${base(o.connection.endpoint)}statements`, {
      method: 'POST',
      headers: {
        Authorization: authHeader(o.connection),
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: `[${rows.map((r) => r.body).join(',')}]`,
      signal: o.signal ?? null,
    });
  } catch (e) {
    if (o.signal?.aborted) return { kind: 'fatal', reason: 'cancelled' };
    return {
      kind: 'retry',
      reason: e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e),
    };
  }
  const text = await res.text().catch(() => '');
  const reason = `${res.status} ${text.slice(0, 500)}`.trim();
  if (res.ok) return { kind: 'ok' };
  if (res.status === 409) return { kind: 'conflict', reason };
  if (res.status === 401 || res.status === 403)
    return { kind: 'fatal', reason: `the LRS refused the credentials (${reason})` };
  if (res.status === 429 || res.status >= 500) return { kind: 'retry', reason };
  return { kind: 'rejected', reason };
}

/**
 * Sends the outbox to the organisation's LRS in batches, oldest first, with the statement ids we set, so
 * a resend after a crash or a lost response is recognised by the LRS (xAPI §2.4.1: same id, same
 * statement → no new record). Rows are marked only after the LRS answered, each batch in one transaction:
 * kill -9 at any point leaves at most one batch to resend, never a loss. A batch the LRS refuses (4xx or
 * 409) is split into single statements so one bad statement does not hold back the others.
 */
export async function syncOutbox(o: SyncOptions): Promise<SyncSummary> {
  const batchSize = o.batchSize ?? 50;
  const maxRetries = o.maxRetries ?? 5;
  const backoff = o.backoffMs ?? ((n: number) => Math.min(60_000, 1000 * 2 ** (n - 1)));
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const summary: SyncSummary = { sent: 0, alreadyThere: 0, rejected: 0, left: 0, stoppedBecause: null };
  const total = o.outbox.counts().pending;
  let done = 0;
  let after = 0;
  const progress = () => o.onProgress?.({ done, total });
  progress();

  /** Sends rows until they are settled; returns false when the run must stop. */
  const settle = async (rows: OutboxRow[]): Promise<boolean> => {
    for (let retry = 0; ; retry++) {
      const r = await post(o, rows);
      switch (r.kind) {
        case 'ok':
          o.outbox.mark(
            rows.map((x) => x.seq),
            'sent',
          );
          summary.sent += rows.length;
          done += rows.length;
          progress();
          return true;
        case 'conflict':
        case 'rejected':
          if (rows.length > 1) {
            for (const row of rows) if (!(await settle([row]))) return false;
            return true;
          }
          o.outbox.mark([rows[0]!.seq], r.kind === 'conflict' ? 'duplicate' : 'rejected', r.reason);
          if (r.kind === 'conflict') summary.alreadyThere++;
          else summary.rejected++;
          done++;
          progress();
          return true;
        case 'fatal':
          summary.stoppedBecause = r.reason;
          return false;
        case 'retry':
          o.outbox.countAttempt(rows.map((x) => x.seq));
          if (retry >= maxRetries || o.signal?.aborted) {
            summary.stoppedBecause = `the LRS is unreachable or failing: ${r.reason}`;
            return false;
          }
          await sleep(backoff(retry + 1));
      }
    }
  };

  for (;;) {
    const rows = o.outbox.pending(batchSize, after);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.seq;
    if (!(await settle(rows))) break;
  }
  summary.left = o.outbox.counts().pending;
  return summary;
}

/** GET /about: whether the endpoint answers as an xAPI LRS with these credentials. */
export async function testConnection(
  c: LrsConnection,
  f: typeof fetch = fetch,
): Promise<{ ok: true; versions: string[] } | { ok: false; reason: string }> {
  try {
    const res = await f(`${base(c.endpoint)}about`, {
      headers: { Authorization: authHeader(c), 'X-Experience-API-Version': '1.0.3' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) return { ok: false, reason: `the LRS answered ${res.status}` };
    const body = (await res.json()) as { version?: unknown };
    const versions = Array.isArray(body.version) ? body.version.map(String) : [];
    return versions.length ? { ok: true, versions } : { ok: false, reason: 'no xAPI version in /about' };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
