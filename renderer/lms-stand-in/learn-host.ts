import './styles.css';
import { LMS_READY, LMS_SAVE, lmsLaunchSchema, type LmsLaunchMessage, type LmsSaveMessage } from '../../shared';
import { createScormApi } from './scorm-again-loader';
import { guardExternalLinks } from './external-links';
import type { CmiTree } from './persistence';

/**
 * Learner mode's LMS page: runs on the content origin (never the app's), framed by the app window. It holds
 * scorm-again for the SCO it frames (same origin, so the SCO finds `window.parent.API`) and hands the CMI data to
 * the app by postMessage; it has no access to the app's API, cookie or pages.
 *
 *   learn.html?src=<SCO URL, relative, same origin>&parent=<app origin>
 */
type ApiMethod = (...args: unknown[]) => string;
interface RuntimeLike {
  loadFromJSON(json: CmiTree, root: string): void;
  renderCommitCMI(terminateCommit: boolean, includeTotalTime?: boolean): unknown;
}

/** Values set without a commit reach the app at most this often (kept only if the learner leaves uncommitted). */
const SNAPSHOT_DELAY_MS = 250;

function fail(message: string): void {
  const host = document.getElementById('course') as HTMLElement;
  host.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: message }));
}

function parseParams(): { src: string; parentOrigin: string } | string {
  const page = new URL(window.location.href);
  const parent = page.searchParams.get('parent') ?? '';
  let parentOrigin: string;
  let src: URL;
  try {
    parentOrigin = new URL(parent).origin;
    src = new URL(page.searchParams.get('src') ?? '', page);
  } catch {
    return 'Missing or invalid ?src= or ?parent=.';
  }
  if (parentOrigin !== parent || parentOrigin === 'null') return 'Invalid ?parent= origin.';
  if (src.origin !== page.origin) return 'The SCO must be served from the same origin as this page.';
  if (window.parent === window) return 'This page runs inside Coursewright only.';
  return { src: src.href, parentOrigin };
}

async function launch(message: LmsLaunchMessage, src: string, send: (m: LmsSaveMessage) => void): Promise<void> {
  const v12 = message.format === 'scorm12';
  const runtime = (await createScormApi(message.format)) as unknown as RuntimeLike;
  runtime.loadFromJSON(message.launch.cmi, 'cmi');
  const render = (terminate: boolean): CmiTree =>
    (runtime.renderCommitCMI(terminate, true) as { cmi?: CmiTree }).cmi ?? {};

  let terminated = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const target = runtime as unknown as Record<string, ApiMethod>;
  const names = v12
    ? { commit: 'LMSCommit', finish: 'LMSFinish', set: 'LMSSetValue' }
    : { commit: 'Commit', finish: 'Terminate', set: 'SetValue' };
  const wrap = (method: string, after: (result: string) => void) => {
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`scorm-again has no ${method}`);
    target[method] = (...args: unknown[]) => {
      const result = String(original.apply(runtime, args));
      if (!terminated) after(result);
      return result;
    };
  };
  wrap(names.commit, (r) => {
    if (r === 'true') send({ type: LMS_SAVE, kind: 'commit', cmi: render(false) });
  });
  wrap(names.finish, (r) => {
    if (r !== 'true') return;
    terminated = true;
    send({ type: LMS_SAVE, kind: 'terminate', cmi: render(true) });
  });
  wrap(names.set, () => {
    timer ??= setTimeout(() => {
      timer = null;
      if (!terminated) send({ type: LMS_SAVE, kind: 'snapshot', cmi: render(false) });
    }, SNAPSHOT_DELAY_MS);
  });
  (window as unknown as Record<string, unknown>)[v12 ? 'API' : 'API_1484_11'] = runtime;

  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.id = 'course-frame';
  frame.src = src;
  guardExternalLinks(frame);
  document.getElementById('course')?.append(frame);
}

function start(): void {
  const params = parseParams();
  if (typeof params === 'string') return fail(params);
  const { src, parentOrigin } = params;
  const send = (m: LmsSaveMessage) => window.parent.postMessage(m, parentOrigin);
  let launched = false;
  window.addEventListener('message', (event) => {
    // Only the app window that framed this page, on the expected origin, may launch it (once).
    if (launched || event.source !== window.parent || event.origin !== parentOrigin) return;
    const parsed = lmsLaunchSchema.safeParse(event.data);
    if (!parsed.success) return;
    launched = true;
    launch(parsed.data, src, send).catch((e: unknown) => fail(`Could not start the course: ${String(e)}`));
  });
  window.parent.postMessage({ type: LMS_READY }, parentOrigin);
}

start();
