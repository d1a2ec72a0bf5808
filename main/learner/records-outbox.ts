import type Database from 'better-sqlite3';
import { outboundStatement } from '../records-sync/outbox';
import { loadAttemptRecords } from './records';
import { recordsToXapi } from './records-xapi';

/**
 * Queues the xAPI statements of one SCORM attempt (mapped as the records export does) in the outbox for the
 * organisation's LRS. Called inside the transaction that saves the CMI data, so the record and its outbox
 * rows land together. Ids are name-based (attempt, verb, index): a statement not yet sent takes the newest
 * content; one already sent is never changed (the LRS holds it under that id).
 */
export function queueAttemptStatements(db: Database.Database, attemptId: string, now = new Date().toISOString()): void {
  const learnerId = db.prepare(`SELECT learner_id FROM attempts WHERE id = ?`).pluck().get(attemptId) as
    string | undefined;
  if (!learnerId) return;
  const record = loadAttemptRecords(db, learnerId).find((r) => r.attemptId === attemptId);
  if (!record) return;
  const upsert = db.prepare(
    `INSERT INTO lrs_outbox (statement_id, body, created_at) VALUES (?, ?, ?)
     ON CONFLICT (statement_id) DO UPDATE SET body = excluded.body WHERE lrs_outbox.status = 'pending'`,
  );
  for (const st of recordsToXapi([record])) {
    upsert.run(st.id, JSON.stringify(outboundStatement(st as unknown as Record<string, unknown>)), now);
  }
}
