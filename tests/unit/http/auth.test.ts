import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { authenticate, generateToken, readCookie, tokenCookie, tokensEqual } from '../../../main/host/auth';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('browser host token', () => {
  it('is 32 random bytes in base64url, different every run', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('compares exactly (any length, no prefix matches)', () => {
    const t = generateToken();
    expect(tokensEqual(t, t)).toBe(true);
    expect(tokensEqual(t.slice(0, -1), t)).toBe(false);
    expect(tokensEqual(`${t}x`, t)).toBe(false);
    expect(tokensEqual('', t)).toBe(false);
    expect(tokensEqual(null, t)).toBe(false);
    expect(tokensEqual(undefined, t)).toBe(false);
    expect(tokensEqual('x'.repeat(5000), t)).toBe(false);
  });

  it('reads cookies tolerantly', () => {
    expect(readCookie('a=1; cw_token=abc; b=2', 'cw_token')).toBe('abc');
    expect(readCookie('cw_token_x=abc', 'cw_token')).toBeNull();
    expect(readCookie('garbage;;;=', 'cw_token')).toBeNull();
    expect(readCookie(undefined, 'cw_token')).toBeNull();
  });

  it('accepts the token from the query, the cookie or a Bearer header', () => {
    const t = generateToken();
    const url = (q = '') => new URL(`http://127.0.0.1/${q}`);
    expect(authenticate(req({}), url(`?token=${t}`), t)).toEqual({ ok: true, source: 'query' });
    expect(authenticate(req({ cookie: `cw_token=${t}` }), url(), t)).toEqual({ ok: true, source: 'cookie' });
    expect(authenticate(req({ authorization: `Bearer ${t}` }), url(), t)).toEqual({ ok: true, source: 'bearer' });
    expect(authenticate(req({ authorization: `Basic ${t}` }), url(), t).ok).toBe(false);
    expect(authenticate(req({}), url('?token='), t).ok).toBe(false);
    expect(authenticate(req({}), url(), t)).toEqual({ ok: false, source: null });
  });

  it('sets an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(tokenCookie('abc')).toBe('cw_token=abc; HttpOnly; SameSite=Strict; Path=/');
  });
});
