import type { LaunchParams } from './launch-params';
import type { StoredAttempt } from './persistence';
import type { ApiCall, StandInRuntime } from './runtime';
import type { StatementsFeed, XapiStatementLike } from './statements-panel';

/** Read-only view for end-to-end tests: getters return copies, so a test cannot change what the page records. */
interface StandInHook {
  readonly format: string;
  readonly storageKey: string;
  readonly calls: ApiCall[];
  readonly values: Record<string, string>;
  /** The attempt as stored when this page loaded, i.e. what the previous session left (null on a first launch). */
  readonly restored: StoredAttempt | null;
  /** The attempt as stored now. */
  stored(): StoredAttempt | null;
  /** cmi5: the statements of the current session as the panel last read them. */
  readonly statements: XapiStatementLike[];
}

declare global {
  interface Window {
    API?: unknown;
    API_1484_11?: unknown;
    __lmsStandIn?: StandInHook;
  }
}

export function exposeHook(
  target: Window,
  storage: Storage,
  params: LaunchParams,
  runtime: StandInRuntime | null,
  feed: StatementsFeed | null = null,
): void {
  const hook: StandInHook = {
    format: params.format,
    storageKey: params.storageKey,
    get calls() {
      return runtime ? runtime.calls.map((c) => ({ ...c })) : [];
    },
    get values() {
      return runtime ? { ...runtime.values } : {};
    },
    get restored() {
      return runtime?.restored ? (JSON.parse(JSON.stringify(runtime.restored)) as StoredAttempt) : null;
    },
    get statements() {
      return feed ? (JSON.parse(JSON.stringify(feed.statements)) as XapiStatementLike[]) : [];
    },
    stored() {
      const raw = storage.getItem(params.storageKey);
      return raw ? (JSON.parse(raw) as StoredAttempt) : null;
    },
  };
  Object.defineProperty(target, '__lmsStandIn', { value: Object.freeze(hook), writable: false, configurable: false });
}
