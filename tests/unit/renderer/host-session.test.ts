import { describe, expect, it } from 'vitest';
import { mediaKeyFor } from '../../../main/host/auth';
import {
  forgetHostSession,
  socketProtocols,
  startHostSession,
  TOKEN_STORAGE_KEY,
} from '../../../renderer/src/api/host-session';

/** A window as far as the session uses it: location, history.replaceState and sessionStorage. */
function fakeWindow(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const win = {
    location: { href },
    history: {
      state: { keep: true },
      replaceState: (_state: unknown, _title: string, url: string) => {
        replaced.push(url);
        win.location.href = new URL(url, href).href;
      },
    },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
  };
  return { win: win as unknown as Window, storage, replaced };
}

describe('browser host session', () => {
  it('takes the token from the URL once, keeps the route and other parameters, and stores it for this tab', async () => {
    const { win, storage, replaced } = fakeWindow('http://127.0.0.1:4000/?lang=fr&token=abc123#/courses/x');
    const session = await startHostSession(win);
    expect(session).toEqual({ token: 'abc123', mediaKey: mediaKeyFor('abc123') });
    expect(replaced).toEqual(['/?lang=fr#/courses/x']);
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(socketProtocols(session!)).toEqual(['coursewright', 'cw-token.abc123']);
  });

  it('uses the stored token when the URL has none (a reload), and touches no history', async () => {
    const { win, replaced } = fakeWindow('http://127.0.0.1:4000/#/learn', { [TOKEN_STORAGE_KEY]: 'stored' });
    expect((await startHostSession(win))?.token).toBe('stored');
    expect(replaced).toEqual([]);
  });

  it('has no session without a token, and forgets a refused one', async () => {
    expect(await startHostSession(fakeWindow('http://127.0.0.1:4000/').win)).toBeNull();
    const { win, storage } = fakeWindow('http://127.0.0.1:4000/', { [TOKEN_STORAGE_KEY]: 'old' });
    forgetHostSession(win);
    expect(storage.has(TOKEN_STORAGE_KEY)).toBe(false);
  });
});
