import {
  SCORM12_LESSON_LOCATION_MAX,
  SCORM12_SUSPEND_DATA_MAX,
  type Scorm12LessonStatus,
} from '../../../shared/scorm/constants';
import { formatScorm12ClockTime, formatScorm12Time } from '../../../shared/scorm/time-format';
import { formatDecimal, formatScorm12Response } from './interaction-format';
import type { Scorm12StatusMapping } from '../../../shared/model/course';
import type { LmsAdapter, LmsMode, LmsStartState, ProgressSnapshot } from './lms-adapter';
import { scorm12Calls, type Scorm12Api } from './scorm-api';
import { ScormSession, type ScormAdapterOptions } from './scorm-session';

/** Higher is better; a status is never replaced by a lower one (no downgrade on resume). */
const RANK: Record<Scorm12LessonStatus, number> = {
  'not attempted': 0,
  browsed: 1,
  incomplete: 1,
  failed: 2,
  completed: 3,
  passed: 4,
};
const isStatus = (s: string): s is Scorm12LessonStatus => s in RANK;

/**
 * SCORM 1.2 has one status for completion and success (RTE 3.4.2 cmi.core.lesson_status); the course
 * chooses the two words. The success word needs a finished course (and, for "passed", a passed quiz or
 * none); "failed" comes only with a final failure (`success` is "failed" only when no attempt remains).
 */
export function scorm12Status(
  mapping: Scorm12StatusMapping,
  s: Pick<ProgressSnapshot, 'completion' | 'success' | 'hasQuiz'>,
): Scorm12LessonStatus {
  const [good, bad] = mapping.split('-') as ['passed' | 'completed', 'incomplete' | 'failed'];
  if (s.success === 'failed' && bad === 'failed') return 'failed';
  const earned = good === 'completed' || s.success === 'passed' || !s.hasQuiz;
  return s.completion === 'completed' && earned ? good : 'incomplete';
}

const modeOf = (value: string): LmsMode => (value === 'browse' || value === 'review' ? value : 'normal');

export function createScorm12Adapter(
  api: Scorm12Api,
  opts: ScormAdapterOptions & { statusMapping?: Scorm12StatusMapping },
): LmsAdapter {
  const session = new ScormSession(scorm12Calls(api), opts);
  const mapping = opts.statusMapping ?? 'passed-failed';
  let mode: LmsMode = 'normal';
  const startedAt = session.now();
  let status: Scorm12LessonStatus = 'not attempted';
  let initialRaw: number | null = null;
  let finished = false;
  /** Interaction id → index n; 1.2 interactions are write-only, so this session appends after `_count`. */
  const indices = new Map<string, number>();
  let nextIndex = 0;
  let lastSnapshot: ProgressSnapshot | null = null;

  const setStatus = (next: Scorm12LessonStatus): void => {
    if (next === 'not attempted' || RANK[next] < RANK[status]) return;
    if (session.set('cmi.core.lesson_status', next)) status = next;
  };

  return {
    kind: 'scorm12',
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
      mode = modeOf(session.get('cmi.core.lesson_mode'));
      const entry = session.get('cmi.core.entry');
      let suspendData = entry === 'ab-initio' ? '' : session.get('cmi.suspend_data');
      let location = entry === 'ab-initio' ? '' : session.get('cmi.core.lesson_location');
      const lmsStatus = session.get('cmi.core.lesson_status');
      status = isStatus(lmsStatus) ? lmsStatus : 'not attempted';
      const raw = session.get('cmi.core.score.raw');
      initialRaw = raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
      const learnerName = session.get('cmi.core.student_name') || null;
      session.useMirror(session.get('cmi.core.student_id'));
      const mirrored = mode === 'normal' ? session.newerThanLms(suspendData) : null;
      if (mirrored) {
        session.log.warn('restoring progress that was not committed last time');
        suspendData = mirrored.suspendData;
        location = mirrored.location ?? location;
      }
      const atStart = status;
      // Browse and review record nothing as an attempt.
      if (mode === 'normal') {
        setStatus('incomplete');
        session.set('cmi.core.exit', 'suspend');
      }
      return {
        connected: true,
        resumed: entry === 'resume' || suspendData !== '',
        suspendData: suspendData || null,
        location: location || null,
        learnerName,
        completion:
          atStart === 'completed' || atStart === 'passed'
            ? 'completed'
            : atStart === 'not attempted'
              ? 'unknown'
              : 'incomplete',
        success: atStart === 'passed' ? 'passed' : atStart === 'failed' ? 'failed' : 'unknown',
        mode,
      };
    },
    update(s: ProgressSnapshot): void {
      if (!session.running || mode !== 'normal') return;
      lastSnapshot = s;
      if (s.location && s.location.length <= SCORM12_LESSON_LOCATION_MAX)
        session.set('cmi.core.lesson_location', s.location);
      if (s.suspendData.length <= SCORM12_SUSPEND_DATA_MAX) session.set('cmi.suspend_data', s.suspendData);
      else
        session.log.warn(
          `suspend_data of ${s.suspendData.length} characters exceeds ${SCORM12_SUSPEND_DATA_MAX}; not sent`,
        );
      if (s.score && (initialRaw === null || s.score.raw >= initialRaw || status !== 'passed')) {
        session.set('cmi.core.score.raw', formatDecimal(s.score.raw));
        session.set('cmi.core.score.min', formatDecimal(s.score.min));
        session.set('cmi.core.score.max', formatDecimal(s.score.max));
      }
      for (const it of s.interactions) {
        let n = indices.get(it.id);
        const isNew = n === undefined;
        if (n === undefined) {
          if (indices.size === 0) nextIndex = Number(session.get('cmi.interactions._count')) || 0;
          n = nextIndex++;
          indices.set(it.id, n);
        }
        const p = `cmi.interactions.${n}.`;
        session.set(`${p}id`, it.id);
        session.set(`${p}type`, it.type);
        session.set(`${p}time`, formatScorm12ClockTime(new Date(it.answeredAt)));
        session.set(`${p}weighting`, formatDecimal(it.weighting));
        session.set(`${p}student_response`, formatScorm12Response(it.response));
        session.set(`${p}result`, it.result ?? (it.correct ? 'correct' : 'wrong'));
        session.set(`${p}latency`, formatScorm12Time(it.latencyMs));
        if (isNew && it.correctResponse)
          session.set(`${p}correct_responses.0.pattern`, formatScorm12Response(it.correctResponse));
      }
      setStatus(scorm12Status(mapping, s));
      finished = s.finished;
      session.set('cmi.core.exit', finished ? '' : 'suspend');
      session.mirror({ suspendData: s.suspendData, location: s.location });
      session.requestCommit();
    },
    flush(): void {
      session.commitNow();
    },
    finish(): void {
      if (!session.running) return;
      if (mode !== 'normal') return session.terminate();
      session.set('cmi.core.session_time', formatScorm12Time(session.now() - startedAt));
      session.set('cmi.core.exit', finished ? '' : 'suspend');
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
