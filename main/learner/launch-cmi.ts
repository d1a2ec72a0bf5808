import { formatIso8601Duration, formatScorm12Time, type CmiLaunch, type CmiTree } from '../../shared';
import type { LaunchableSco, ScormVersion } from '../scorm-import/manifest-types';
import { str, subtree } from './cmi-summary';

interface LaunchInput {
  readonly format: ScormVersion;
  /** The CMI tree stored by the last commit, or null on the first launch of this SCO in this attempt. */
  readonly stored: CmiTree | null;
  readonly learner: { readonly id: string; readonly name: string };
  /** Manifest data for this SCO (mastery score, launch data, time limits); null for Coursewright courses. */
  readonly sco: Pick<
    LaunchableSco,
    'masteryScore' | 'scaledPassingScore' | 'completionThreshold' | 'launchData' | 'maxTimeAllowed' | 'timeLimitAction'
  > | null;
  /** Accumulated time of every earlier session of this SCO. */
  readonly totalTimeMs: number;
  readonly mode: 'normal' | 'review';
}

/**
 * The data an LMS hands a SCO at launch, as a tree for scorm-again's `loadFromJSON(tree, 'cmi')`.
 * Location and suspend_data are passed through exactly as stored; write-only values (exit, session_time) are
 * dropped; `entry` follows the last exit as the standards describe; total_time is our own accumulated sum.
 */
export function buildLaunchCmi(input: LaunchInput): CmiLaunch {
  const { stored, format } = input;
  const previousExit = stored ? (format === 'scorm12' ? str(subtree(stored.core).exit) : str(stored.exit)) : '';
  const entry: CmiLaunch['entry'] = stored === null ? 'ab-initio' : previousExit === 'suspend' ? 'resume' : '';
  const cmi = format === 'scorm12' ? launch12(input, entry) : launch2004(input, entry);
  return { entry, mode: input.mode, cmi };
}

function launch12(input: LaunchInput, entry: string): CmiTree {
  const prev = input.stored ?? {};
  const core = subtree(prev.core);
  const sco = input.sco;
  return compact({
    core: compact({
      student_id: input.learner.id,
      student_name: input.learner.name,
      lesson_location: str(core.lesson_location),
      credit: input.mode === 'review' ? 'no-credit' : 'credit',
      lesson_status: str(core.lesson_status),
      entry,
      lesson_mode: input.mode === 'review' ? 'review' : 'normal',
      score: subtree(core.score),
      total_time: formatScorm12Time(input.totalTimeMs),
    }),
    suspend_data: str(prev.suspend_data),
    launch_data: sco?.launchData ?? str(prev.launch_data),
    student_data: compact({
      mastery_score: sco?.masteryScore === null || sco?.masteryScore === undefined ? '' : String(sco.masteryScore),
      max_time_allowed: sco?.maxTimeAllowed ?? '',
      time_limit_action: sco?.timeLimitAction ?? '',
    }),
    objectives: subtree(prev.objectives),
    interactions: subtree(prev.interactions),
  });
}

function launch2004(input: LaunchInput, entry: string): CmiTree {
  const p = input.stored ?? {};
  const sco = input.sco;
  const opt = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
  return compact({
    learner_id: input.learner.id,
    learner_name: input.learner.name,
    credit: input.mode === 'review' ? 'no-credit' : 'credit',
    mode: input.mode,
    entry,
    location: str(p.location),
    completion_status: str(p.completion_status),
    success_status: str(p.success_status),
    progress_measure: str(p.progress_measure),
    score: subtree(p.score),
    suspend_data: str(p.suspend_data),
    launch_data: sco?.launchData ?? str(p.launch_data),
    total_time: formatIso8601Duration(input.totalTimeMs),
    scaled_passing_score: opt(sco?.scaledPassingScore),
    completion_threshold: opt(sco?.completionThreshold),
    max_time_allowed: sco?.maxTimeAllowed ?? '',
    time_limit_action: sco?.timeLimitAction ?? '',
    objectives: subtree(p.objectives),
    interactions: subtree(p.interactions),
  });
}

/** Drops empty strings and empty objects: scorm-again keeps its defaults for them. */
function compact(t: CmiTree): CmiTree {
  const out: CmiTree = {};
  for (const [k, v] of Object.entries(t)) {
    if (v === '' || v === null || v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}
