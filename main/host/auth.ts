import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_COOKIE, TOKEN_QUERY } from '../../shared/contract/wire';

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

export type TokenSource = 'query' | 'cookie' | 'bearer';

export interface AuthResult {
  readonly ok: boolean;
  /** Where the valid token came from: a query token makes the host set the cookie. */
  readonly source: TokenSource | null;
}

/** Checks every place a client may put the token; any one valid copy is enough. */
export function authenticate(req: IncomingMessage, url: URL, token: string): AuthResult {
  if (tokensEqual(url.searchParams.get(TOKEN_QUERY), token)) return { ok: true, source: 'query' };
  if (tokensEqual(readCookie(req.headers.cookie, TOKEN_COOKIE), token)) return { ok: true, source: 'cookie' };
  const authz = req.headers.authorization;
  if (typeof authz === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authz);
    if (match && tokensEqual(match[1], token)) return { ok: true, source: 'bearer' };
  }
  return { ok: false, source: null };
}

/** Reads one cookie value from a Cookie header; tolerant of junk (returns null). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (typeof header !== 'string' || header.length > 16384) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** HttpOnly so page scripts never see it; SameSite=Strict so other sites cannot ride on it. */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
