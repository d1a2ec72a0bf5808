import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared';
import { parseCmi5Structure, type Cmi5Au, type Cmi5Structure } from './cmi5-structure';
import { LocalLrs, type LaunchInput, type LrsRequest, type LrsResponse } from './local-lrs';
import { actorKey } from './lrs-store';
import type { Cmi5PackageStore } from './cmi5-package-store';

/** Below the content base: the local LRS (the AU's xAPI endpoint) and the launcher's own small routes. */
export const XAPI_PATH_PREFIX = '/xapi/';
export const CMI5_PATH_PREFIX = '/cmi5/';
/** Imported cmi5 packages, served on the content origin at `/cmi5-packages/<id>/<path in the package>`. */
export const CMI5_PACKAGES_PATH_PREFIX = '/cmi5-packages/';

/** The author previewing a course: their statements stay local (never queued for the organisation's LRS). */
export const PREVIEW_ACTOR = {
  name: 'Preview learner',
  account: { homePage: 'https://coursewright.local/preview', name: 'preview' },
};
const PREVIEW_KEY = actorKey({ objectType: 'Agent', ...PREVIEW_ACTOR });

type Cmi5Preferences = NonNullable<LaunchInput['preferences']>;
type LaunchMode = NonNullable<LaunchInput['launchMode']>;

interface Cmi5LaunchRequest {
  /** `http://127.0.0.1:<port>/c/<token>` (browser host) or `cwcontent://coursewright` (Electron). */
  contentBase: string;
  /** Where the package folder is served, relative to the content base: `/preview/<id>/`, `/cmi5-packages/<id>/`. */
  packagePath: string;
  structure: Cmi5Structure;
  auIndex?: number;
  actor: LaunchInput['actor'];
  /** Same key → same registration (a relaunch resumes); `fresh` starts a new registration. */
  registrationKey: string;
  fresh?: boolean;
  launchMode?: LaunchMode;
  preferences?: Cmi5Preferences | null;
}

interface Cmi5Launch {
  /** The AU's absolute launch URL with the cmi5 parameters (§8.1). */
  auUrl: string;
  sessionId: string;
  registration: string;
  /** Capability of the stand-in page: read this session's statements, relaunch. */
  feed: string;
}

/** Reads `cmi5.xml` of a built or imported package folder. */
async function readCmi5Structure(dir: string): Promise<Cmi5Structure> {
  const bytes = await fsp.readFile(path.join(dir, 'cmi5.xml')).catch(() => {
    throw new AppError('NOT_FOUND', 'The package has no cmi5.xml.');
  });
  return parseCmi5Structure(bytes);
}

const MAX_FEEDS = 100;
const DONE_PAGE = '<!doctype html><html lang="en"><title>Session ended</title><h1>Session ended</h1>';

/**
 * The app as the cmi5 LMS of preview and learner mode, on the content origin: creates launches exactly as
 * `coursewright cmi5 play` does (session, one-time fetch URL, LaunchData with launchMode, moveOn, masteryScore,
 * returnURL and launchParameters, learner preferences), answers `/xapi/…` with the local LRS, and serves the
 * stand-in page's feed (the session's statements) and relaunch. Transport-free: hosts call `handle`.
 */
export class Cmi5Launcher {
  readonly lrs: LocalLrs;
  private readonly registrations = new Map<string, string>();
  private readonly feeds = new Map<string, { sessionId: string; request: Cmi5LaunchRequest }>();

  constructor(
    db: Database.Database,
    /** Imported packages (learner mode); null where only previews play. */
    readonly packages: Cmi5PackageStore | null = null,
  ) {
    this.lrs = new LocalLrs(db, { localOnly: (key) => key === PREVIEW_KEY });
  }

