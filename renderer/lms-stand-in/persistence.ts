import type { LmsFormat } from './launch-params';

/**
 * What the stand-in keeps in localStorage between launches: the CMI tree as scorm-again renders it
 * (`renderCommitCMI(...).cmi`, so `total_time` already includes the last session) and the counts of
 * lifecycle calls of the last session, so a test can check Terminate ran exactly once even after the
 * page that received it is gone.
 */
export interface SessionCounts {
  initialize: number;
  commit: number;
  terminate: number;
  errors: number;
  /** Calls of any kind made after a successful Terminate/LMSFinish (the standards allow none). */
  afterTerminate: number;
}

export interface StoredAttempt {
  version: 1;
  format: LmsFormat;
  savedAt: string;
  /** Number of launches of this attempt (1 on the first). */
  launches: number;
  /** True once the SCO called Terminate/LMSFinish successfully in the last session. */
  terminated: boolean;
  session: SessionCounts;
  cmi: CmiTree;
}

export type CmiTree = { [key: string]: unknown };

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function emptyCounts(): SessionCounts {
  return { initialize: 0, commit: 0, terminate: 0, errors: 0, afterTerminate: 0 };
}

export function loadAttempt(storage: StorageLike, key: string, format: LmsFormat): StoredAttempt | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null; // storage disabled: behave like a first launch
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredAttempt>;
    // Data of another SCORM version cannot be loaded into this API: start a fresh attempt.
    if (parsed.version !== 1 || parsed.format !== format || !isTree(parsed.cmi)) return null;
    return parsed as StoredAttempt;
  } catch {
    return null;
  }
}

export function saveAttempt(storage: StorageLike, key: string, attempt: StoredAttempt): boolean {
  try {
    storage.setItem(key, JSON.stringify(attempt));
    return true;
  } catch {
    return false;
  }
}

const DEFAULT_LEARNER = { id: 'learner-1', name: 'Learner, Preview' } as const;

/**
 * The data an LMS hands a SCO at launch, as a tree for scorm-again's `loadFromJSON` (rooted at `cmi`).
 * Only what an LMS keeps between sessions is carried over; write-only values (exit, session_time) are
 * dropped and `entry` is derived from the last exit, as the standards describe.
 */
export function launchData(format: LmsFormat, previous: StoredAttempt | null): CmiTree {
  const prev = previous?.cmi ?? null;
  if (format === 'scorm12') return launchData12(prev);
  return launchData2004(prev);
}

function launchData12(prev: CmiTree | null): CmiTree {
  const core = tree(prev?.core);
  const entry = prev === null ? 'ab-initio' : core.exit === 'suspend' ? 'resume' : '';
  return compact({
    core: compact({
      student_id: str(core.student_id) || DEFAULT_LEARNER.id,
      student_name: str(core.student_name) || DEFAULT_LEARNER.name,
      lesson_location: str(core.lesson_location),
      credit: 'credit',
      lesson_status: str(core.lesson_status),
      entry,
      score: tree(core.score),
      total_time: str(core.total_time),
    }),
    suspend_data: str(prev?.suspend_data),
    launch_data: str(prev?.launch_data),
    objectives: tree(prev?.objectives),
    interactions: tree(prev?.interactions),
  });
}

function launchData2004(prev: CmiTree | null): CmiTree {
  const p = prev ?? {};
  const entry = prev === null ? 'ab-initio' : p.exit === 'suspend' ? 'resume' : '';
  return compact({
    learner_id: str(p.learner_id) || DEFAULT_LEARNER.id,
    learner_name: str(p.learner_name) || DEFAULT_LEARNER.name,
    credit: 'credit',
    mode: 'normal',
    entry,
    location: str(p.location),
    completion_status: str(p.completion_status),
    success_status: str(p.success_status),
    progress_measure: str(p.progress_measure),
    score: tree(p.score),
    suspend_data: str(p.suspend_data),
    launch_data: str(p.launch_data),
    total_time: str(p.total_time),
    objectives: tree(p.objectives),
    interactions: tree(p.interactions),
  });
}

function isTree(v: unknown): v is CmiTree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function tree(v: unknown): CmiTree {
  return isTree(v) ? v : {};
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Drops empty strings and empty objects: scorm-again would skip them anyway, and the tree stays readable. */
function compact(t: CmiTree): CmiTree {
  const out: CmiTree = {};
  for (const [k, v] of Object.entries(t)) {
    if (v === '' || v === null || v === undefined) continue;
    if (isTree(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}
