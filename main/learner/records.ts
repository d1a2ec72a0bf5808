import type Database from 'better-sqlite3';
import type { AttemptStatus, PlayableKind } from '../../shared';
import type { ScormVersion } from '../scorm-import/manifest-types';
import type { InteractionRecord } from './cmi-summary';
import type { AttemptRow } from './learner-rows';

export interface InteractionRow extends InteractionRecord {
  readonly scoId: string;
}

/** One attempt as the records exports see it. */
export interface AttemptRecord {
  readonly learner: { readonly id: string; readonly name: string };
  readonly kind: PlayableKind;
  readonly itemId: string;
  readonly title: string;
  readonly format: ScormVersion;
  readonly attemptId: string;
  readonly number: number;
  readonly status: AttemptStatus;
  readonly scoreScaled: number | null;
  readonly scoreRaw: number | null;
  readonly totalTimeMs: number;
  readonly startedAt: string;
  readonly lastOpenedAt: string;
  readonly finishedAt: string | null;
  readonly interactions: readonly InteractionRow[];
}

interface Row extends Omit<AttemptRow, 'id'> {
  attempt_id: string;
  learner_name: string;
  package_title: string | null;
  course_title: string | null;
}

interface IRow {
  attempt_id: string;
  sco_id: string;
  idx: number;
  interaction_id: string;
  type: string;
  description: string;
  learner_response: string;
  correct_responses: string;
  result: string;
  weighting: string;
  latency: string;
  timestamp: string;
}

/** Every attempt (optionally of one learner) with its interactions, oldest first. */
export function loadAttemptRecords(db: Database.Database, learnerId?: string): AttemptRecord[] {
  const where = learnerId ? 'WHERE a.learner_id = ?' : '';
  const rows = db
    .prepare(
      `SELECT a.id AS attempt_id, a.learner_id, l.name AS learner_name, a.package_id, a.course_id,
              p.title AS package_title, c.title AS course_title, a.number, a.format, a.status, a.score_scaled,
              a.score_raw, a.total_time_ms, a.started_at, a.last_opened_at, a.finished_at
         FROM attempts a JOIN learners l ON l.id = a.learner_id
         LEFT JOIN scorm_packages p ON p.id = a.package_id LEFT JOIN courses c ON c.id = a.course_id
         ${where} ORDER BY a.started_at, a.seq`,
    )
    .all(...(learnerId ? [learnerId] : [])) as Row[];
  const interactions = db
    .prepare(
      `SELECT * FROM interactions ${learnerId ? 'WHERE attempt_id IN (SELECT id FROM attempts WHERE learner_id = ?)' : ''} ORDER BY sco_id, idx`,
    )
    .all(...(learnerId ? [learnerId] : [])) as IRow[];
  const byAttempt = new Map<string, InteractionRow[]>();
  for (const i of interactions) {
    const list = byAttempt.get(i.attempt_id) ?? [];
    list.push({
      scoId: i.sco_id,
      index: i.idx,
      id: i.interaction_id,
      type: i.type,
      description: i.description,
      learnerResponse: i.learner_response,
      correctResponses: JSON.parse(i.correct_responses) as string[],
      result: i.result,
      weighting: i.weighting,
      latency: i.latency,
      timestamp: i.timestamp,
    });
    byAttempt.set(i.attempt_id, list);
  }
  return rows.map((r) => ({
    learner: { id: r.learner_id, name: r.learner_name },
    kind: r.package_id ? 'package' : 'course',
    itemId: r.package_id ?? r.course_id ?? '',
    title: r.package_title ?? r.course_title ?? '',
    format: r.format,
    attemptId: r.attempt_id,
    number: r.number,
    status: r.status,
    scoreScaled: r.score_scaled,
    scoreRaw: r.score_raw,
    totalTimeMs: r.total_time_ms,
    startedAt: r.started_at,
    lastOpenedAt: r.last_opened_at,
    finishedAt: r.finished_at,
    interactions: byAttempt.get(r.attempt_id) ?? [],
  }));
}
