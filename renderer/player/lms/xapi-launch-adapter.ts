import { xapiIds } from '../../../shared/package/xapi-ids';
import type { LmsAdapter, LmsKind, LmsLogger, LmsProblem, LmsStartState, ProgressSnapshot } from './lms-adapter';
import { XapiClient, type FetchLike } from './xapi-client';
import { XapiSession, type Cmi5Rules } from './xapi-session';
import type { XapiContext } from './xapi-statements';

/** An adapter whose LMS answers over the network: `prepare()` must settle before `start()`. */
export interface PreparedLmsAdapter extends LmsAdapter {
  prepare(): Promise<void>;
  /** Learner's exit: terminated, then the LMS's returnURL (cmi5 §10). */
  exit(): Promise<void>;
  /** LMS.LaunchData returnURL (cmi5 §10), known after `prepare()`. */
  readonly returnUrl: string | null;
  /** cmi5LearnerPreferences (cmi5 §11), read before `initialized`; null when the LMS has none. */
  readonly preferences: { languagePreference?: string; audioPreference?: string } | null;
}

export const isPreparedAdapter = (a: LmsAdapter): a is PreparedLmsAdapter =>
  typeof (a as Partial<PreparedLmsAdapter>).prepare === 'function';

interface XapiLaunchOptions {
  kind: Extract<LmsKind, 'cmi5' | 'xapi'>;
  /** The page URL with the LMS's launch parameters. */
  href: string;
  packageId: string;
  lang: string;
  fetch: FetchLike;
  logger?: LmsLogger | undefined;
  /** Where a refused or missing launch falls back to (standalone, with a notice). */
  fallback: () => LmsAdapter;
  navigate?: ((url: string) => void) | undefined;
  now?: () => number;
}

const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
const PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

/** Tin Can launches may send `{"name":["A"],"mbox":["mailto:…"]}` (arrays); xAPI wants single values. */
function normalizeActor(raw: unknown): Record<string, unknown> | null {
  if (!raw || typeof raw !== 'object') return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k] = Array.isArray(v) ? v[0] : v;
  if (Array.isArray(out.account)) out.account = out.account[0];
  const acc = out.account as Record<string, unknown> | undefined;
  if (acc && 'accountServiceHomePage' in acc) {
    out.account = { homePage: acc.accountServiceHomePage, name: acc.accountName };
  }
  delete out.objectType;
  return { objectType: 'Agent', ...out };
}

const parseJson = (s: string | null): unknown => {
  try {
    return s ? (JSON.parse(s) as unknown) : null;
  } catch {
    return null;
  }
};

/** True when the URL carries the launch parameters of `kind` (cmi5 §8.1; Tin Can launch for xapi). */
export function hasLaunchParams(kind: 'cmi5' | 'xapi', href: string): boolean {
  const p = new URL(href).searchParams;
  return kind === 'cmi5'
    ? ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((k) => p.has(k))
    : ['endpoint', 'auth', 'actor'].every((k) => p.has(k));
}

/**
 * cmi5 (§8) and xAPI launch: POST the one-time fetch URL for the token (cmi5), read LMS.LaunchData and
 * the learner preferences, then the AU's progress document, then send `initialized`.
 */
export function createXapiLaunchAdapter(o: XapiLaunchOptions): PreparedLmsAdapter {
  let session: XapiSession | null = null;
  let started: LmsStartState | null = null;
  let active: LmsAdapter | null = null;
  let returnURL: string | null = null;
  let preferences: PreparedLmsAdapter['preferences'] = null;
  let problemListener: ((p: LmsProblem | null) => void) | null = null;

  async function connect(): Promise<void> {
    const p = new URL(o.href).searchParams;
    const endpoint = p.get('endpoint') ?? '';
    const actor = normalizeActor(parseJson(p.get('actor')));
    if (!endpoint || !actor) throw new Error('the launch URL lacks endpoint or actor');
    let authorization: string;
    let activityId: string;
    let registration = p.get('registration');
    let cmi5: Cmi5Rules | null = null;
    let template: XapiContext | null = null;
    if (o.kind === 'cmi5') {
      // §8.2: POST, once; the answer is {"auth-token": "…"} (or {"error-code", "error-text"}).
      const res = await o.fetch(p.get('fetch') ?? '', { method: 'POST' });
      const body = parseJson(await res.text()) as Record<string, string> | null;
      const token = body?.['auth-token'];
      if (!res.ok || !token) throw new Error(`the fetch URL gave no token: ${body?.['error-text'] ?? res.status}`);
      authorization = `Basic ${token}`;
      activityId = p.get('activityId') ?? '';
    } else {
      authorization = p.get('auth') ?? '';
      activityId = p.get('activity_id') || xapiIds(o.packageId).course;
    }
    const client = new XapiClient(endpoint, authorization, o.fetch);
    if (o.kind === 'cmi5') {
      const key = { activityId, agent: actor, registration };
      const launchData = (await client.getState(key, LAUNCH_DATA_STATE_ID)) as Record<string, unknown> | null;
      if (!launchData) throw new Error('the LMS wrote no LMS.LaunchData');
      template = (launchData.contextTemplate as XapiContext | undefined) ?? null;
      const mode = launchData.launchMode;
      const mastery = Number(launchData.masteryScore);
      cmi5 = {
        launchMode: mode === 'Browse' || mode === 'Review' ? mode : 'Normal',
        masteryScore: launchData.masteryScore !== undefined && Number.isFinite(mastery) ? mastery : null,
      };
      returnURL = typeof launchData.returnURL === 'string' ? launchData.returnURL : null;
      preferences = (await client
        .getAgentProfile(actor, PREFERENCES_PROFILE_ID)
        .catch(() => null)) as typeof preferences;
    }
    if (!registration) registration = null;
    const name = typeof actor.name === 'string' ? actor.name : null;
    session = new XapiSession({
      client,
      base: { actor, activityId, registration, template, lang: o.lang },
      cmi5,
      learnerName: name,
      logger: o.logger,
      now: o.now,
      onProblem: (p) => problemListener?.(p),
    });
    started = await session.begin();
  }

  const fallback = (): LmsAdapter => (active ??= o.fallback());

  const adapter: PreparedLmsAdapter = {
    get kind() {
      return active ? active.kind : o.kind;
    },
    get notice() {
      return active ? active.notice : null;
    },
    get preferences() {
      return preferences;
    },
    get returnUrl() {
      return active ? null : returnURL;
    },
    async prepare() {
      await connect().catch((e: unknown) => {
        o.logger?.warn(`the ${o.kind} launch failed; saving progress in this browser`, e);
        session = null;
      });
    },
    start() {
      if (session && started) return started;
      return fallback().start();
    },
    update(s: ProgressSnapshot) {
      if (active) active.update(s);
      else session?.update(s);
    },
    flush() {
      if (active) active.flush();
      else session?.flush();
    },
    finish() {
      if (active) active.finish();
      else void session?.finish(true);
    },
    reconnect() {
      if (active) return active.reconnect();
      // `terminated` went on pagehide and cmi5 allows nothing after it (§9.3.8): the learner must relaunch.
      problemListener?.('disconnected');
      return false;
    },
    watch(fn) {
      if (active) active.watch(fn);
      else problemListener = fn;
    },
    async exit() {
      if (active) return active.finish();
      await session?.finish(false);
      if (returnURL) (o.navigate ?? ((u: string) => window.location.assign(u)))(returnURL);
    },
  };
  return adapter;
}
