// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountStatementsPanel } from '../../../renderer/lms-stand-in/statements-panel';

/** A fetch whose answers the test releases one by one, in the order it chooses. */
function heldFetch() {
  const pending: { url: string; release: (body: unknown, status?: number) => void }[] = [];
  const fetchFn = ((url: string) =>
    new Promise<Response>((resolve) => {
      pending.push({
        url,
        release: (body, status = 200) =>
          resolve({ ok: status < 400, status, json: () => Promise.resolve(body) } as Response),
      });
    })) as unknown as typeof fetch;
  const take = (part: string) => {
    const i = pending.findIndex((p) => p.url.includes(part));
    if (i < 0) throw new Error(`no request to ${part} is waiting (waiting: ${pending.map((p) => p.url).join(', ')})`);
    return pending.splice(i, 1)[0]!;
  };
  return { fetchFn, take, pending };
}
/** The course frame: only its src and load event matter here (happy-dom loads no pages). */
const fakeFrame = () => Object.assign(new EventTarget(), { src: '' }) as unknown as HTMLIFrameElement;
const statement = (verb: string) => ({ verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` }, object: { id: 'x' } });
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const verbs = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-verb'));

/**
 * A panel on `feed` whose first poll has answered with a session that ended, and a function that clicks Relaunch
 * and lets the course frame's about:blank load (the panel waits for it before asking for a new session).
 */
async function endedSession(feed: string) {
  const root = document.createElement('div');
  const frame = fakeFrame();
  document.body.append(root);
  const net = heldFetch();
  const panel = mountStatementsPanel(root, frame, feed, net.fetchFn);
  net.take(`feed/${feed}`).release({ statements: [statement('initialized'), statement('terminated')] });
  await settle();
  const relaunch = async () => {
    root.querySelector('button')!.click();
    frame.dispatchEvent(new Event('load'));
    await settle();
  };
  return { root, net, panel, relaunch };
}

describe('cmi5 stand-in statements panel', () => {
  it('shows only the new session after a relaunch, even when the old session’s answer arrives last', async () => {
    const { root, net, panel, relaunch } = await endedSession('old-feed');
    expect(verbs(root)).toEqual(['initialized', 'terminated']);

    // A poll of the old session is on its way when the user relaunches.
    await new Promise((r) => setTimeout(r, 550));
    const late = net.take('feed/old-feed');
    await relaunch();
    net.take('relaunch/old-feed').release({ src: 'about:blank#next', feed: 'new-feed' });
    await settle();
    expect(verbs(root)).toEqual([]);
    late.release({ statements: [statement('initialized'), statement('answered'), statement('terminated')] });
    await settle();
    expect(verbs(root)).toEqual([]);
    await new Promise((r) => setTimeout(r, 550));
    net.take('feed/new-feed').release({ statements: [statement('initialized')] });
    await settle();
    expect(verbs(root)).toEqual(['initialized']);
    panel.dispose();
  });

  it('says so when the relaunch fails, and keeps the session it had', async () => {
    const { root, net, panel, relaunch } = await endedSession('feed-1');
    await relaunch();
    net.take('relaunch/feed-1').release('boom', 500);
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toBe('The relaunch failed (HTTP 500). Try again.');
    expect(verbs(root)).toEqual(['initialized', 'terminated']);
    panel.dispose();
  });
});