  launch(req: Cmi5LaunchRequest): Cmi5Launch {
    const au: Cmi5Au | undefined = req.structure.aus[req.auIndex ?? 0];
    if (!au) throw new AppError('NOT_FOUND', `The package has ${req.structure.aus.length} AU(s).`);
    const base = req.contentBase.replace(/\/+$/, '');
    // A relaunch resumes the learner's registration (also after a restart), so completed/passed are never re-sent.
    const known = req.fresh
      ? undefined
      : (this.registrations.get(req.registrationKey) ??
        this.lrs.store.latestRegistration({ objectType: 'Agent', ...req.actor }, au.id) ??
        undefined);
    const pkgUrl = `${base}/${req.packagePath.replace(/^\/+/, '')}`;
    const auUrl = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(au.url) ? au.url : new URL(au.url, pkgUrl).href;
    const launched = this.lrs.launch(`${base}${XAPI_PATH_PREFIX}`, {
      auUrl,
      activityId: au.id,
      actor: req.actor,
      registration: known,
      launchMode: req.launchMode ?? 'Normal',
      masteryScore: au.masteryScore,
      moveOn: au.moveOn,
      returnURL: `${base}${CMI5_PATH_PREFIX}done`,
      launchParameters: au.launchParameters,
      preferences: req.preferences ?? null,
    });
    this.registrations.set(req.registrationKey, launched.registration);
    const feed = randomBytes(18).toString('base64url');
    this.feeds.set(feed, { sessionId: launched.sessionId, request: req });
    if (this.feeds.size > MAX_FEEDS) this.feeds.delete(this.feeds.keys().next().value as string);
    return { auUrl: launched.url, sessionId: launched.sessionId, registration: launched.registration, feed };
  }

  /** The preview of a built cmi5 export: the stand-in page URL (relative to the content base) launching it. */
  async previewLaunchUrl(input: {
    contentBase: string;
    previewId: string;
    dir: string;
    courseId: string;
    preferences?: Cmi5Preferences | null;
  }): Promise<string> {
    const launch = this.launch({
      contentBase: input.contentBase,
      packagePath: `/preview/${input.previewId}/`,
      structure: await readCmi5Structure(input.dir),
      actor: PREVIEW_ACTOR,
      registrationKey: `preview:${input.courseId}`,
      preferences: input.preferences ?? { languagePreference: 'en-US', audioPreference: 'on' },
    });
    const q = new URLSearchParams({
      format: 'cmi5',
      src: launch.auUrl,
      state: `preview:${input.courseId}:cmi5`,
      feed: launch.feed,
    });
    return `lms/index.html?${q.toString()}`;
  }

  /**
   * `/xapi/…` (the LRS) and `/cmi5/…` (done page, feed, relaunch) below the content base; null when the path is
   * not one of these. `path` starts with `/`.
   */
  handle(req: Omit<LrsRequest, 'path'> & { path: string }): LrsResponse | null {
    if (req.path.startsWith(XAPI_PATH_PREFIX)) {
      return this.lrs.handle({ ...req, path: req.path.slice(XAPI_PATH_PREFIX.length) });
    }
    if (!req.path.startsWith(CMI5_PATH_PREFIX)) return null;
    const [action = '', feed = ''] = req.path.slice(CMI5_PATH_PREFIX.length).split('/');
    if (action === 'done' && req.method === 'GET') {
      return { status: 200, body: DONE_PAGE, contentType: 'text/html; charset=utf-8' };
    }
    const known = this.feeds.get(feed);
    if (!known) return { status: 404, body: 'unknown feed', contentType: 'text/plain' };
    if (action === 'feed' && req.method === 'GET') {
      const statements = this.lrs.store.listStatements({ sessionId: known.sessionId });
      return { status: 200, body: JSON.stringify({ statements }), contentType: 'application/json' };
    }
    if (action === 'relaunch' && req.method === 'POST') {
      const next = this.launch({ ...known.request, fresh: req.query.get('fresh') === '1' });
      return {
        status: 200,
        body: JSON.stringify({ src: next.auUrl, feed: next.feed }),
        contentType: 'application/json',
      };
    }
    return { status: 405, body: 'not allowed', contentType: 'text/plain' };
  }
}
