import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  authenticate,
  generateToken,
  hasMediaKey,
  mediaKeyFor,
  protocolToken,
  tokensEqual,
} from '../../../main/host/auth';
import { deriveMediaKey } from '../../../renderer/src/api/host-session';

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

  it('reads the token offered as a WebSocket subprotocol, tolerantly', () => {
    expect(protocolToken('coursewright, cw-token.abc')).toBe('abc');
    expect(protocolToken('cw-token.abc,coursewright')).toBe('abc');
    expect(protocolToken('coursewright')).toBeNull();
    expect(protocolToken(undefined)).toBeNull();
    expect(protocolToken('x'.repeat(5000))).toBeNull();
  });

  it('accepts the token from the query, a Bearer header or a WebSocket subprotocol, never from a cookie', () => {
    const t = generateToken();
    const url = (q = '') => new URL(`http://127.0.0.1/${q}`);
    expect(authenticate(req({}), url(`?token=${t}`), t)).toEqual({ ok: true, source: 'query' });
    expect(authenticate(req({ authorization: `Bearer ${t}` }), url(), t)).toEqual({ ok: true, source: 'bearer' });
    expect(authenticate(req({ 'sec-websocket-protocol': `coursewright, cw-token.${t}` }), url(), t)).toEqual({
      ok: true,
      source: 'protocol',
    });
    expect(authenticate(req({ cookie: `cw_token=${t}` }), url(), t)).toEqual({ ok: false, source: null });
    expect(authenticate(req({ authorization: `Basic ${t}` }), url(), t).ok).toBe(false);
    expect(authenticate(req({}), url('?token='), t).ok).toBe(false);
    expect(authenticate(req({}), url(), t)).toEqual({ ok: false, source: null });
  });

  it('derives the media key the same way on the host (node:crypto) and in the page (WebCrypto)', async () => {
    const t = generateToken();
    const key = mediaKeyFor(t);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toBe(t);
    expect(await deriveMediaKey(t)).toBe(key);
    expect(hasMediaKey(new URL(`http://127.0.0.1/media/x?key=${key}`), t)).toBe(true);
    expect(hasMediaKey(new URL(`http://127.0.0.1/media/x?key=${t}`), t)).toBe(false);
    expect(hasMediaKey(new URL(`http://127.0.0.1/media/x?key=${mediaKeyFor(generateToken())}`), t)).toBe(false);
  });
});
