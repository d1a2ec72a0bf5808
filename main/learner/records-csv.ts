import { formatIso8601Duration } from '../../shared';
import type { AttemptRecord } from './records';

export const CSV_COLUMNS = [
  'learner_id',
  'learner_name',
  'item_kind',
  'item_id',
  'item_title',
  'attempt_id',
  'attempt_number',
  'status',
  'score_scaled',
  'score_raw',
  'total_time',
  'total_seconds',
  'started_at',
  'last_opened_at',
  'finished_at',
  'sco_id',
  'interaction_id',
  'question_text',
  'interaction_type',
  'learner_response',
  'correct_responses',
  'result',
  'latency',
  'interaction_timestamp',
] as const;

type Cell = string | number | null;

/**
 * One row per attempt followed by one row per interaction of it (attempt columns repeated), RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
 */
export function recordsToCsv(records: readonly AttemptRecord[]): string {
  const lines = [CSV_COLUMNS.map((c) => csvCell(c)).join(',')];
  for (const r of records) {
    const attempt: Cell[] = [
      r.learner.id,
      r.learner.name,
      r.kind,
      r.itemId,
      r.title,
      r.attemptId,
      r.number,
      r.status,
      r.scoreScaled,
      r.scoreRaw,
      formatIso8601Duration(r.totalTimeMs),
      Math.round(r.totalTimeMs / 10) / 100,
      r.startedAt,
      r.lastOpenedAt,
      r.finishedAt,
    ];
    lines.push([...attempt, null, null, null, null, null, null, null, null, null].map(csvCell).join(','));
    for (const i of r.interactions) {
      const cells: Cell[] = [
        ...attempt,
        i.scoId,
        i.id,
        i.description,
        i.type,
        i.learnerResponse,
        i.correctResponses.join(' | '),
        i.result,
        i.latency,
        i.timestamp,
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Text that a spreadsheet would read as a formula (starting with = + - @, or a tab/CR that some strip first)
 * gets a leading apostrophe; numbers we produce ourselves are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
