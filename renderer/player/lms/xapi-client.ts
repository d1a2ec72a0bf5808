import type { XapiStatement } from './xapi-statements';

const XAPI_VERSION = '1.0.3';

export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** `https://lrs/xapi` and `https://lrs/xapi/` name the same endpoint; resources are appended after one slash. */
const normalizeEndpoint = (endpoint: string): string => endpoint.replace(/\/+$/, '') + '/';

export interface StateKey {
  activityId: string;
  agent: unknown;
  registration: string | null;
}

/** The few xAPI resources the player uses, every request with the auth header and X-Experience-API-Version. */
export class XapiClient {
  readonly endpoint: string;
  constructor(
    endpoint: string,
    /** Full header value, e.g. `Basic dXNlcjpwYXNz`. */
    private readonly authorization: string,
    private readonly fetchFn: FetchLike,
  ) {
    this.endpoint = normalizeEndpoint(endpoint);
  }

  private headers(json: boolean): Record<string, string> {
    return {
      Authorization: this.authorization,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  private url(resource: string, params: Record<string, string | null>): string {
    const q = Object.entries(params)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    return `${this.endpoint}${resource}${q ? `?${q}` : ''}`;
  }

  /** POST statements in order; throws with the status so callers can retry (network, 5xx) or give up (4xx). */
  async sendStatements(statements: XapiStatement[], keepalive = false): Promise<void> {
    const res = await this.fetchFn(this.url('statements', {}), {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify(statements),
      keepalive,
    });
    // 409: the LRS already has these ids (a retry after a lost response) — done.
    if (!res.ok && res.status !== 409) throw new XapiHttpError(res.status, await res.text().catch(() => ''));
  }

  private stateParams(key: StateKey, stateId: string) {
    return {
      activityId: key.activityId,
      agent: JSON.stringify(key.agent),
      registration: key.registration,
      stateId,
    };
  }

  /** A JSON document, or null when there is none (404). */
  async getDocument(
    resource: 'activities/state' | 'agents/profile',
    params: Record<string, string | null>,
  ): Promise<unknown> {
    const res = await this.fetchFn(this.url(resource, params), { method: 'GET', headers: this.headers(false) });
    if (res.status === 404) return null;
    if (!res.ok) throw new XapiHttpError(res.status, await res.text().catch(() => ''));
    const body = await res.text();
    return body ? (JSON.parse(body) as unknown) : null;
  }

  getState(key: StateKey, stateId: string): Promise<unknown> {
    return this.getDocument('activities/state', this.stateParams(key, stateId));
  }

  async putState(key: StateKey, stateId: string, doc: unknown, keepalive = false): Promise<void> {
    const res = await this.fetchFn(this.url('activities/state', this.stateParams(key, stateId)), {
      method: 'PUT',
      headers: this.headers(true),
      body: JSON.stringify(doc),
      keepalive,
    });
    if (!res.ok) throw new XapiHttpError(res.status, await res.text().catch(() => ''));
  }

  getAgentProfile(agent: unknown, profileId: string): Promise<unknown> {
    return this.getDocument('agents/profile', { agent: JSON.stringify(agent), profileId });
  }
}

export class XapiHttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`LRS answered ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}
