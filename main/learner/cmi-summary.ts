import { parseIso8601Duration, parseScorm12Time, type AttemptStatus, type CmiTree } from '../../shared';
import type { ScormVersion } from '../scorm-import/manifest-types';

export interface InteractionRecord {
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly description: string;
  readonly learnerResponse: string;
  readonly correctResponses: string[];
  readonly result: string;
  readonly weighting: string;
  readonly latency: string;
  readonly timestamp: string;
}

/** What the learner records need from one SCO's CMI tree, for either SCORM version. */
interface CmiSummary {
  readonly status: AttemptStatus;
  readonly scoreScaled: number | null;
  readonly scoreRaw: number | null;
  /** Milliseconds of the current session as the SCO reported it; null when it reported none. */
  readonly sessionTimeMs: number | null;
  readonly exit: string;
  readonly location: string;
  readonly suspendData: string;
  readonly interactions: InteractionRecord[];
}

const isTree = (v: unknown): v is CmiTree => typeof v === 'object' && v !== null && !Array.isArray(v);
export const subtree = (v: unknown): CmiTree => (isTree(v) ? v : {});
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => {
  const s = str(v).trim();
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** scorm-again renders collections as `{ "0": {...}, "1": {...} }`; arrays are accepted too. */
function collection(v: unknown): CmiTree[] {
  if (Array.isArray(v)) return v.filter(isTree);
  if (!isTree(v)) return [];
  return Object.keys(v)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => subtree(v[k]));
}

const STATUSES_12: Record<string, AttemptStatus> = {
  passed: 'passed',
  completed: 'completed',
  failed: 'failed',
  incomplete: 'incomplete',
  browsed: 'browsed',
  'not attempted': 'not attempted',
};

export function summarizeCmi(format: ScormVersion, cmi: CmiTree): CmiSummary {
  if (format === 'scorm12') {
    const core = subtree(cmi.core);
    const score = subtree(core.score);
    const raw = num(score.raw);
    const min = num(score.min) ?? 0;
    const max = num(score.max) ?? 100;
    const sessionTime = str(core.session_time);
    return {
      status: STATUSES_12[str(core.lesson_status)] ?? 'not attempted',
      scoreRaw: raw,
      scoreScaled: raw === null || max <= min ? null : clamp((raw - min) / (max - min)),
      sessionTimeMs: sessionTime ? parseScorm12Time(sessionTime) : null,
      exit: str(core.exit),
      location: str(core.lesson_location),
      suspendData: str(cmi.suspend_data),
      interactions: interactions(cmi.interactions, 'student_response'),
    };
  }
  const score = subtree(cmi.score);
  const raw = num(score.raw);
  const min = num(score.min);
  const max = num(score.max);
  const scaled = num(score.scaled);
  const success = str(cmi.success_status);
  const completion = str(cmi.completion_status);
  const status: AttemptStatus =
    success === 'passed' || success === 'failed'
      ? success
      : completion === 'completed' || completion === 'incomplete' || completion === 'not attempted'
        ? completion
        : 'not attempted';
  const sessionTime = str(cmi.session_time);
  return {
    status,
    scoreRaw: raw,
    scoreScaled:
      scaled !== null
        ? clamp(scaled, -1)
        : raw !== null && min !== null && max !== null && max > min
          ? clamp((raw - min) / (max - min))
          : null,
    sessionTimeMs: sessionTime ? parseIso8601Duration(sessionTime) : null,
    exit: str(cmi.exit),
    location: str(cmi.location),
    suspendData: str(cmi.suspend_data),
    interactions: interactions(cmi.interactions, 'learner_response'),
  };
}

function interactions(v: unknown, responseKey: string): InteractionRecord[] {
  return collection(v)
    .map((t, index) => ({
      index,
      id: str(t.id),
      type: str(t.type),
      description: str(t.description),
      learnerResponse: str(t[responseKey]),
      correctResponses: collection(t.correct_responses).map((c) => str(c.pattern)),
      result: str(t.result),
      weighting: str(t.weighting),
      latency: str(t.latency),
      timestamp: str(t.timestamp ?? t.time),
    }))
    .filter((i) => i.id !== '');
}

const clamp = (n: number, low = 0): number => Math.min(1, Math.max(low, n));

/** Rolls several SCOs up to one attempt status: all done → the weakest result; anything started → incomplete. */
export function rollUpStatus(statuses: readonly AttemptStatus[]): AttemptStatus {
  if (statuses.length === 0) return 'not attempted';
  if (statuses.length === 1) return statuses[0] ?? 'not attempted';
  const done = statuses.every((s) => s === 'passed' || s === 'completed' || s === 'failed');
  if (done) {
    if (statuses.includes('failed')) return 'failed';
    return statuses.includes('passed') ? 'passed' : 'completed';
  }
  return statuses.some((s) => s !== 'not attempted') ? 'incomplete' : 'not attempted';
}
