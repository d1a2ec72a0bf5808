import { SCORM2004_LOCATION_MAX, SCORM2004_SUSPEND_DATA_MAX } from '../../../shared/scorm/constants';
import { formatIso8601Duration, formatScorm2004Timestamp } from '../../../shared/scorm/time-format';
import { formatDecimal, formatScorm2004Description, formatScorm2004Response } from './interaction-format';
import type {
  CompletionStatus,
  LmsAdapter,
  LmsMode,
  LmsStartState,
  ObjectiveRecord,
  ProgressSnapshot,
  SuccessStatus,
} from './lms-adapter';
import { scorm2004Calls, type Scorm2004Api } from './scorm-api';
import { ScormSession, type ScormAdapterOptions } from './scorm-session';

const COMPLETION_RANK: Record<string, number> = { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 };
const SUCCESS_RANK: Record<string, number> = { unknown: 0, failed: 1, passed: 2 };

/** SCORM 2004 3rd and 4th edition share the run-time data model the player uses (RTE 4.2). */
export function createScorm2004Adapter(api: Scorm2004Api, opts: ScormAdapterOptions): LmsAdapter {
  const session = new ScormSession(scorm2004Calls(api), opts);
  const startedAt = session.now();
  let completion = 'unknown';
  let success = 'unknown';
  let initialRaw: number | null = null;
  let finished = false;
  /** Interaction id → index n, including interactions the LMS kept from earlier sessions (2004 lets us read ids back). */
  const indices = new Map<string, number>();
  let count = 0;
  let lastSnapshot: ProgressSnapshot | null = null;
  let mode: LmsMode = 'normal';
  /** Objective id → index n (read back on resume, like interactions). */
  const objectives = new Map<string, number>();
  let objectiveCount = 0;

  const scaled = (score: { raw: number; min: number; max: number }): string => {
    const range = score.max - score.min;
    return formatDecimal(range > 0 ? (score.raw - score.min) / range : 0, 4);
  };
  /** RTE 4.2.17: id first; statuses never downgraded (passed stays passed). */
  const setObjective = (o: ObjectiveRecord): void => {
    let n = objectives.get(o.id);
    if (n === undefined) {
      n = objectiveCount++;
      objectives.set(o.id, n);
    }
    const p = `cmi.objectives.${n}.`;
    session.set(`${p}id`, o.id);
    if (o.score) {
      session.set(`${p}score.scaled`, scaled(o.score));
      session.set(`${p}score.raw`, formatDecimal(o.score.raw));
      session.set(`${p}score.min`, formatDecimal(o.score.min));
      session.set(`${p}score.max`, formatDecimal(o.score.max));
    }
    if (o.success !== 'unknown' && session.lastSent(`${p}success_status`) !== 'passed')
      session.set(`${p}success_status`, o.success);
    if (session.lastSent(`${p}completion_status`) !== 'completed') session.set(`${p}completion_status`, o.completion);
  };

  const setCompletion = (next: CompletionStatus): void => {
    if ((COMPLETION_RANK[next] ?? 0) <= (COMPLETION_RANK[completion] ?? 0)) return;
    if (session.set('cmi.completion_status', next)) completion = next;
  };
  const setSuccess = (next: SuccessStatus): void => {
    // Never "unknown", never passed → failed.
    if (next === 'unknown' || (SUCCESS_RANK[next] ?? 0) < (SUCCESS_RANK[success] ?? 0)) return;
    if (session.set('cmi.success_status', next)) success = next;
  };

  return {
    kind: 'scorm2004',
    notice: null,
    start(): LmsStartState {
      const empty: LmsStartState = {
        connected: false,
        resumed: false,
        suspendData: null,
        location: null,
        learnerName: null,
        completion: 'unknown',
        success: 'unknown',
        mode: 'normal',
      };
      if (!session.initialize()) return empty;
      const lmsMode = session.get('cmi.mode');
      mode = lmsMode === 'browse' || lmsMode === 'review' ? lmsMode : 'normal';
      const entry = session.get('cmi.entry');
      let suspendData = entry === 'ab-initio' ? '' : session.get('cmi.suspend_data');
      let location = entry === 'ab-initio' ? '' : session.get('cmi.location');
      completion = session.get('cmi.completion_status') || 'unknown';
      success = session.get('cmi.success_status') || 'unknown';
      const raw = session.get('cmi.score.raw');
      initialRaw = raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
      const learnerName = session.get('cmi.learner_name') || null;
      count = Number(session.get('cmi.interactions._count')) || 0;
      for (let n = 0; n < count; n++) {
        const id = session.get(`cmi.interactions.${n}.id`);
        if (id) indices.set(id, n);
      }
      objectiveCount = Number(session.get('cmi.objectives._count')) || 0;
      for (let n = 0; n < objectiveCount; n++) {
        const id = session.get(`cmi.objectives.${n}.id`);
        if (id) objectives.set(id, n);
      }
      session.useMirror(session.get('cmi.learner_id'));
      const mirrored = mode === 'normal' ? session.newerThanLms(suspendData) : null;
      if (mirrored) {
        session.log.warn('restoring progress that was not committed last time');
        suspendData = mirrored.suspendData;
        location = mirrored.location ?? location;
      }
      const atStart = { completion, success };
      // Browse and review record nothing as an attempt.
      if (mode === 'normal') {
        setCompletion('incomplete');
        session.set('cmi.exit', 'suspend');
      }
      return {
        connected: true,
        resumed: entry === 'resume' || suspendData !== '',
        suspendData: suspendData || null,
        location: location || null,
        learnerName,
        completion:
          atStart.completion === 'completed' || atStart.completion === 'incomplete' ? atStart.completion : 'unknown',
        success: atStart.success === 'passed' || atStart.success === 'failed' ? atStart.success : 'unknown',
        mode,
      };
    },
    update(s: ProgressSnapshot): void {
      if (!session.running || mode !== 'normal') return;
      lastSnapshot = s;
      if (s.location && s.location.length <= SCORM2004_LOCATION_MAX) session.set('cmi.location', s.location);
      if (s.suspendData.length <= SCORM2004_SUSPEND_DATA_MAX) session.set('cmi.suspend_data', s.suspendData);
      else
        session.log.warn(
          `suspend_data of ${s.suspendData.length} characters exceeds ${SCORM2004_SUSPEND_DATA_MAX}; not sent`,
        );
      if (s.score && (initialRaw === null || s.score.raw >= initialRaw || success !== 'passed')) {
        session.set('cmi.score.scaled', scaled(s.score));
        session.set('cmi.score.raw', formatDecimal(s.score.raw));
        session.set('cmi.score.min', formatDecimal(s.score.min));
        session.set('cmi.score.max', formatDecimal(s.score.max));
      }
      for (const it of s.interactions) {
        let n = indices.get(it.id);
        const isNew = n === undefined;
        if (n === undefined) {
          n = count++;
          indices.set(it.id, n);
        }
        const p = `cmi.interactions.${n}.`;
        // RTE 4.2.9: id first, then type before any response.
        session.set(`${p}id`, it.id);
        session.set(`${p}type`, it.type);
        session.set(`${p}description`, formatScorm2004Description(it.description));
        session.set(`${p}weighting`, formatDecimal(it.weighting));
        if (isNew && it.correctResponse)
          session.set(`${p}correct_responses.0.pattern`, formatScorm2004Response(it.correctResponse));
        session.set(`${p}learner_response`, formatScorm2004Response(it.response));
        session.set(`${p}result`, it.result ?? (it.correct ? 'correct' : 'incorrect'));
        session.set(`${p}timestamp`, formatScorm2004Timestamp(new Date(it.answeredAt)));
        session.set(`${p}latency`, formatIso8601Duration(it.latencyMs));
      }
      for (const o of s.objectives) setObjective(o);
      setCompletion(s.completion);
      setSuccess(s.success);
      session.set('cmi.progress_measure', formatDecimal(Math.max(0, Math.min(1, s.progressMeasure)), 4));
      finished = s.finished;
      session.set('cmi.exit', finished ? 'normal' : 'suspend');
      session.mirror({ suspendData: s.suspendData, location: s.location });
      session.requestCommit();
    },
    flush(): void {
      session.commitNow();
    },
    finish(): void {
      if (!session.running) return;
      if (mode !== 'normal') return session.terminate();
      session.set('cmi.session_time', formatIso8601Duration(session.now() - startedAt));
      session.set('cmi.exit', finished ? 'normal' : 'suspend');
      if (lastSnapshot) session.mirror({ suspendData: lastSnapshot.suspendData, location: lastSnapshot.location });
      session.terminate();
    },
    reconnect(): boolean {
      if (!session.reopen()) {
        session.report('disconnected');
        return false;
      }
      if (lastSnapshot) this.update(lastSnapshot);
      return true;
    },
    watch: (fn) => session.watch(fn),
  };
}
