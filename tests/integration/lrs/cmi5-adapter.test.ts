import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalLrs } from '../../../main/lrs/local-lrs';
import type { LmsAdapter, ProgressSnapshot } from '../../../renderer/player/lms/lms-adapter';
import { createXapiLaunchAdapter, type PreparedLmsAdapter } from '../../../renderer/player/lms/xapi-launch-adapter';
import type { FetchLike } from '../../../renderer/player/lms/xapi-client';
import { CMI5, verbIri } from '../../../renderer/player/lms/xapi-statements';
import { LMS_BASE, lrsFetch, openLrs, verbsOf, type RecordedRequest } from './lrs-kit';

const AU = 'urn:coursewright:course:0b7f7d8e-8a34-4a6b-9a55-5c7b8f0e1d11:au';
const learner = { name: 'Ada', account: { homePage: 'https://coursewright.test', name: 'ada' } };
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

const snapshot = (over: Partial<ProgressSnapshot> = {}): ProgressSnapshot => ({
  suspendData: '1.abc',
  location: 'lesson-1',
  completion: 'incomplete',
  success: 'unknown',
  score: null,
  interactions: [],
  finished: false,
  hasQuiz: true,
  progressMeasure: 0,
  objectives: [],
  ...over,
});

function adapterFor(
  lrs: LocalLrs,
  href: string,
  log: RecordedRequest[],
  navigate = vi.fn(),
  fetchFn: FetchLike = lrsFetch(lrs, log),
): PreparedLmsAdapter {
  const fallback = vi.fn((): LmsAdapter => {
    throw new Error('fell back to standalone');
  });
  return createXapiLaunchAdapter({
    kind: 'cmi5',
    href,
    packageId: '0b7f7d8e-8a34-4a6b-9a55-5c7b8f0e1d11',
    lang: 'en',
    fetch: fetchFn,
    fallback,
    navigate,
  });
}

async function setup(launch: Partial<Parameters<LocalLrs['launch']>[1]> = {}) {
  const h = await openLrs();
  opened.push(h);
  const l = h.lrs.launch(LMS_BASE, {
    auUrl: 'http://content.test/pkg/index.html',
    activityId: AU,
    actor: learner,
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
    returnURL: 'http://lms.test/done',
    preferences: { languagePreference: 'en-GB,fr', audioPreference: 'off' },
    ...launch,
  });
  return { ...h, ...l };
}

