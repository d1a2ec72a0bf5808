import type Database from 'better-sqlite3';
import type { Cmi5SessionView, RegistrationHistory } from './cmi5-rules';
import { CMI5_VERBS } from './cmi5-rules';
import { outboundStatement } from '../records-sync/outbox';

export type Statement = Record<string, unknown>;

export interface SessionRow extends Cmi5SessionView {
  actor: Record<string, unknown>;
  moveOn: string;
  fetchSecret: string;
  fetchedAt: string | null;
  authToken: string;
}

interface RawSession {
  id: string;
  registration: string;
  activity_id: string;
  actor: string;
  launch_mode: SessionRow['launchMode'];
  mastery_score: number | null;
  move_on: string;
  fetch_secret: string;
  fetched_at: string | null;
  auth_token: string;
  state: SessionRow['state'];
}

const toSession = (r: RawSession): SessionRow => ({
  id: r.id,
  registration: r.registration,
  activityId: r.activity_id,
  actor: JSON.parse(r.actor) as Record<string, unknown>,
  launchMode: r.launch_mode,
  masteryScore: r.mastery_score,
  moveOn: r.move_on,
  fetchSecret: r.fetch_secret,
  fetchedAt: r.fetched_at,
  authToken: r.auth_token,
  state: r.state,
});

/** One learner identity as a stable key: the inverse functional identifier of an Agent (xAPI §2.4.2.1). */
export function actorKey(actor: unknown): string {
  const a = (actor ?? {}) as Record<string, unknown>;
  const acc = a.account as Record<string, unknown> | undefined;
  if (acc) return `account:${String(acc.homePage)}|${String(acc.name)}`;
  for (const k of ['mbox', 'mbox_sha1sum', 'openid'] as const) if (typeof a[k] === 'string') return `${k}:${a[k]}`;
  return `json:${JSON.stringify(a)}`;
}

