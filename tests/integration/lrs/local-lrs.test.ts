import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration010Lrs } from '../../../main/library/migrations/010-lrs';
import { CMI5_CATEGORY, CMI5_MASTERY_EXT, CMI5_SESSION_EXT, CMI5_VERBS } from '../../../main/lrs/cmi5-rules';
import type { LocalLrs } from '../../../main/lrs/local-lrs';
import { LMS_BASE, openLrs, verbsOf } from './lrs-kit';

const AU = 'urn:coursewright:course:11111111-2222-4333-8444-555555555555:au';
const learner = { name: 'Bo', account: { homePage: 'https://coursewright.test', name: 'bo' } };
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

async function session(launchMode: 'Normal' | 'Browse' | 'Review' = 'Normal', registration?: string) {
  const h = await openLrs();
  opened.push(h);
  return { ...h, ...start(h.lrs, launchMode, registration) };
}

function start(lrs: LocalLrs, launchMode: 'Normal' | 'Browse' | 'Review', registration?: string) {
  const l = lrs.launch(LMS_BASE, {
    auUrl: 'http://content.test/index.html',
    activityId: AU,
    actor: learner,
    moveOn: 'Passed',
    masteryScore: 0.5,
    launchMode,
    registration,
  });
  const fetchPath = new URL(new URL(l.url).searchParams.get('fetch')!).pathname.replace('/xapi/', '');
  const token = JSON.parse(
    lrs.handle({ method: 'POST', path: fetchPath, query: new URLSearchParams(), headers: {}, body: '' }).body,
  )['auth-token'] as string;
  const send = (
    verb: keyof typeof CMI5_VERBS,
    result?: Record<string, unknown>,
    extensions: Record<string, unknown> = {},
  ) =>
    lrs.handle({
      method: 'POST',
      path: 'statements',
      query: new URLSearchParams(),
      headers: { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3' },
      body: JSON.stringify({
        actor: { objectType: 'Agent', ...learner },
        verb: { id: CMI5_VERBS[verb] },
        object: { objectType: 'Activity', id: AU },
        ...(result ? { result } : {}),
        context: {
          registration: l.registration,
          contextActivities: { category: [{ id: CMI5_CATEGORY }] },
          extensions: { [CMI5_SESSION_EXT]: l.sessionId, ...extensions },
        },
        timestamp: new Date().toISOString(),
      }),
    });
  return { ...l, send };
}

const passed = { success: true, duration: 'PT1S', score: { scaled: 0.9 } };
const mastery = { [CMI5_MASTERY_EXT]: 0.5 };

describe('the local LRS refuses statements that break the cmi5 rules', () => {
  it('the first statement must be initialized', async () => {
    const s = await session();
    const res = s.send('completed', { completion: true, duration: 'PT1S' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('first statement');
    expect(s.send('initialized').status).toBe(200);
    expect(s.send('initialized').status).toBe(400);
  });

  it('nothing after terminated', async () => {
    const s = await session();
    expect(s.send('initialized').status).toBe(200);
    expect(s.send('terminated', { duration: 'PT2S' }).status).toBe(200);
    expect(s.send('completed', { completion: true, duration: 'PT1S' }).status).toBe(400);
  });

  it('no second passed in a registration, even in a new session; failed must be below masteryScore', async () => {
    const s = await session();
    s.send('initialized');
    expect(s.send('failed', { success: false, duration: 'PT1S', score: { scaled: 0.7 } }, mastery).body).toContain(
      'at or above masteryScore',
    );
    expect(s.send('passed', { ...passed, score: { scaled: 0.4 } }, mastery).status).toBe(400);
    expect(s.send('passed', passed).body).toContain('masteryScore extension');
    expect(s.send('passed', passed, mastery).status).toBe(200);
    expect(s.send('passed', passed, mastery).body).toContain('already sent');
    s.send('terminated', { duration: 'PT3S' });
    const again = start(s.lrs, 'Normal', s.registration);
    expect(again.send('initialized').status).toBe(200);
    expect(again.send('passed', passed, mastery).body).toContain('already sent in this registration');
    expect(
      verbsOf(s.lrs.store.listStatements({ registration: s.registration })).filter((v) => v === 'passed'),
    ).toHaveLength(1);
  });

  it('Browse mode refuses judged statements; terminated needs a duration; LMS-only verbs are refused', async () => {
    const s = await session('Browse');
    s.send('initialized');
    expect(s.send('completed', { completion: true, duration: 'PT1S' }).body).toContain('Browse mode');
    expect(s.send('satisfied').status).toBe(400);
    expect(s.send('terminated').body).toContain('duration');
    expect(s.send('terminated', { duration: 'PT1S' }).status).toBe(200);
  });

  it('a wrong session id or an unknown token is refused; a refused batch stores nothing', async () => {
    const s = await session();
    expect(s.send('initialized', undefined, { [CMI5_SESSION_EXT]: 'other' }).status).toBe(400);
    const bad = s.lrs.handle({
      method: 'POST',
      path: 'statements',
      query: new URLSearchParams(),
      headers: { authorization: 'Basic nope', 'x-experience-api-version': '1.0.3' },
      body: '[]',
    });
    expect(bad.status).toBe(401);
    expect(verbsOf(s.lrs.store.listStatements({ registration: s.registration }))).toEqual(['launched']);
  });

  it('a relaunch records Abandoned for a session that never terminated, and that session accepts nothing more', async () => {
    const s = await session();
    expect(s.send('initialized').status).toBe(200);
    const again = start(s.lrs, 'Normal', s.registration);
    expect(verbsOf(s.lrs.store.listStatements({ registration: s.registration }))).toEqual([
      'launched',
      'initialized',
      'abandoned',
      'launched',
    ]);
    const abandoned = s.lrs.store.listStatements({ sessionId: s.sessionId }).at(-1)!;
    expect(abandoned.result).toMatchObject({ duration: expect.stringMatching(/^PT\d+\.\d{2}S$/) });
    expect(s.send('terminated', { duration: 'PT1S' }).body).toContain('terminated');
    expect(again.send('initialized').status).toBe(200);
    // A terminated session is not abandoned by the next launch.
    again.send('terminated', { duration: 'PT1S' });
    start(s.lrs, 'Normal', s.registration);
    expect(
      verbsOf(s.lrs.store.listStatements({ registration: s.registration })).filter((v) => v === 'abandoned'),
    ).toHaveLength(1);
  });

  it('statements about another learner are refused', async () => {
    const s = await session();
    const res = s.lrs.handle({
      method: 'POST',
      path: 'statements',
      query: new URLSearchParams(),
      headers: {
        authorization: `Basic ${s.lrs.store.sessionById(s.sessionId)!.authToken}`,
        'x-experience-api-version': '1.0.3',
      },
      body: JSON.stringify({
        actor: { mbox: 'mailto:someone-else@example.org' },
        verb: { id: CMI5_VERBS.initialized },
        object: { id: AU },
        context: { registration: s.registration, extensions: { [CMI5_SESSION_EXT]: s.sessionId } },
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('not the launched learner');
  });

  it('LMS.LaunchData is read-only for the AU', async () => {
    const s = await session();
    const token = s.lrs.store.sessionById(s.sessionId)!.authToken;
    const q = new URLSearchParams({
      activityId: AU,
      agent: JSON.stringify(learner),
      registration: s.registration,
      stateId: 'LMS.LaunchData',
    });
    const h = { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3' };
    expect(s.lrs.handle({ method: 'PUT', path: 'activities/state', query: q, headers: h, body: '{}' }).status).toBe(
      403,
    );
    const doc = JSON.parse(
      s.lrs.handle({ method: 'GET', path: 'activities/state', query: q, headers: h, body: '' }).body,
    );
    expect(doc).toMatchObject({ launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.5 });
    expect(doc.contextTemplate.extensions[CMI5_SESSION_EXT]).toBe(s.sessionId);
  });

  it('every accepted statement is queued in the outbox in the same transaction', async () => {
    const s = await session();
    s.send('initialized');
    s.send('completed', { completion: false, duration: 'PT1S' }); // refused
    const ids = s.lrs.store.listStatements({ registration: s.registration }).map((x) => x.id);
    const outbox = s.db.prepare(`SELECT statement_id FROM lrs_outbox ORDER BY seq`).pluck().all();
    expect(outbox).toEqual(ids);
    expect(ids).toHaveLength(2);
  });
});

describe(`migration ${migration010Lrs.version} (${migration010Lrs.name})`, () => {
  it('keeps learner rows of the previous version and adds empty LRS tables', async () => {
    const h = await openLrs(); // only for its temp folder
    opened.push(h);
    const db = new Database(path.join(h.dir, 'old.sqlite'));
    configureConnection(db);
    try {
      const before = MIGRATIONS.indexOf(migration010Lrs);
      await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, before) });
      db.prepare(
        `INSERT INTO learners (id, name, created_at) VALUES ('l1', 'Old learner', '2026-01-01T00:00:00Z')`,
      ).run();
      await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, before + 1), backupDir: path.join(h.dir, 'b') });
      expect(db.pragma('user_version', { simple: true })).toBe(migration010Lrs.version);
      expect(db.prepare(`SELECT name FROM learners WHERE id = 'l1'`).pluck().get()).toBe('Old learner');
      for (const t of ['lrs_sessions', 'lrs_statements', 'lrs_documents', 'lrs_outbox', 'cmi5_packages']) {
        expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
      }
      expect(() =>
        db.prepare(`INSERT INTO lrs_outbox (statement_id, body, created_at) VALUES ('x', 'not json', 'now')`).run(),
      ).toThrow();
    } finally {
      db.close();
    }
  });
});
