import type Database from 'better-sqlite3';

export interface OutboxRow {
  seq: number;
  statementId: string;
  body: string;
}

type OutboxStatus = 'pending' | 'sent' | 'duplicate' | 'rejected';

/** The durable queue of statements for the organisation's LRS (table `lrs_outbox`, migration 007). */
export class Outbox {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Queues statements; an id already queued is kept as it is (ids are ours, so a re-queue is the same statement). */
  enqueue(statements: ReadonlyArray<Record<string, unknown>>): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO lrs_outbox (statement_id, body, created_at) VALUES (?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const st of statements) insert.run(String(st.id), JSON.stringify(outboundStatement(st)), this.now());
    })();
  }

  pending(limit: number, afterSeq = 0): OutboxRow[] {
    return (
      this.db
        .prepare(
          `SELECT seq, statement_id, body FROM lrs_outbox WHERE status = 'pending' AND seq > ? ORDER BY seq LIMIT ?`,
        )
        .all(afterSeq, limit) as Array<{ seq: number; statement_id: string; body: string }>
    ).map((r) => ({ seq: r.seq, statementId: r.statement_id, body: r.body }));
  }

  mark(seqs: readonly number[], status: Exclude<OutboxStatus, 'pending'>, reason: string | null = null): void {
    const update = this.db.prepare(
      `UPDATE lrs_outbox SET status = ?, reason = ?, done_at = ?, attempts = attempts + 1 WHERE seq = ? AND status = 'pending'`,
    );
    this.db.transaction(() => {
      const at = this.now();
      for (const seq of seqs) update.run(status, reason, at, seq);
    })();
  }

  countAttempt(seqs: readonly number[]): void {
    const update = this.db.prepare(`UPDATE lrs_outbox SET attempts = attempts + 1 WHERE seq = ?`);
    this.db.transaction(() => {
      for (const seq of seqs) update.run(seq);
    })();
  }

  counts(): Record<OutboxStatus, number> {
    const out: Record<OutboxStatus, number> = { pending: 0, sent: 0, duplicate: 0, rejected: 0 };
    const rows = this.db.prepare(`SELECT status, count(*) AS n FROM lrs_outbox GROUP BY status`).all() as Array<{
      status: OutboxStatus;
      n: number;
    }>;
    for (const r of rows) out[r.status] = r.n;
    return out;
  }

  rejected(): Array<{ statementId: string; reason: string }> {
    return (
      this.db
        .prepare(`SELECT statement_id, reason FROM lrs_outbox WHERE status = 'rejected' ORDER BY seq`)
        .all() as Array<{ statement_id: string; reason: string | null }>
    ).map((r) => ({ statementId: r.statement_id, reason: r.reason ?? '' }));
  }
}

/** What goes to another LRS: without the properties the receiving LRS sets itself (xAPI §2.4.8, §2.4.9). */
export function outboundStatement(st: Record<string, unknown>): Record<string, unknown> {
  const { stored: _stored, authority: _authority, version: _version, ...rest } = st;
  return rest;
}
