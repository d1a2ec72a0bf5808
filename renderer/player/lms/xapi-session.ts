import type { LmsLogger, LmsProblem, LmsStartState, ProgressSnapshot } from './lms-adapter';
import { XapiHttpError, type StateKey, type XapiClient } from './xapi-client';
import {
  CMI5,
  duration,
  interactionStatement,
  scoreOf,
  statement,
  type StatementBase,
  type VerbName,
  type XapiContext,
  type XapiStatement,
} from './xapi-statements';

/** The AU's own State API document: the counterpart of suspend_data, plus what was already reported. */
const PROGRESS_STATE_ID = 'https://coursewright.org/xapi/state/progress';
interface ProgressDoc {
  suspendData: string;
  location: string | null;
  /** Completed / Passed already sent in this registration: never again (cmi5 §9.3.3, §9.3.4). */
  completed: boolean;
  passed: boolean;
}

export interface Cmi5Rules {
  masteryScore: number | null;
  /** Browse and Review record nothing graded (cmi5 §10 launchMode). */
  launchMode: 'Normal' | 'Browse' | 'Review';
}

interface XapiSessionOptions {
  client: XapiClient;
  base: StatementBase;
  /** null for plain xAPI (Tin Can) launches. */
  cmi5: Cmi5Rules | null;
  learnerName: string | null;
  logger?: LmsLogger | undefined;
  now?: () => number;
  /** 'commit-failing' after two failed sends in a row, null after the next success (as SCORM commits). */
  onProblem?: ((p: LmsProblem | null) => void) | undefined;
}

const RETRY_MAX_MS = 60_000;

/**
 * Statements in order through one queue (initialized first, terminated last), retried with backoff on
 * network errors and 5xx; 4xx batches are dropped with a warning (resending cannot fix them).
 */
export class XapiSession {
  private queue: XapiStatement[] = [];
  private sending: Promise<void> | null = null;
  private retryMs = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private doc: ProgressDoc = { suspendData: '', location: null, completed: false, passed: false };
  private docDirty = false;
  private running = false;
  private startedAt = 0;
  private lastFailedScaled: number | null = null;
  private readonly sentAnswers = new Set<string>();
  private failures = 0;
  private readonly now: () => number;
  private readonly key: StateKey;

  constructor(private readonly o: XapiSessionOptions) {
    this.now = o.now ?? Date.now;
    this.key = { activityId: o.base.activityId, agent: o.base.actor, registration: o.base.registration };
  }

  private get graded(): boolean {
    return !this.o.cmi5 || this.o.cmi5.launchMode === 'Normal';
  }

  /** Reads the AU state, then sends `initialized` (cmi5 §9.3.2: first statement). */
  async begin(): Promise<LmsStartState> {
    const stored = await this.o.client.getState(this.key, PROGRESS_STATE_ID).catch((e: unknown) => {
      this.o.logger?.warn('could not read the saved progress', e);
      return null;
    });
    if (stored && typeof stored === 'object') this.doc = { ...this.doc, ...(stored as Partial<ProgressDoc>) };
    this.startedAt = this.now();
    this.running = true;
    this.enqueue('initialized');
    return {
      connected: true,
      resumed: this.doc.suspendData !== '',
      suspendData: this.doc.suspendData || null,
      location: this.doc.location,
      learnerName: this.o.learnerName,
      completion: this.doc.completed ? 'completed' : 'unknown',
      success: this.doc.passed ? 'passed' : 'unknown',
      // cmi5 §10 launchMode: Browse/Review show the course and record nothing graded.
      mode: this.graded ? 'normal' : this.o.cmi5?.launchMode === 'Browse' ? 'browse' : 'review',
    };
  }

  private cmi5Context(moveOn: boolean, extensions?: Record<string, unknown>): XapiContext {
    if (!this.o.cmi5) return {};
    const category = [{ id: CMI5.category }, ...(moveOn ? [{ id: CMI5.moveOn }] : [])];
    return { contextActivities: { category }, ...(extensions ? { extensions } : {}) };
  }

  private enqueue(verb: VerbName, result?: Record<string, unknown>, extensions?: Record<string, unknown>): void {
    const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
    this.queue.push(
      statement(this.o.base, verb, { result, context: this.cmi5Context(moveOn, extensions) }, this.now()),
    );
    this.pump();
  }

