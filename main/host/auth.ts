import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { MEDIA_KEY_INFO, MEDIA_KEY_QUERY, TOKEN_QUERY, WS_TOKEN_PROTOCOL_PREFIX } from '../../shared/contract/wire';

/** A fresh per-run secret: 32 random bytes, base64url (43 characters). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so the comparison never leaks the
 * token's length and timingSafeEqual always gets equal-length buffers.
 */
export function tokensEqual(candidate: string | null | undefined, token: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 1024) return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(a, b);
}

type TokenSource = 'query' | 'bearer' | 'protocol';

interface AuthResult {
  readonly ok: boolean;
  /** Where the valid token came from. */
  readonly source: TokenSource | null;
}

/**
 * Checks every place a client may put the token; any one valid copy is enough. Deliberately no cookie: a cookie
 * for 127.0.0.1 goes to every port, i.e. to every other local service the page loads anything from.
 */
export function authenticate(req: IncomingMessage, url: URL, token: string): AuthResult {
  if (tokensEqual(url.searchParams.get(TOKEN_QUERY), token)) return { ok: true, source: 'query' };
  const authz = req.headers.authorization;
  if (typeof authz === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authz);
    if (match && tokensEqual(match[1], token)) return { ok: true, source: 'bearer' };
  }
  if (tokensEqual(protocolToken(req.headers['sec-websocket-protocol']), token)) return { ok: true, source: 'protocol' };
  return { ok: false, source: null };
}

/** The token a browser WebSocket offers as the subprotocol `cw-token.<token>` (null when none). */
export function protocolToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header.length > 4096) return null;
  for (const part of header.split(',')) {
    const p = part.trim();
    if (p.startsWith(WS_TOKEN_PROTOCOL_PREFIX)) return p.slice(WS_TOKEN_PROTOCOL_PREFIX.length);
  }
  return null;
}

/**
 * The media key: what `<img src>`/`<video src>` URLs carry instead of the token, since the browser fetches them
 * without headers. It is derived from the token (the page computes the same with WebCrypto) and opens
 * `GET /media/<id>` only: a media URL copied or left in history reveals no API access.
 */
export function mediaKeyFor(token: string): string {
  return createHmac('sha256', token).update(MEDIA_KEY_INFO, 'utf8').digest('base64url');
}

/** True when `url` carries this run's media key. */
export function hasMediaKey(url: URL, token: string): boolean {
  return tokensEqual(url.searchParams.get(MEDIA_KEY_QUERY), mediaKeyFor(token));
}
