import type { CmiLaunch, CmiTree } from '../../../shared';

/** scorm-again reads `window` at construction; Node has none, so tests alias it to globalThis. */
(globalThis as { window?: unknown }).window ??= globalThis;

type Api = Record<string, (...args: string[]) => string> & {
  loadFromJSON(json: CmiTree, root: string): void;
  renderCommitCMI(terminate: boolean, includeTotalTime?: boolean): { cmi?: CmiTree };
};

/**
 * One SCO session against the real scorm-again runtime (the same LMS side the player page uses): loads the
 * launch data, lets the test call the SCO API, and renders what a commit would persist.
 */
export async function scormAgainSession(format: 'scorm12' | 'scorm2004-3rd' | 'scorm2004-4th', launch: CmiLaunch) {
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  let api: Api;
  if (format === 'scorm12') {
    const mod = (await import('scorm-again/scorm12')) as unknown as { Scorm12API: new (s: object) => unknown };
    api = new mod.Scorm12API(settings) as Api;
  } else {
    const mod = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: new (s: object) => unknown };
    api = new mod.Scorm2004API(settings) as Api;
  }
  api.loadFromJSON(launch.cmi, 'cmi');
  const v12 = format === 'scorm12';
  const call = (name12: string, name2004: string, ...args: string[]): string => {
    const fn = api[v12 ? name12 : name2004];
    if (!fn) throw new Error(`no ${name12}/${name2004}`);
    return fn.apply(api, args);
  };
  return {
    initialize: () => call('LMSInitialize', 'Initialize', ''),
    get: (element: string) => call('LMSGetValue', 'GetValue', element),
    set: (element: string, value: string) => call('LMSSetValue', 'SetValue', element, value),
    commit: () => call('LMSCommit', 'Commit', ''),
    /** The tree a commit persists (`renderCommitCMI(...).cmi`), as the player page sends it to cmi.save. */
    rendered: (terminate = false): CmiTree => api.renderCommitCMI(terminate, true).cmi ?? {},
  };
}
