import { randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CMI5_CATEGORY, CMI5_SESSION_EXT, CMI5_VERBS, cmi5Violation } from './cmi5-rules';
import { actorKey, LrsStore, type DocKey, type SessionRow, type Statement } from './lrs-store';

const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
const LEARNER_PREFERENCES_ID = 'cmi5LearnerPreferences';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/extensions/moveon';
const LAUNCH_MODE = 'https://w3id.org/xapi/cmi5/context/extensions/launchmode';
const LAUNCH_URL = 'https://w3id.org/xapi/cmi5/context/extensions/launchurl';

export interface LrsRequest {
  method: string;
  /** Path below the xAPI endpoint, without a leading slash: `statements`, `activities/state`, `fetch/<secret>`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}
export interface LrsResponse {
  status: number;
  body: string;
  contentType?: string;
}

export interface LaunchInput {
  /** The AU url as the package names it, resolved against where the package is served. */
  auUrl: string;
  /** The publisher's AU id from cmi5.xml. */
  activityId: string;
  actor: { name: string; account: { homePage: string; name: string } };
  /** A new registration (enrolment) unless one is given. */
  registration?: string | undefined;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number | null;
  moveOn: string;
  returnURL?: string | null;
  preferences?: { languagePreference?: string; audioPreference?: 'on' | 'off' } | null;
  /** The AU's `launchParameters` from cmi5.xml, handed over in LaunchData (§10). */
  launchParameters?: string | null;
}

const json = (status: number, value: unknown): LrsResponse => ({
  status,
  body: JSON.stringify(value),
  contentType: 'application/json',
});
const error = (status: number, message: string): LrsResponse => json(status, { error: message });

/**
 * The app as a cmi5 LMS: launches (session, one-time fetch URL, LaunchData, learner preferences, the
 * Launched statement) and a local LRS answering the AU's xAPI requests, refusing statements that break
 * the cmi5 rules. Transport-free: `main/lrs/lrs-http.ts` serves `handle` over HTTP.
 */
export class LocalLrs {
  readonly store: LrsStore;
  constructor(
    db: Database.Database,
    private readonly opts: {
      now?: () => string;
      /** Learners (by actor key) whose statements stay here, never queued for the remote LRS (the preview's). */
      localOnly?: (actorKey: string) => boolean;
    } = {},
  ) {
    this.store = new LrsStore(db, opts.now, opts.localOnly);
  }

  private now(): string {
    return this.opts.now?.() ?? new Date().toISOString();
  }

  /** Creates the session and everything the AU reads, and returns the launch URL (cmi5 §8.1). */
  launch(endpoint: string, input: LaunchInput): { url: string; sessionId: string; registration: string } {
    const sessionId = randomUUID();
    const registration = input.registration ?? randomUUID();
    this.abandonOpenSessions(registration, input.activityId);
    const base = endpoint.replace(/\/+$/, '');
    const session = {
      id: sessionId,
      registration,
      activityId: input.activityId,
      actor: { objectType: 'Agent', ...input.actor },
      launchMode: input.launchMode ?? 'Normal',
      masteryScore: input.masteryScore ?? null,
      moveOn: input.moveOn,
      fetchSecret: randomBytes(24).toString('base64url'),
      authToken: randomBytes(24).toString('base64'),
    };
    this.store.insertSession(session);
    const contextTemplate = {
      contextActivities: { grouping: [{ id: input.activityId }] },
      extensions: { [CMI5_SESSION_EXT]: sessionId },
    };
    const key = { activityId: input.activityId, actorKey: actorKey(session.actor), registration };
    this.store.putDocument(
      { kind: 'state', ...key, docId: LAUNCH_DATA_STATE_ID },
      JSON.stringify({
        contextTemplate,
        launchMode: session.launchMode,
        moveOn: session.moveOn,
        ...(session.masteryScore !== null ? { masteryScore: session.masteryScore } : {}),
        ...(input.returnURL ? { returnURL: input.returnURL } : {}),
        ...(input.launchParameters ? { launchParameters: input.launchParameters } : {}),
      }),
    );
    if (input.preferences) {
      this.store.putDocument(
        { kind: 'profile', activityId: '', actorKey: key.actorKey, registration: '', docId: LEARNER_PREFERENCES_ID },
        JSON.stringify(input.preferences),
      );
    }
    const params = new URLSearchParams({
      endpoint: `${base}/`,
      fetch: `${base}/fetch/${session.fetchSecret}`,
      registration,
      activityId: input.activityId,
      actor: JSON.stringify(session.actor),
    });
    const url = `${input.auUrl}${input.auUrl.includes('?') ? '&' : '?'}${params.toString()}`;
    this.store.storeStatements(
      [
        {
          id: randomUUID(),
          actor: session.actor,
          verb: { id: CMI5_VERBS.launched, display: { 'en-US': 'launched' } },
          object: { objectType: 'Activity', id: input.activityId },
          context: {
            registration,
            contextActivities: { grouping: [{ id: input.activityId }], category: [{ id: CMI5_CATEGORY }] },
            extensions: {
              [CMI5_SESSION_EXT]: sessionId,
              [LAUNCH_MODE]: session.launchMode,
              [LAUNCH_URL]: input.auUrl,
              [MOVE_ON]: session.moveOn,
            },
          },
          timestamp: this.now(),
        },
      ],
      null,
    );
    return { url, sessionId, registration };
  }