/** SQLite storage of the local LRS; each write that belongs together runs in one IMMEDIATE transaction. */
export class LrsStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly localOnly: (actorKey: string) => boolean = () => false,
  ) {}

  insertSession(s: Omit<SessionRow, 'state' | 'fetchedAt'>): void {
    this.db
      .prepare(
        `INSERT INTO lrs_sessions (id, registration, activity_id, actor, launch_mode, mastery_score, move_on,
           fetch_secret, auth_token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.id,
        s.registration,
        s.activityId,
        JSON.stringify(s.actor),
        s.launchMode,
        s.masteryScore,
        s.moveOn,
        s.fetchSecret,
        s.authToken,
        this.now(),
      );
  }

  /** The learner's most recent registration on an AU (a relaunch resumes it), or null. */
  latestRegistration(actor: unknown, activityId: string): string | null {
    const key = actorKey(actor);
    const rows = this.db
      .prepare(
        `SELECT registration, actor FROM lrs_sessions WHERE activity_id = ? ORDER BY created_at DESC, rowid DESC`,
      )
      .all(activityId) as Array<{ registration: string; actor: string }>;
    return rows.find((r) => actorKey(JSON.parse(r.actor)) === key)?.registration ?? null;
  }

  sessionByFetchSecret(secret: string): SessionRow | null {
    const r = this.db.prepare(`SELECT * FROM lrs_sessions WHERE fetch_secret = ?`).get(secret) as
      RawSession | undefined;
    return r ? toSession(r) : null;
  }
  sessionByToken(token: string): SessionRow | null {
    const r = this.db.prepare(`SELECT * FROM lrs_sessions WHERE auth_token = ?`).get(token) as RawSession | undefined;
    return r ? toSession(r) : null;
  }
  sessionById(id: string): SessionRow | null {
    const r = this.db.prepare(`SELECT * FROM lrs_sessions WHERE id = ?`).get(id) as RawSession | undefined;
    return r ? toSession(r) : null;
  }

  /** Marks the fetch URL used; false when it already was (one-time, cmi5 §8.2). */
  consumeFetch(secret: string): boolean {
    return (
      this.db
        .prepare(`UPDATE lrs_sessions SET fetched_at = ? WHERE fetch_secret = ? AND fetched_at IS NULL`)
        .run(this.now(), secret).changes === 1
    );
  }

  history(registration: string, activityId: string): RegistrationHistory {
    const verbs = new Set(
      this.db
        .prepare(`SELECT DISTINCT verb FROM lrs_statements WHERE registration = ? AND activity_id = ?`)
        .pluck()
        .all(registration, activityId) as string[],
    );
    return { completed: verbs.has(CMI5_VERBS.completed), passed: verbs.has(CMI5_VERBS.passed) };
  }

  /** Sessions of this registration and AU that never sent Terminated (nor were abandoned). */
  openSessions(registration: string, activityId: string): SessionRow[] {
    return (
      this.db
        .prepare(`SELECT * FROM lrs_sessions WHERE registration = ? AND activity_id = ? AND state <> 'terminated'`)
        .all(registration, activityId) as RawSession[]
    ).map(toSession);
  }

  /** Launched time and the last statement time of a session (ISO strings). */
  sessionSpan(sessionId: string): { launchedAt: string; lastAt: string } | null {
    const r = this.db
      .prepare(
        `SELECT s.created_at AS launched, max(t.stored_at) AS last FROM lrs_sessions s
           LEFT JOIN lrs_statements t ON t.session_id = s.id WHERE s.id = ? GROUP BY s.id`,
      )
      .get(sessionId) as { launched: string; last: string | null } | undefined;
    return r ? { launchedAt: r.launched, lastAt: r.last ?? r.launched } : null;
  }

  statementById(id: string): Statement | null {
    const body = this.db.prepare(`SELECT body FROM lrs_statements WHERE id = ?`).pluck().get(id) as string | undefined;
    return body ? (JSON.parse(body) as Statement) : null;
  }

  /**
   * Stores statements and queues them for the remote LRS (outbox) in one transaction, with the session
   * state they move to; all or nothing.
   */
  storeStatements(
    statements: Statement[],
    session: { id: string; state: SessionRow['state'] } | null,
    onInsert?: (st: Statement) => void,
  ): void {
    const insert = this.db.prepare(
      `INSERT INTO lrs_statements (id, session_id, registration, activity_id, verb, actor_key, body, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const outbox = this.db.prepare(
      `INSERT OR IGNORE INTO lrs_outbox (statement_id, body, created_at) VALUES (?, ?, ?)`,
    );
    this.db
      .transaction(() => {
        const at = this.now();
        for (const st of statements) {
          onInsert?.(st);
          const ctx = (st.context ?? {}) as Record<string, unknown>;
          const body = JSON.stringify(st);
          insert.run(
            String(st.id),
            session?.id ?? null,
            typeof ctx.registration === 'string' ? ctx.registration : null,
            String((st.object as Record<string, unknown> | undefined)?.id ?? ''),
            String((st.verb as Record<string, unknown> | undefined)?.id ?? ''),
            actorKey(st.actor),
            body,
            at,
          );
          if (!this.localOnly(actorKey(st.actor))) outbox.run(String(st.id), JSON.stringify(outboundStatement(st)), at);
        }
        if (session) this.db.prepare(`UPDATE lrs_sessions SET state = ? WHERE id = ?`).run(session.state, session.id);
      })
      .immediate();
  }

  listStatements(filter: { registration?: string | null; sessionId?: string | null } = {}): Statement[] {
    const where: string[] = [];
    const args: string[] = [];
    if (filter.registration) {
      where.push('registration = ?');
      args.push(filter.registration);
    }
    if (filter.sessionId) {
      where.push('session_id = ?');
      args.push(filter.sessionId);
    }
    const sql = `SELECT body FROM lrs_statements ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    return (
      this.db
        .prepare(sql)
        .pluck()
        .all(...args) as string[]
    ).map((b) => JSON.parse(b) as Statement);
  }

  getDocument(key: DocKey): string | null {
    return (
      (this.db
        .prepare(
          `SELECT body FROM lrs_documents WHERE kind = ? AND activity_id = ? AND actor_key = ? AND registration = ? AND doc_id = ?`,
        )
        .pluck()
        .get(key.kind, key.activityId, key.actorKey, key.registration, key.docId) as string | undefined) ?? null
    );
  }

  putDocument(key: DocKey, body: string): void {
    this.db
      .prepare(
        `INSERT INTO lrs_documents (kind, activity_id, actor_key, registration, doc_id, body, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (kind, activity_id, actor_key, registration, doc_id) DO UPDATE SET body = excluded.body,
           updated_at = excluded.updated_at`,
      )
      .run(key.kind, key.activityId, key.actorKey, key.registration, key.docId, body, this.now());
  }

  deleteDocument(key: DocKey): void {
    this.db
      .prepare(
        `DELETE FROM lrs_documents WHERE kind = ? AND activity_id = ? AND actor_key = ? AND registration = ? AND doc_id = ?`,
      )
      .run(key.kind, key.activityId, key.actorKey, key.registration, key.docId);
  }
}

export interface DocKey {
  kind: 'state' | 'profile';
  activityId: string;
  actorKey: string;
  registration: string;
  docId: string;
}
