/**
 * The live panel of a cmi5 preview: the statements the course sent to the app's local LRS (verb, object,
 * result) as they arrive, read from the launcher's feed of this session (`<content base>/cmi5/feed/<feed>`),
 * and buttons to relaunch in the same registration or start a new one (`…/cmi5/relaunch/<feed>`).
 */
export type XapiStatementLike = Record<string, unknown>;

export interface StatementsFeed {
  /** Statements of the current session, oldest first. */
  readonly statements: readonly XapiStatementLike[];
  dispose(): void;
}

const POLL_MS = 500;

/** `http://adlnet.gov/expapi/verbs/passed` → `passed`. */
function verbName(st: XapiStatementLike): string {
  const verb = (st.verb ?? {}) as { id?: unknown; display?: Record<string, string> };
  const display = verb.display ? Object.values(verb.display)[0] : undefined;
  return display ?? String(verb.id ?? '').replace(/^.*[/#]/, '');
}

function objectText(st: XapiStatementLike): string {
  const obj = (st.object ?? {}) as {
    id?: unknown;
    definition?: { name?: Record<string, string>; description?: Record<string, string> };
  };
  const def = obj.definition;
  const text = (def?.name && Object.values(def.name)[0]) || (def?.description && Object.values(def.description)[0]);
  return text || String(obj.id ?? '');
}

function resultText(st: XapiStatementLike): string {
  const r = st.result as
    | { success?: boolean; completion?: boolean; response?: string; duration?: string; score?: { scaled?: number } }
    | undefined;
  if (!r) return '';
  const parts: string[] = [];
  if (r.success !== undefined) parts.push(r.success ? 'success' : 'no success');
  if (typeof r.score?.scaled === 'number') parts.push(`score ${Math.round(r.score.scaled * 100)}%`);
  if (r.completion) parts.push('completed');
  if (r.response !== undefined) parts.push(`response ${JSON.stringify(r.response)}`);
  if (r.duration) parts.push(r.duration);
  return parts.join(' · ');
}

export function mountStatementsPanel(
  root: HTMLElement,
  frame: HTMLIFrameElement,
  initialFeed: string,
  fetchFn: typeof fetch = (u, i) => fetch(u, i),
): StatementsFeed {
  let feed = initialFeed;
  let statements: XapiStatementLike[] = [];
  root.replaceChildren();
  const status = el('p', { role: 'status', class: 'status' }, 'cmi5 · the app’s own LMS and LRS');
  const buttons = el('div', { class: 'buttons' });
  const relaunch = el('button', { type: 'button' }, 'Relaunch');
  const reset = el('button', { type: 'button' }, 'New registration');
  buttons.append(relaunch, reset);
  const table = el('table', {});
  table.append(el('caption', {}, 'Statements sent by the course'));
  const headRow = el('tr', {});
  for (const h of ['Verb', 'Object', 'Result']) headRow.append(el('th', { scope: 'col' }, h));
  const head = el('thead', {});
  head.append(headRow);
  const body = el('tbody', { 'aria-live': 'polite', 'aria-relevant': 'additions' });
  table.append(head, body);
  root.append(el('h2', {}, 'LMS stand-in'), status, buttons, el('div', { class: 'table-wrap' }, undefined, table));

  const render = () => {
    // Statements only ever append within a session: add the new rows, keep the ones already read out.
    if (statements.length < body.children.length) body.replaceChildren();
    for (const st of statements.slice(body.children.length)) {
      const row = el('tr', { 'data-verb': verbName(st) });
      row.append(el('th', { scope: 'row' }, verbName(st)), el('td', {}, objectText(st)), el('td', {}, resultText(st)));
      body.append(row);
    }
  };
  const poll = async () => {
    try {
      // The session asked about: a relaunch may switch to another one while this answer is on its way, and the old
      // session's list must not land in the new session's panel.
      const asked = feed;
      const res = await fetchFn(`../cmi5/feed/${encodeURIComponent(asked)}`, { cache: 'no-store' });
      if (!res.ok) return;
      const got = ((await res.json()) as { statements?: XapiStatementLike[] }).statements ?? [];
      if (asked !== feed) return;
      statements = got;
      render();
    } catch {
      // The next poll tries again.
    }
  };
  const timer = setInterval(() => void poll(), POLL_MS);
  void poll();

  const relaunchWith = async (fresh: boolean) => {
    // End the running session first (pagehide sends terminated), or the new launch would record it abandoned.
    const unloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = 'about:blank';
    await unloaded;
    for (let i = 0; i < 20 && verbName(statements.at(-1) ?? {}) !== 'terminated'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await poll();
    }
    const res = await fetchFn(`../cmi5/relaunch/${encodeURIComponent(feed)}${fresh ? '?fresh=1' : ''}`, {
      method: 'POST',
    }).catch(() => null);
    if (!res?.ok) {
      status.textContent = `The relaunch failed (${res ? `HTTP ${res.status}` : 'no answer'}). Try again.`;
      return;
    }
    status.textContent = 'cmi5 · the app’s own LMS and LRS';
    const next = (await res.json()) as { src: string; feed: string };
    feed = next.feed;
    statements = [];
    body.replaceChildren();
    frame.src = next.src;
  };
  relaunch.addEventListener('click', () => void relaunchWith(false));
  reset.addEventListener('click', () => void relaunchWith(true));

  return {
    get statements() {
      return statements;
    },
    dispose: () => clearInterval(timer),
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  text?: string,
  child?: Node,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  if (child) node.append(child);
  return node;
}
