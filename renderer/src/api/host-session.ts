import { MEDIA_KEY_INFO, TOKEN_QUERY, WS_PROTOCOL, WS_TOKEN_PROTOCOL_PREFIX } from '../../../shared';

/**
 * The browser host's session, without any cookie (a cookie for 127.0.0.1 reaches every port, so every other local
 * service the page loads from would receive it). The token arrives once in `?token=`; it is moved into
 * sessionStorage (per origin, port included, and per tab) and removed from the address bar and history. Calls
 * carry it as a header or a WebSocket subprotocol; media URLs carry the media key derived from it.
 */
interface HostSession {
  readonly token: string;
  /** base64url(HMAC-SHA256(token, MEDIA_KEY_INFO)): opens `/media/<id>` only. */
  readonly mediaKey: string;
}

export const TOKEN_STORAGE_KEY = 'coursewright.token';

let current: HostSession | null = null;

/** `Authorization` header value for requests to the host (uploads). */
export function authorizationHeader(): string | null {
  return current ? `Bearer ${current.token}` : null;
}

/** Subprotocols offered on the WebSocket: the host answers `coursewright` and never echoes the token. */
export function socketProtocols(session: HostSession): string[] {
  return [WS_PROTOCOL, `${WS_TOKEN_PROTOCOL_PREFIX}${session.token}`];
}

type SessionWindow = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/**
 * Reads the token (from the URL first, else this tab's sessionStorage), strips it from the URL with
 * `history.replaceState` (the hash route stays), and derives the media key. Null when the page has no token.
 */
export async function startHostSession(win: SessionWindow): Promise<HostSession | null> {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl !== null) {
    url.searchParams.delete(TOKEN_QUERY);
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  const token = fromUrl || readStored(win);
  if (!token) return null;
  try {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage disabled: this load still works, a reload will ask for the URL again.
  }
  current = { token, mediaKey: await deriveMediaKey(token) };
  return current;
}

/** Forgets a token the host refused (a stale tab from an earlier run). */
export function forgetHostSession(win: Pick<Window, 'sessionStorage'>): void {
  current = null;
  try {
    win.sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
}

function readStored(win: SessionWindow): string | null {
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Same derivation as the host's `mediaKeyFor` (main/host/auth.ts). */
export async function deriveMediaKey(token: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(MEDIA_KEY_INFO)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What a tab without a (valid) token shows instead of the app. */
export function showUnauthorized(doc: Document): void {
  const main = doc.createElement('main');
  const heading = doc.createElement('h1');
  heading.textContent = 'Unauthorized';
  const text = doc.createElement('p');
  text.textContent =
    'Open the URL printed by `coursewright serve` (it includes the access token). Each run has a new token.';
  main.append(heading, text);
  doc.body.replaceChildren(main);
}
