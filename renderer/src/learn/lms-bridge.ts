import type { CmiLaunch, CmiTree, CoursewrightApi } from '../../../shared';

/** The part of scorm-again's Scorm12API / Scorm2004API the bridge uses. */
interface ScormAgainApi {
  loadFromJSON(json: CmiTree, root: string): void;
  renderCommitCMI(terminateCommit: boolean, includeTotalTime?: boolean): { cmi?: CmiTree };
}
type ApiMethod = (...args: unknown[]) => string;

export interface LmsBridge {
  /** Saves the current data now (leaving the SCO or the page) unless the SCO already terminated. */
  flush(): Promise<void>;
  /** Removes the API from `window`. */
  dispose(): void;
}

export interface BridgeOptions {
  api: CoursewrightApi;
  format: 'scorm12' | 'scorm2004-3rd' | 'scorm2004-4th';
  attemptId: string;
  scoId: string;
  launch: CmiLaunch;
  onSaved?: () => void;
  onError?: (message: string) => void;
}

const SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };

/**
 * Puts scorm-again's runtime on `window` (API for 1.2, API_1484_11 for 2004) for the SCO framed in this page,
 * loaded with the stored data, and persists through `cmi.save` after every Commit and Terminate (saves are
 * queued, so they land in order). In review mode nothing is ever saved.
 */
export async function installLmsBridge(opts: BridgeOptions): Promise<LmsBridge> {
  const v12 = opts.format === 'scorm12';
  const runtime = (
    v12
      ? new ((await import('scorm-again/scorm12')) as unknown as { Scorm12API: new (s: object) => unknown }).Scorm12API(
          SETTINGS,
        )
      : new (
          (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: new (s: object) => unknown }
        ).Scorm2004API(SETTINGS)
  ) as ScormAgainApi;
  runtime.loadFromJSON(opts.launch.cmi, 'cmi');

  const review = opts.launch.mode === 'review';
  let terminated = false;
  let queue: Promise<void> = Promise.resolve();
  const save = (terminate: boolean): Promise<void> => {
    if (review) return queue;
    const cmi = runtime.renderCommitCMI(terminate, true).cmi ?? {};
    queue = queue.then(async () => {
      const result = await opts.api.invoke('cmi.save', { attemptId: opts.attemptId, scoId: opts.scoId, cmi });
      if (result.ok) opts.onSaved?.();
      else opts.onError?.(result.error.message);
    });
    return queue;
  };

  const target = runtime as unknown as Record<string, ApiMethod>;
  const lifecycle = v12 ? { commit: 'LMSCommit', finish: 'LMSFinish' } : { commit: 'Commit', finish: 'Terminate' };
  for (const [method, isFinish] of [
    [lifecycle.commit, false],
    [lifecycle.finish, true],
  ] as const) {
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`scorm-again has no ${method}`);
    target[method] = (...args: unknown[]) => {
      const result = String(original.apply(runtime, args));
      if (result === 'true' && !terminated) {
        if (isFinish) terminated = true;
        void save(isFinish);
      }
      return result;
    };
  }
  const globalName = v12 ? 'API' : 'API_1484_11';
  const win = window as unknown as Record<string, unknown>;
  win[globalName] = runtime;
  return {
    flush: () => (terminated ? queue : save(false)),
    dispose: () => {
      if (win[globalName] === runtime) delete win[globalName];
    },
  };
}