  /**
   * §9.3.6: a new launch while an earlier session of the AU never sent Terminated means that session was
   * abnormally ended: the LMS records Abandoned (duration launched → last statement) and closes it.
   */
  private abandonOpenSessions(registration: string, activityId: string): void {
    for (const old of this.store.openSessions(registration, activityId)) {
      const span = this.store.sessionSpan(old.id);
      const ms = span ? Math.max(0, Date.parse(span.lastAt) - Date.parse(span.launchedAt)) : 0;
      this.store.storeStatements(
        [
          {
            id: randomUUID(),
            actor: old.actor,
            verb: { id: CMI5_VERBS.abandoned, display: { 'en-US': 'abandoned' } },
            object: { objectType: 'Activity', id: activityId },
            result: { duration: `PT${(ms / 1000).toFixed(2)}S` },
            context: {
              registration,
              contextActivities: { grouping: [{ id: activityId }], category: [{ id: CMI5_CATEGORY }] },
              extensions: { [CMI5_SESSION_EXT]: old.id },
            },
            timestamp: this.now(),
          },
        ],
        { id: old.id, state: 'terminated' },
      );
    }
  }

  private sessionOf(req: LrsRequest): SessionRow | null {
    const m = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    return m?.[1] ? this.store.sessionByToken(m[1].trim()) : null;
  }

  handle(req: LrsRequest): LrsResponse {
    try {
      return this.route(req);
    } catch (e) {
      return error(400, e instanceof Error ? e.message : String(e));
    }
  }

  private route(req: LrsRequest): LrsResponse {
    const path = req.path.replace(/^\/+|\/+$/g, '');
    if (path.startsWith('fetch/') && req.method === 'POST') return this.fetchToken(path.slice('fetch/'.length));
    if (path === 'about' && req.method === 'GET') return json(200, { version: ['1.0.3'] });
    const session = this.sessionOf(req);
    if (!session) return error(401, 'unknown or missing authorization');
    if (!req.headers['x-experience-api-version']?.startsWith('1.0'))
      return error(400, 'X-Experience-API-Version is required');
    switch (path) {
      case 'statements':
        if (req.method === 'POST' || req.method === 'PUT') return this.postStatements(session, req);
        if (req.method === 'GET') return this.getStatements(session, req);
        break;
      case 'activities/state':
        return this.document(session, req, 'state');
      case 'agents/profile':
        return this.document(session, req, 'profile');
    }
    return error(404, `no resource ${req.method} ${path}`);
  }

