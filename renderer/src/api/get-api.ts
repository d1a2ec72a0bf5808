import { INVOKE_PATH_PREFIX, WS_PATH, type CoursewrightApi } from '../../../shared';
import { createBrowserApi } from './browser-api';
import { forgetHostSession, socketProtocols, startHostSession } from './host-session';
import './window-api';

let cached: CoursewrightApi | undefined;

/**
 * The one API object the renderer uses. Under Electron the preload has exposed it; in a plain browser (the
 * loopback host) a WebSocket client implementing the same interface, authenticated by this tab's host session.
 * Null when the tab has no token, or the host refuses it (a tab left from an earlier run).
 */
export async function initApi(win: Window = window): Promise<CoursewrightApi | null> {
  if (cached) return cached;
  if (win.coursewright) return (cached = win.coursewright);
  const session = await startHostSession(win);
  if (!session || (await refused(session.token, win))) {
    forgetHostSession(win);
    return null;
  }
  cached = createBrowserApi({
    url: defaultSocketUrl(win.location),
    protocols: socketProtocols(session),
    mediaKey: session.mediaKey,
  });
  return cached;
}

/** One authenticated call before connecting: a 401 means the token is not this run's. Network errors are not. */
async function refused(token: string, win: Window): Promise<boolean> {
  try {
    const res = await win.fetch(`${INVOKE_PATH_PREFIX}app.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    return res.status === 401;
  } catch {
    return false; // The host may be restarting: the client reconnects and says so.
  }
}

/** `ws(s)://<same host>/api/ws`: the token rides in the offered subprotocols, never in the URL. */
export function defaultSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}`;
}
