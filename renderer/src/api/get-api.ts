import { WS_PATH, type CoursewrightApi } from '../../../shared';
import { createBrowserApi } from './browser-api';
import './window-api';

let cached: CoursewrightApi | undefined;

/**
 * The one API object the renderer uses. Under Electron the preload has exposed it; in a plain
 * browser (the loopback host) we build a WebSocket client implementing the same interface.
 */
export function getApi(): CoursewrightApi {
  cached ??= window.coursewright ?? createBrowserApi({ url: defaultSocketUrl(window.location) });
  return cached;
}

/** `ws(s)://<same host>/api/ws`: the host's cookie (set on first load) authenticates the upgrade. */
export function defaultSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}`;
}