  /** §8.2: the fetch URL answers once; afterwards it returns the error object. */
  private fetchToken(secret: string): LrsResponse {
    const session = this.store.sessionByFetchSecret(secret);
    if (!session || !this.store.consumeFetch(secret)) {
      return json(400, { 'error-code': '1', 'error-text': 'This fetch URL was already used or is unknown.' });
    }
    return json(200, { 'auth-token': session.authToken });
  }

  private postStatements(session: SessionRow, req: LrsRequest): LrsResponse {
    const parsed = JSON.parse(req.body) as unknown;
    const list = (Array.isArray(parsed) ? parsed : [parsed]) as Statement[];
    if (req.method === 'PUT') {
      const id = req.query.get('statementId');
      if (!id || list.length !== 1) return error(400, 'PUT needs statementId and one statement');
      list[0] = { ...list[0], id };
    }
    const fresh: Statement[] = [];
    const ids: string[] = [];
    let state = session.state;
    const history = this.store.history(session.registration, session.activityId);
    for (const raw of list) {
      const st: Statement = { ...raw, id: typeof raw.id === 'string' ? raw.id : randomUUID() };
      ids.push(String(st.id));
      const existing = this.store.statementById(String(st.id));
      if (existing) {
        const { stored: _stored, authority: _authority, ...held } = existing;
        if (JSON.stringify(held) === JSON.stringify(st)) continue; // a retry of what we already hold
        return error(409, `statement ${String(st.id)} exists with other content`);
      }
      const why =
        actorKey(st.actor) !== actorKey(session.actor)
          ? 'the actor is not the launched learner'
          : cmi5Violation(st, { ...session, state }, history);
      if (why) return error(400, `cmi5: ${why}`);
      const verb = String((st.verb as Record<string, unknown>).id);
      if (verb === CMI5_VERBS.initialized) state = 'initialized';
      if (verb === CMI5_VERBS.terminated) state = 'terminated';
      if (verb === CMI5_VERBS.completed) history.completed = true;
      if (verb === CMI5_VERBS.passed) history.passed = true;
      fresh.push({
        ...st,
        stored: this.now(),
        authority: { objectType: 'Agent', name: 'Coursewright', mbox: 'mailto:lms@coursewright.invalid' },
      });
    }
    if (fresh.length) this.store.storeStatements(fresh, { id: session.id, state });
    return json(
      200,
      list.map((s) => s.id ?? fresh.shift()?.id),
    );
  }

  private getStatements(session: SessionRow, req: LrsRequest): LrsResponse {
    const registration = req.query.get('registration') ?? session.registration;
    return json(200, { statements: this.store.listStatements({ registration }), more: '' });
  }

  private document(session: SessionRow, req: LrsRequest, kind: 'state' | 'profile'): LrsResponse {
    const q = req.query;
    const agent = JSON.parse(q.get('agent') ?? 'null') as unknown;
    const docId = q.get(kind === 'state' ? 'stateId' : 'profileId');
    if (!agent || !docId) return error(400, `${kind} needs agent and ${kind === 'state' ? 'stateId' : 'profileId'}`);
    if (actorKey(agent) !== actorKey(session.actor)) return error(403, 'another learner');
    const key: DocKey = {
      kind,
      activityId: kind === 'state' ? (q.get('activityId') ?? '') : '',
      actorKey: actorKey(agent),
      registration: kind === 'state' ? (q.get('registration') ?? '') : '',
      docId,
    };
    switch (req.method) {
      case 'GET': {
        const body = this.store.getDocument(key);
        return body === null ? error(404, 'no such document') : { status: 200, body, contentType: 'application/json' };
      }
      case 'PUT':
      case 'POST':
      case 'DELETE':
        // §10: the AU MUST NOT modify LMS.LaunchData; §11: the LMS may refuse preference changes with 403.
        if (kind === 'state' && docId === LAUNCH_DATA_STATE_ID) return error(403, 'LMS.LaunchData is read-only');
        if (kind === 'profile') return error(403, 'learner preferences are set by the LMS');
        if (req.method === 'DELETE') this.store.deleteDocument(key);
        else this.store.putDocument(key, req.body);
        return { status: 204, body: '' };
    }
    return error(405, `${req.method} not allowed`);
  }
}
