import type { LmsLogger } from './lms-adapter';
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
export interface MirroredState {
  suspendData: string;
  location: string | null;
  savedAt: number;
}

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

  /** Sets a value unless it is what was last sent; every value is a string by type. */
  set(element: string, value: string): boolean {
    if (!this.running) return false;
    if (this.sent.get(element) === value) return true;
    if (!this.calls.setValue(element, value)) {
      this.log.warn(`LMS rejected ${element}`, { value, error: this.calls.lastError() });
      return false;
    }
    this.sent.set(element, value);
    this.dirty = true;
    return true;
  }

  lastSent(element: string): string | undefined {
    return this.sent.get(element);
  }

  useMirror(learnerId: string): MirroredState | null {
    this.mirrorKey = `coursewright:pending:${this.opts.packageId}:${learnerId}`;
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
      return true;
    }
    this.failures++;
    const delay = Math.min((this.opts.retryBaseMs ?? 1000) * 2 ** (this.failures - 1), this.opts.retryMaxMs ?? 60000);
    this.log.warn(`LMS commit failed (attempt ${this.failures}), retrying in ${delay} ms`, this.calls.lastError());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.commitNow(true);
    }, delay);
    return false;
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
