import { guardExternalLinks } from './external-links';
import './styles.css';
import { exposeHook } from './hook';
import { parseLaunchParams, VIEWPORT_MESSAGE } from './launch-params';
import { loadAttempt } from './persistence';
import { createRuntime, type StandInRuntime } from './runtime';
import { createScormApi } from './scorm-again-loader';
import { mountPanel } from './panel';
import { mountStatementsPanel, type StatementsFeed } from './statements-panel';

async function start(): Promise<void> {
  const frameHost = document.getElementById('course') as HTMLElement;
  const panelRoot = document.getElementById('panel') as HTMLElement;
  const parsed = parseLaunchParams(window.location.href);
  if (!parsed.ok) {
    frameHost.append(Object.assign(document.createElement('p'), { className: 'error', textContent: parsed.message }));
    return;
  }
  const params = parsed.params;
  let runtime: StandInRuntime | null = null;
  // cmi5 through the app's own LMS: the AU talks xAPI to the content origin's /xapi/, no SCORM API here.
  if (params.format !== 'html5' && !params.feed) {
    const restored = loadAttempt(localStorage, params.storageKey, params.format);
    runtime = createRuntime({
      format: params.format,
      api: await createScormApi(params.format),
      storage: localStorage,
      storageKey: params.storageKey,
      restored,
    });
    // The SCO finds it through window.parent; it must exist before the frame loads.
    window[runtime.globalName] = runtime.api;
    // Safety net for a SCO that never commits: what an LMS would have received stays stored.
    const current = runtime;
    window.addEventListener('pagehide', () => {
      if (current.counts.initialize > 0) current.persist();
    });
  }
  const frame = document.createElement('iframe');
  let feed: StatementsFeed | null = null;
  if (params.feed) feed = mountStatementsPanel(panelRoot, frame, params.feed);
  else
    mountPanel(panelRoot, runtime, {
      relaunch: () => window.location.reload(),
      reset: () => {
        localStorage.removeItem(params.storageKey);
        window.location.reload();
      },
    });
  exposeHook(window, localStorage, params, runtime, feed);
  frame.title = 'Course';
  frame.id = 'course-frame';
  setWidth(frame, params.width);
  frame.src = params.src;
  guardExternalLinks(frame);
  frameHost.append(frame);
  window.addEventListener('message', (event) => {
    // The app window framing this page (another origin: previews run on the content origin), or this origin.
    if (event.source !== window.parent && event.origin !== window.location.origin) return;
    const data = event.data as { type?: unknown; width?: unknown } | null;
    if (data?.type !== VIEWPORT_MESSAGE) return;
    setWidth(frame, typeof data.width === 'number' && data.width > 0 ? data.width : null);
  });
}

function setWidth(frame: HTMLIFrameElement, width: number | null): void {
  frame.style.width = width ? `${width}px` : '100%';
  frame.dataset.width = width ? String(width) : 'full';
}

void start();
