import type { ApiCall, StandInRuntime } from './runtime';

/** How many log lines stay on screen; the full list stays in `window.__lmsStandIn.calls`. */
const MAX_LOG_LINES = 200;

interface PanelActions {
  relaunch(): void;
  reset(): void;
}

/**
 * The live panel: a table of every value the course has set this session and a log of the lifecycle
 * calls and errors. Re-rendered at most once per frame, since a SCO may set dozens of values at once.
 */
export function mountPanel(root: HTMLElement, runtime: StandInRuntime | null, actions: PanelActions): void {
  root.replaceChildren();
  const heading = el('h2', {}, 'LMS stand-in');
  const status = el('p', { role: 'status', 'aria-live': 'polite', class: 'status' });
  const buttons = el('div', { class: 'buttons' });
  const relaunch = el('button', { type: 'button' }, 'Relaunch');
  relaunch.addEventListener('click', actions.relaunch);
  const reset = el('button', { type: 'button' }, 'Reset stored data');
  reset.addEventListener('click', actions.reset);
  buttons.append(relaunch, reset);
  root.append(heading, status, buttons);

  if (!runtime) {
    status.textContent = 'No LMS: this HTML5 package keeps the learner’s progress in the browser (localStorage).';
    return;
  }

  const tableWrap = el('div', { class: 'table-wrap', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
  const table = el('table', {});
  table.append(el('caption', {}, 'Values sent by the course'));
  const head = el('thead', {});
  const headRow = el('tr', {});
  headRow.append(el('th', { scope: 'col' }, 'Element'), el('th', { scope: 'col' }, 'Value'));
  head.append(headRow);
  const body = el('tbody', {});
  table.append(head, body);
  tableWrap.append(table);

  const logHeading = el('h3', {}, 'API calls');
  const log = el('ol', { class: 'log', 'aria-label': 'API calls' });
  root.append(tableWrap, logHeading, log);

  let scheduled = false;
  const render = () => {
    scheduled = false;
    const { counts, restored } = runtime;
    const resumed = restored ? `relaunch #${restored.launches + 1}` : 'first launch';
    status.textContent =
      `${runtime.globalName} · ${resumed} · Initialize ${counts.initialize} · Commit ${counts.commit}` +
      ` · Terminate ${counts.terminate} · errors ${counts.errors}`;
    body.replaceChildren(
      ...Object.entries(runtime.values)
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([element, value]) => {
          const row = el('tr', {});
          row.append(el('th', { scope: 'row' }, element), el('td', {}, value));
          return row;
        }),
    );
    const shown = runtime.calls.filter(isLogWorthy).slice(-MAX_LOG_LINES);
    log.replaceChildren(...shown.map((c) => el('li', { class: c.errorCode === '0' ? '' : 'error' }, describe(c))));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  };
  runtime.subscribe(schedule);
  render();
}

function isLogWorthy(c: ApiCall): boolean {
  return c.kind === 'Initialize' || c.kind === 'Commit' || c.kind === 'Terminate' || c.errorCode !== '0';
}

function describe(c: ApiCall): string {
  const time = new Date(c.at).toLocaleTimeString();
  const target = c.element ? `(${c.element}${c.value !== undefined ? `, ${JSON.stringify(c.value)}` : ''})` : '()';
  const error = c.errorCode === '0' ? '' : ` — error ${c.errorCode}`;
  return `${time} ${c.method}${target} → ${c.result}${error}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