  update(s: ProgressSnapshot): void {
    if (!this.running) return;
    if (!this.graded) return; // Browse/Review: nothing graded, and no state that a Normal launch would take for real answers
    for (const it of s.interactions) {
      const k = `${it.id}@${it.answeredAt}`;
      if (this.sentAnswers.has(k)) continue;
      this.sentAnswers.add(k);
      this.queue.push(interactionStatement(this.o.base, it));
    }
    const elapsed = duration(this.now() - this.startedAt);
    if (s.completion === 'completed' && !this.doc.completed) {
      this.doc.completed = true;
      this.enqueue('completed', { completion: true, duration: elapsed });
    }
    if (s.score && s.success !== 'unknown' && !this.doc.passed) {
      const score = scoreOf(s.score);
      const mastery = this.o.cmi5?.masteryScore ?? null;
      // cmi5 §9.3.4/9.3.5: judged against the LMS's masteryScore when it gives one, whatever the course said.
      const passed = mastery !== null ? (score.scaled ?? 0) >= mastery : s.success === 'passed';
      const ext = mastery !== null ? { [CMI5.masteryScore]: mastery } : undefined;
      if (passed) {
        this.doc.passed = true;
        this.enqueue('passed', { score, success: true, duration: elapsed }, ext);
      } else if (this.lastFailedScaled !== score.scaled) {
        this.lastFailedScaled = score.scaled ?? null;
        this.enqueue('failed', { score, success: false, duration: elapsed }, ext);
      }
    }
    this.pump();
    if (s.suspendData !== this.doc.suspendData || s.location !== this.doc.location) {
      this.doc.suspendData = s.suspendData;
      this.doc.location = s.location;
    }
    this.docDirty = true;
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.saveState(false);
    }, 1000);
  }

  private async saveState(keepalive: boolean): Promise<void> {
    if (!this.docDirty || !this.graded) return;
    this.docDirty = false;
    await this.o.client.putState(this.key, PROGRESS_STATE_ID, this.doc, keepalive).then(
      () => this.sent(true),
      (e: unknown) => {
        this.docDirty = true;
        this.sent(false);
        this.o.logger?.warn('could not save progress to the LRS', e);
        if (!keepalive && this.running) this.scheduleSave();
      },
    );
  }

  /** Counts consecutive failed sends (statements or state) for the learner's notice. */
  private sent(ok: boolean): void {
    const was = this.failures;
    this.failures = ok ? 0 : was + 1;
    if (ok ? was >= 2 : this.failures === 2) this.o.onProblem?.(ok ? null : 'commit-failing');
  }

  /** Sends what is queued, one batch at a time, in order. */
  private pump(): void {
    if (this.sending || this.retryTimer || this.queue.length === 0) return;
    const batch = this.queue.splice(0);
    this.sending = this.o.client
      .sendStatements(batch)
      .then(() => {
        this.retryMs = 1000;
        this.sent(true);
      })
      .catch((e: unknown) => {
        if (e instanceof XapiHttpError && e.status >= 400 && e.status < 500) {
          this.o.logger?.warn('the LRS refused statements; they are not resent', e);
          return;
        }
        this.queue.unshift(...batch);
        this.sent(false);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.pump();
        }, this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
      })
      .finally(() => {
        this.sending = null;
        this.pump();
      });
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    void this.saveState(false);
    this.pump();
  }

  /**
   * `terminated` last, with the session duration. Everything still queued goes in the same keepalive
   * request, which the browser completes even while the page unloads (pagehide).
   */
  finish(leaving = true): Promise<void> {
    if (!this.running) return Promise.resolve();
    this.running = false;
    for (const t of [this.saveTimer, this.retryTimer]) if (t) clearTimeout(t);
    this.saveTimer = this.retryTimer = null;
    const terminated = statement(
      this.o.base,
      'terminated',
      { result: { duration: duration(this.now() - this.startedAt) }, context: this.cmi5Context(false) },
      this.now(),
    );
    const batch = [...this.queue.splice(0), terminated];
    const state = this.saveState(true);
    // An in-flight batch holds earlier statements: wait for it when the page stays (exit); on pagehide
    // the keepalive request goes at once, since the page will not wait.
    const send = () => this.o.client.sendStatements(batch, true);
    const sent = this.sending && !leaving ? this.sending.then(send) : send();
    return Promise.all([state, sent]).then(
      () => undefined,
      (e: unknown) => this.o.logger?.warn('could not send the last statements', e),
    );
  }
}
