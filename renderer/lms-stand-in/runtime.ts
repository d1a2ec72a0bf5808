import type { LmsFormat } from './launch-params';
import {
  emptyCounts,
  launchData,
  saveAttempt,
  type CmiTree,
  type SessionCounts,
  type StorageLike,
  type StoredAttempt,
} from './persistence';

/** The part of a scorm-again API object (Scorm12API / Scorm2004API) the stand-in relies on. */
export interface ScormAgainLike {
  loadFromJSON(json: CmiTree, CMIElement?: string): void;
  renderCommitCMI(terminateCommit: boolean, includeTotalTime?: boolean): unknown;
  readonly lastErrorCode: string;
}

export type ScormFormat = Exclude<LmsFormat, 'html5'>;
type CallKind = 'Initialize' | 'Terminate' | 'Commit' | 'GetValue' | 'SetValue';

export interface ApiCall {
  seq: number;
  kind: CallKind;
  /** The method the SCO called, e.g. `LMSSetValue` or `SetValue`. */
  method: string;
  element?: string;
  value?: string;
  result: string;
  /** `0` when the call succeeded. */
  errorCode: string;
  at: number;
}

export interface StandInRuntime {
  readonly api: ScormAgainLike;
  /** `API` (1.2) or `API_1484_11` (2004): the global the SCO discovers. */
  readonly globalName: 'API' | 'API_1484_11';
  readonly calls: readonly ApiCall[];
  readonly values: Readonly<Record<string, string>>;
  readonly counts: Readonly<SessionCounts>;
  readonly restored: StoredAttempt | null;
  /** Called after every recorded call (the panel re-renders from it). */
  subscribe(listener: () => void): () => void;
  /** Writes the current CMI data to storage now (the page calls it on pagehide as a safety net). */
  persist(): void;
}

interface RuntimeOptions {
  format: ScormFormat;
  api: ScormAgainLike;
  storage: StorageLike;
  storageKey: string;
  restored: StoredAttempt | null;
  now?: () => number;
}

const METHODS_12: Record<string, CallKind> = {
  LMSInitialize: 'Initialize',
  LMSFinish: 'Terminate',
  LMSCommit: 'Commit',
  LMSGetValue: 'GetValue',
  LMSSetValue: 'SetValue',
};
const METHODS_2004: Record<string, CallKind> = {
  Initialize: 'Initialize',
  Terminate: 'Terminate',
  Commit: 'Commit',
  GetValue: 'GetValue',
  SetValue: 'SetValue',
};
/** Bounded so a SCO that polls GetValue in a loop cannot grow the page without limit. */
const MAX_CALLS = 5000;

type ApiMethod = (...args: unknown[]) => string;

/**
 * Loads the stored attempt into a fresh scorm-again API, then wraps its methods to record every call
 * (for the live panel and the e2e hook) and to persist the CMI data after each Commit and Terminate.
 * Must run before the SCO starts: `loadFromJSON` only works before Initialize.
 */
export function createRuntime(opts: RuntimeOptions): StandInRuntime {
  const { api, format, storage, storageKey, restored } = opts;
  const now = opts.now ?? Date.now;
  api.loadFromJSON(launchData(format, restored), 'cmi');

  const calls: ApiCall[] = [];
  const values: Record<string, string> = {};
  const counts = emptyCounts();
  const listeners = new Set<() => void>();
  let terminated = false;
  let seq = 0;

  const persist = (terminateCommit = false) => {
    const rendered = api.renderCommitCMI(terminateCommit, true) as { cmi?: CmiTree };
    const attempt: StoredAttempt = {
      version: 1,
      format,
      savedAt: new Date(now()).toISOString(),
      launches: (restored?.launches ?? 0) + 1,
      terminated,
      session: { ...counts },
      cmi: rendered.cmi ?? {},
    };
    saveAttempt(storage, storageKey, attempt);
  };

  const methods = format === 'scorm12' ? METHODS_12 : METHODS_2004;
  const target = api as unknown as Record<string, ApiMethod>;
  for (const [method, kind] of Object.entries(methods)) {
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`scorm-again API has no ${method}`);
    target[method] = (...args: unknown[]) => {
      if (terminated) counts.afterTerminate += 1;
      const result = String(original.apply(api, args));
      const errorCode = String(api.lastErrorCode ?? '0');
      const call: ApiCall = { seq: ++seq, kind, method, result, errorCode, at: now() };
      if (kind === 'GetValue' || kind === 'SetValue') call.element = String(args[0] ?? '');
      if (kind === 'SetValue') call.value = String(args[1] ?? '');
      if (calls.length >= MAX_CALLS) calls.splice(0, calls.length - MAX_CALLS + 1);
      calls.push(call);
      const failed = errorCode !== '0';
      if (failed) counts.errors += 1;
      if (kind === 'SetValue' && !failed && call.element !== undefined) values[call.element] = call.value ?? '';
      if (kind === 'Initialize') counts.initialize += 1;
      if (kind === 'Commit') counts.commit += 1;
      if (kind === 'Terminate') {
        counts.terminate += 1;
        if (!failed && result === 'true') terminated = true;
      }
      // Persist after lifecycle calls (when a real LMS stores data), and after anything following Terminate
      // so that a misbehaving SCO shows up in the stored counts even once the page is gone.
      const after = terminated && kind !== 'Terminate';
      if (kind === 'Commit' || kind === 'Terminate' || kind === 'Initialize' || after) persist(kind === 'Terminate');
      for (const l of listeners) l();
      return result;
    };
  }

  return {
    api,
    globalName: format === 'scorm12' ? 'API' : 'API_1484_11',
    calls,
    values,
    counts,
    restored,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    persist: () => persist(false),
  };
}