describe('cmi5 adapter against the app’s cmi5 LMS', () => {
  it('fetches the token once, reads LaunchData and preferences before initialized, then reports and exits', async () => {
    const { lrs, url, registration } = await setup();
    const log: RecordedRequest[] = [];
    const navigate = vi.fn();
    const adapter = adapterFor(lrs, url, log, navigate);
    await adapter.prepare();
    const start = adapter.start();
    expect(start).toMatchObject({ connected: true, resumed: false, learnerName: 'Ada' });
    expect(adapter.kind).toBe('cmi5');
    expect(adapter.preferences).toEqual({ languagePreference: 'en-GB,fr', audioPreference: 'off' });
    // Order: fetch (POST, no auth), LaunchData, preferences, progress state, then the first statement.
    const first = log.findIndex((r) => r.url.includes('/statements'));
    expect(log[0]).toMatchObject({ method: 'POST' });
    expect(log[0]!.url).toContain('/fetch/');
    expect(log.slice(1, first).map((r) => new URL(r.url).pathname)).toEqual([
      '/xapi/activities/state',
      '/xapi/agents/profile',
      '/xapi/activities/state',
    ]);
    expect(new URL(log[1]!.url).searchParams.get('stateId')).toBe('LMS.LaunchData');
    expect(new URL(log[2]!.url).searchParams.get('profileId')).toBe('cmi5LearnerPreferences');
    await vi.waitFor(() => expect(verbsOf(lrs.store.listStatements({ registration }))).toContain('initialized'));

    adapter.update(snapshot({ completion: 'completed' }));
    adapter.update(snapshot({ completion: 'completed', success: 'passed', score: { raw: 90, min: 0, max: 100 } }));
    adapter.update(snapshot({ completion: 'completed', success: 'passed', score: { raw: 90, min: 0, max: 100 } }));
    await adapter.exit();
    expect(navigate).toHaveBeenCalledWith('http://lms.test/done');

    const all = lrs.store.listStatements({ registration });
    expect(verbsOf(all)).toEqual(['launched', 'initialized', 'completed', 'passed', 'terminated']);
    const passed = all[3]!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.9, raw: 90, min: 0, max: 100 } });
    expect((passed.result as { duration: string }).duration).toMatch(/^PT/);
    const ctx = passed.context as {
      registration: string;
      extensions: Record<string, unknown>;
      contextActivities: Record<string, Array<{ id: string }>>;
    };
    expect(ctx.registration).toBe(registration);
    expect(ctx.extensions[CMI5.masteryScore]).toBe(0.8);
    expect(ctx.extensions[CMI5.sessionId]).toBeTruthy();
    expect(ctx.contextActivities.category!.map((c) => c.id)).toEqual([CMI5.category, CMI5.moveOn]);
    expect(ctx.contextActivities.grouping!.map((c) => c.id)).toEqual([AU]); // from the contextTemplate
    expect((all[4]!.result as { duration: string }).duration).toMatch(/^PT/);
    // Every xAPI request: the token from the fetch URL and the version header.
    const token = JSON.parse(
      lrs.handle({ method: 'GET', path: 'about', query: new URLSearchParams(), headers: {}, body: '' }).body,
    );
    expect(token.version).toEqual(['1.0.3']);
    for (const r of log.slice(1)) {
      expect(r.headers.authorization).toMatch(/^Basic \S+$/);
      expect(r.headers['x-experience-api-version']).toBe('1.0.3');
    }
    // The fetch URL is one-time.
    const fetchUrl = new URL(new URL(url).searchParams.get('fetch')!);
    const again = lrs.handle({
      method: 'POST',
      path: fetchUrl.pathname.replace('/xapi/', ''),
      query: new URLSearchParams(),
      headers: {},
      body: '',
    });
    expect(JSON.parse(again.body)['error-code']).toBe('1');
  });

  it('a relaunch in the same registration resumes and never sends a second completed or passed', async () => {
    const h = await setup();
    const log: RecordedRequest[] = [];
    const a1 = adapterFor(h.lrs, h.url, log);
    await a1.prepare();
    a1.start();
    a1.update(
      snapshot({
        suspendData: '1.first',
        completion: 'completed',
        success: 'passed',
        score: { raw: 100, min: 0, max: 100 },
      }),
    );
    a1.flush();
    await a1.exit();
    const again = h.lrs.launch(LMS_BASE, {
      auUrl: 'http://content.test/pkg/index.html',
      activityId: AU,
      actor: learner,
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      registration: h.registration,
    });
    const a2 = adapterFor(h.lrs, again.url, log);
    await a2.prepare();
    expect(a2.start()).toMatchObject({
      resumed: true,
      suspendData: '1.first',
      completion: 'completed',
      success: 'passed',
    });
    a2.update(snapshot({ completion: 'completed', success: 'passed', score: { raw: 100, min: 0, max: 100 } }));
    await a2.exit();
    const verbs = verbsOf(h.lrs.store.listStatements({ registration: h.registration }));
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs).toEqual([
      'launched',
      'initialized',
      'completed',
      'passed',
      'terminated',
      'launched',
      'initialized',
      'terminated',
    ]);
    // The adapter itself refrained: no request ever carried a second passed.
    const posted = log
      .filter((r) => r.url.endsWith('/statements'))
      .flatMap((r) => JSON.parse(r.body) as Array<{ verb: { id: string } }>);
    expect(posted.filter((s) => s.verb.id === verbIri('passed'))).toHaveLength(1);
  });

  it('judges passed/failed against the LMS masteryScore, not the course’s own passing score', async () => {
    const h = await setup({ masteryScore: 0.9 });
    const a = adapterFor(h.lrs, h.url, []);
    await a.prepare();
    a.start();
    a.update(snapshot({ success: 'passed', score: { raw: 85, min: 0, max: 100 } }));
    await a.exit();
    const all = h.lrs.store.listStatements({ registration: h.registration });
    expect(verbsOf(all)).toEqual(['launched', 'initialized', 'failed', 'terminated']);
    expect(all[2]!.result).toMatchObject({ success: false, score: { scaled: 0.85 } });
  });

  it.each(['Browse', 'Review'] as const)('%s mode records nothing graded', async (launchMode) => {
    const h = await setup({ launchMode });
    const log: RecordedRequest[] = [];
    const a = adapterFor(h.lrs, h.url, log);
    await a.prepare();
    a.start();
    a.update(snapshot({ completion: 'completed', success: 'passed', score: { raw: 100, min: 0, max: 100 } }));
    a.flush();
    await a.exit();
    expect(verbsOf(h.lrs.store.listStatements({ registration: h.registration }))).toEqual([
      'launched',
      'initialized',
      'terminated',
    ]);
    expect(log.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('pagehide: terminated goes last in a keepalive request', async () => {
    const h = await setup();
    const log: RecordedRequest[] = [];
    const a = adapterFor(h.lrs, h.url, log);
    await a.prepare();
    a.start();
    a.update(snapshot({ completion: 'completed' }));
    a.finish();
    await vi.waitFor(() =>
      expect(verbsOf(h.lrs.store.listStatements({ registration: h.registration })).at(-1)).toBe('terminated'),
    );
    const last = log.filter((r) => r.url.endsWith('/statements')).at(-1)!;
    expect(last.keepalive).toBe(true);
    a.finish(); // idempotent
    expect(
      verbsOf(h.lrs.store.listStatements({ registration: h.registration })).filter((v) => v === 'terminated'),
    ).toHaveLength(1);
  });

  it('works with an endpoint without a trailing slash', async () => {
    const h = await setup();
    const u = new URL(h.url);
    u.searchParams.set('endpoint', LMS_BASE);
    const log: RecordedRequest[] = [];
    const a = adapterFor(h.lrs, u.href, log);
    await a.prepare();
    expect(a.start().connected).toBe(true);
    await a.exit();
    expect(log.every((r) => !r.url.includes('xapi//'))).toBe(true);
    expect(verbsOf(h.lrs.store.listStatements({ registration: h.registration }))).toEqual([
      'launched',
      'initialized',
      'terminated',
    ]);
  });

  it('shows the can’t-save notice while sends keep failing and clears it when one succeeds', async () => {
    const h = await setup();
    const log: RecordedRequest[] = [];
    const inner = lrsFetch(h.lrs, log);
    let down = false;
    const flaky: FetchLike = (url, init) =>
      down ? Promise.reject(new TypeError('Failed to fetch')) : inner(url, init);
    const a = adapterFor(h.lrs, h.url, log, vi.fn(), flaky);
    await a.prepare();
    a.start();
    const problems: Array<string | null> = [];
    a.watch((p) => problems.push(p));
    await vi.waitFor(() =>
      expect(verbsOf(h.lrs.store.listStatements({ registration: h.registration }))).toContain('initialized'),
    );
    down = true;
    a.update(snapshot({ completion: 'completed' }));
    // One failure is not enough (a blip); the second in a row tells the learner.
    await vi.waitFor(() => expect(problems).toEqual(['commit-failing']), { timeout: 5000 });
    down = false;
    await vi.waitFor(() => expect(problems).toEqual(['commit-failing', null]), { timeout: 8000 });
    await vi.waitFor(
      () => expect(verbsOf(h.lrs.store.listStatements({ registration: h.registration }))).toContain('completed'),
      { timeout: 8000 },
    );
    await a.exit();
    expect(problems).toEqual(['commit-failing', null]);
  }, 20_000);
});
