import { suspendDataSaveCount } from '../../../shared/scorm/suspend-data';
import type { LmsLogger, LmsProblem } from './lms-adapter';
import type { ScormCalls } from './scorm-api';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ScormAdapterOptions {
  packageId: string;
  /** Where uncommitted state is mirrored (window.localStorage); null disables the mirror. */
  storage?: StorageLike | null;
  logger?: LmsLogger;
  /** Quiet period before a change is committed. */
  debounceMs?: number;
  /** First retry delay after a failed Commit; doubles up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  now?: () => number;
}

/** State not yet confirmed by a successful Commit, kept so a lost commit never loses progress. */
interface MirroredState {
  suspendData: string;
  location: string | null;
  savedAt: number;
}

/** Commits that must fail in a row before the learner is told. */
const COMMIT_FAILURES_BEFORE_NOTICE = 2;
/** Calls of SetValue for one element the LMS may reject in a session: the first and one retry. */
const MAX_REJECTIONS_PER_ELEMENT = 2;

const consoleLogger: LmsLogger = { warn: (m, d) => console.warn(`[coursewright] ${m}`, d ?? '') };

/**
 * Call-order and commit discipline shared by the SCORM adapters: Initialize once, nothing before it or
 * after Terminate, unchanged values not re-sent, debounced commits retried with exponential backoff.
 */
export class ScormSession {
  private phase: 'new' | 'running' | 'terminated' = 'new';
  private readonly sent = new Map<string, string>();
  private dirty = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private mirrorKey: string | null = null;
  /** Element → times the LMS rejected it this session. */
  private readonly rejections = new Map<string, number>();
  /** Rejected values with the LMS's error code, for the log and tests. */
  readonly rejected: { element: string; value: string; error: string }[] = [];
  private problemListener: ((p: LmsProblem | null) => void) | null = null;
  private problem: LmsProblem | null = null;
  readonly log: LmsLogger;
  readonly now: () => number;

  constructor(
    private readonly calls: ScormCalls,
    private readonly opts: ScormAdapterOptions,
  ) {
    this.log = opts.logger ?? consoleLogger;
    this.now = opts.now ?? Date.now;
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  initialize(): boolean {
    if (this.phase !== 'new') return this.running;
    this.phase = this.calls.initialize() ? 'running' : 'terminated';
    if (!this.running) this.log.warn('LMS initialize failed', this.calls.lastError());
    return this.running;
  }

  get(element: string): string {
    return this.running ? this.calls.getValue(element) : '';
  }

  watch(fn: (p: LmsProblem | null) => void): void {
    this.problemListener = fn;
    if (this.problem) fn(this.problem);
  }

  report(problem: LmsProblem | null): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this.problemListener?.(problem);
  }

  /**
   * Sets a value unless it is what was last sent; every value is a string by type. A value the LMS
   * rejects is recorded and retried at most once in the session, never on every later update.
   */
  set(element: string, value: string): boolean {
    if (!this.running) return false;
    if (this.sent.get(element) === value) return true;
    const rejectedBefore = this.rejections.get(element) ?? 0;
    if (rejectedBefore >= MAX_REJECTIONS_PER_ELEMENT) return false;
    if (!this.calls.setValue(element, value)) {
      const error = this.calls.lastError();
      this.rejections.set(element, rejectedBefore + 1);
      this.rejected.push({ element, value, error });
      this.log.warn(
        `LMS rejected ${element} (error ${error})${rejectedBefore ? '; not sent again in this session' : ''}`,
        { value },
      );
      return false;
    }
    this.sent.set(element, value);
    this.dirty = true;
    return true;
  }

  lastSent(element: string): string | undefined {
    return this.sent.get(element);
  }

  useMirror(learnerId: string): void {
    this.mirrorKey = `coursewright:pending:${this.opts.packageId}:${learnerId}`;
  }

  private readMirror(): MirroredState | null {
    if (!this.mirrorKey) return null;
    try {
      const raw = this.opts.storage?.getItem(this.mirrorKey);
      const parsed = raw ? (JSON.parse(raw) as Partial<MirroredState>) : null;
      return parsed && typeof parsed.suspendData === 'string'
        ? {
            suspendData: parsed.suspendData,
            location: typeof parsed.location === 'string' ? parsed.location : null,
            savedAt: Number(parsed.savedAt) || 0,
          }
        : null;
    } catch {
      return null;
    }
  }

  /**
   * Chooses between what the LMS holds and the local copy of a state whose commit failed: the copy wins
   * only when its save count is higher; otherwise it is stale and dropped.
   */
  newerThanLms(lmsSuspendData: string): MirroredState | null {
    const copy = this.mirrorKey ? this.readMirror() : null;
    if (!copy) return null;
    if (copy.suspendData === lmsSuspendData) {
      this.clearMirror(); // the LMS has it: the copy did its job
      return null;
    }
    const copyCount = suspendDataSaveCount(copy.suspendData) ?? -1;
    const lmsCount = suspendDataSaveCount(lmsSuspendData) ?? -1;
    if (copyCount > lmsCount) return copy;
    this.log.warn('the LMS holds newer progress than this browser; dropping the local copy');
    this.clearMirror();
    return null;
  }

  /** Keeps a copy in localStorage until a Commit succeeds. */
  mirror(state: Omit<MirroredState, 'savedAt'>): void {
    if (!this.mirrorKey || !this.dirty) return;
    try {
      this.opts.storage?.setItem(this.mirrorKey, JSON.stringify({ ...state, savedAt: this.now() }));
    } catch {
      // Storage full or blocked (private mode): the in-memory state still retries.
    }
  }

  /** Debounced commit of pending changes. */
  requestCommit(): void {
    if (!this.running || !this.dirty || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.commitNow();
    }, this.opts.debounceMs ?? 1000);
  }

  /** Commits now if anything is pending; on failure schedules a retry with exponential backoff. */
  commitNow(force = false): boolean {
    this.clearTimer();
    if (!this.running || (!this.dirty && !force)) return true;
    if (this.calls.commit()) {
      this.dirty = false;
      this.failures = 0;
      this.clearMirror();
      this.report(null);
      return true;
    }
    this.failures++;
    if (this.failures >= COMMIT_FAILURES_BEFORE_NOTICE) this.report('commit-failing');
    const delay = Math.min((this.opts.retryBaseMs ?? 1000) * 2 ** (this.failures - 1), this.opts.retryMaxMs ?? 60000);
    this.log.warn(`LMS commit failed (attempt ${this.failures}), retrying in ${delay} ms`, this.calls.lastError());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.commitNow(true);
    }, delay);
    return false;
  }

  /**
   * A new session after Terminate (a page restored from the back/forward cache): Initialize again and
   * forget what was sent, so the caller re-sends everything. False when the LMS refuses.
   */
  reopen(): boolean {
    if (this.phase !== 'terminated') return this.running;
    if (!this.calls.initialize()) {
      this.log.warn('the LMS refused a new session after the page was restored', this.calls.lastError());
      return false;
    }
    this.phase = 'running';
    this.sent.clear();
    this.dirty = false;
    return true;
  }

  /** Final commit and Terminate/LMSFinish, exactly once. */
  terminate(): void {
    if (!this.running) return;
    this.commitNow(true);
    this.clearTimer();
    if (!this.calls.terminate()) this.log.warn('LMS terminate failed', this.calls.lastError());
    this.phase = 'terminated';
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private clearMirror(): void {
    try {
      if (this.mirrorKey) this.opts.storage?.removeItem(this.mirrorKey);
    } catch {
      // ignore
    }
  }
}
