import { afterEach, describe, expect, it } from 'vitest';
import { Cmi5Launcher, PREVIEW_ACTOR } from '../../../main/lrs/cmi5-launcher';
import { cmi5FetchResponse } from '../../../main/lrs/cmi5-http';
import type { Cmi5Structure } from '../../../main/lrs/cmi5-structure';
import { openLrs, verbsOf } from './lrs-kit';

const BASE = 'http://127.0.0.1:5555/c/tok';
const structure: Cmi5Structure = {
  courseId: 'urn:coursewright:course:1',
  title: 'Course',
  aus: [
    {
      id: 'urn:coursewright:course:1:au',
      title: 'AU',
      url: 'index.html?x=1',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      launchMethod: 'AnyWindow',
      launchParameters: '{"level":2}',
    },
  ],
};
const learner = { name: 'Ada', account: { homePage: 'https://coursewright.test', name: 'ada' } };
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

const req = (method: string, url: string, headers: Record<string, string> = {}, body = '') => {
  const u = new URL(url);
  return { method, path: u.pathname.slice(new URL(BASE).pathname.length), query: u.searchParams, headers, body };
};

async function setup() {
  const h = await openLrs();
  opened.push(h);
  return { ...h, launcher: new Cmi5Launcher(h.db) };
}

/** What the AU does first: POST the fetch URL, then read LMS.LaunchData. */
function launchData(launcher: Cmi5Launcher, auUrl: string): Record<string, unknown> {
  const p = new URL(auUrl).searchParams;
  const token = JSON.parse(launcher.handle(req('POST', p.get('fetch')!))!.body)['auth-token'] as string;
  const q = new URLSearchParams({
    activityId: p.get('activityId')!,
    agent: p.get('actor')!,
    registration: p.get('registration')!,
    stateId: 'LMS.LaunchData',
  });
  const out = launcher.handle(
    req('GET', `${p.get('endpoint')}activities/state?${q}`, {
      authorization: `Basic ${token}`,
      'x-experience-api-version': '1.0.3',
    }),
  )!;
  expect(out.status).toBe(200);
  return JSON.parse(out.body) as Record<string, unknown>;
}

describe('cmi5 launcher on the content origin', () => {
  it('launches as cmi5 play does, on the content base, with LaunchData the AU can read', async () => {
    const { launcher } = await setup();
    const l = launcher.launch({
      contentBase: BASE,
      packagePath: '/cmi5-packages/abc/',
      structure,
      actor: learner,
      registrationKey: 'k',
      preferences: { languagePreference: 'fr', audioPreference: 'off' },
    });
    const au = new URL(l.auUrl);
    expect(au.origin + au.pathname).toBe(`${BASE}/cmi5-packages/abc/index.html`);
    expect(au.searchParams.get('x')).toBe('1');
    expect(au.searchParams.get('endpoint')).toBe(`${BASE}/xapi/`);
    expect(au.searchParams.get('fetch')).toMatch(new RegExp(`^${BASE}/xapi/fetch/`));
    expect(launchData(launcher, l.auUrl)).toMatchObject({
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      returnURL: `${BASE}/cmi5/done`,
      launchParameters: '{"level":2}',
    });
    expect(launcher.handle(req('GET', `${BASE}/cmi5/done`))!.body).toContain('Session ended');
    expect(launcher.handle(req('GET', `${BASE}/elsewhere`))).toBeNull();
  });

  it('relaunch keeps the registration, a fresh one does not; the feed lists only its session', async () => {
    const { launcher } = await setup();
    const first = launcher.launch({
      contentBase: BASE,
      packagePath: '/p/',
      structure,
      actor: learner,
      registrationKey: 'k',
    });
    const again = JSON.parse(launcher.handle(req('POST', `${BASE}/cmi5/relaunch/${first.feed}`))!.body) as {
      src: string;
      feed: string;
    };
    expect(new URL(again.src).searchParams.get('registration')).toBe(first.registration);
    const fresh = JSON.parse(launcher.handle(req('POST', `${BASE}/cmi5/relaunch/${again.feed}?fresh=1`))!.body) as {
      src: string;
    };
    expect(new URL(fresh.src).searchParams.get('registration')).not.toBe(first.registration);
    const feed = JSON.parse(launcher.handle(req('GET', `${BASE}/cmi5/feed/${first.feed}`))!.body) as {
      statements: Array<Record<string, unknown>>;
    };
    // The first session was left without terminated when the relaunch came: the LMS recorded abandoned.
    expect(verbsOf(feed.statements)).toEqual(['abandoned']);
    expect(launcher.handle(req('GET', `${BASE}/cmi5/feed/unknown`))!.status).toBe(404);
  });

  it('keeps the preview learner’s statements out of the outbox, and queues a learner’s', async () => {
    const { launcher, db } = await setup();
    launcher.launch({ contentBase: BASE, packagePath: '/p/', structure, actor: PREVIEW_ACTOR, registrationKey: 'p' });
    launcher.launch({ contentBase: BASE, packagePath: '/p/', structure, actor: learner, registrationKey: 'l' });
    const queued = db.prepare(`SELECT body FROM lrs_outbox`).pluck().all() as string[];
    expect(queued.map((b) => (JSON.parse(b) as { actor: { name: string } }).actor.name)).toEqual(['Ada']);
  });

  it('Electron’s content protocol answers the same routes as fetch Responses (statements with a token only)', async () => {
    const { launcher } = await setup();
    const l = launcher.launch({
      contentBase: 'cwcontent://coursewright',
      packagePath: '/p/',
      structure,
      actor: learner,
      registrationKey: 'e',
    });
    const call = (url: string, init?: RequestInit) =>
      cmi5FetchResponse(new Request(url, init), new URL(url).pathname, launcher);
    const fetchUrl = new URL(l.auUrl).searchParams.get('fetch')!;
    expect(fetchUrl.startsWith('cwcontent://coursewright/xapi/fetch/')).toBe(true);
    const token = (
      (await (await call(fetchUrl.replace('cwcontent://coursewright', 'http://x'), {
        method: 'POST',
      }))!.json()) as Record<string, string>
    )['auth-token'];
    const statements = 'http://x/xapi/statements';
    expect((await call(statements, { method: 'GET', headers: { 'X-Experience-API-Version': '1.0.3' } }))!.status).toBe(
      401,
    );
    const ok = (await call(statements, {
      method: 'GET',
      headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' },
    }))!;
    expect(ok.status).toBe(200);
    expect(ok.headers.get('X-Experience-API-Version')).toBe('1.0.3');
    expect((await call('http://x/cmi5-packages/00000000-0000-4000-8000-000000000000/index.html'))!.status).toBe(404);
    expect(await call('http://x/lms/index.html')).toBeNull();
  });
});
