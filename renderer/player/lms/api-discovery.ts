import { API_DISCOVERY_MAX_HOPS, SCORM12_API_NAME, SCORM2004_API_NAME } from '../../../shared/scorm/constants';
import { isScorm12Api, isScorm2004Api, type Scorm12Api, type Scorm2004Api } from './scorm-api';

/** The parts of a window the discovery walks; tests use plain objects `{ parent, opener, API }`. */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  [name: string]: unknown;
}

type ScormVersion = '1.2' | '2004';

/** Cross-origin frames throw on property access: treat them as having nothing. */
function read(win: FrameLike, key: string): unknown {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** ADL's scanForAPI: look in `win`, then up its parent chain, at most `maxHops` hops. Also returns the topmost window reached. */
function scan(
  start: FrameLike,
  name: string,
  accept: (v: unknown) => boolean,
  maxHops: number,
): { api: unknown; top: FrameLike } {
  let win: FrameLike = start;
  for (let hops = 0; hops <= maxHops; hops++) {
    const candidate = read(win, name);
    if (accept(candidate)) return { api: candidate, top: win };
    const parent = read(win, 'parent') as FrameLike | null | undefined;
    if (!parent || parent === win) break;
    win = parent;
  }
  return { api: null, top: win };
}

/**
 * The standard discovery (ADL's GetAPI): the window and its parent chain, then the opener (of the
 * window, or of its top window) and its parent chain; bounded. Only the API of `version` is looked for: a SCORM 1.2 package never binds to
 * API_1484_11 and vice versa.
 */
export function findScormApi(win: FrameLike, version: '1.2', maxHops?: number): Scorm12Api | null;
export function findScormApi(win: FrameLike, version: '2004', maxHops?: number): Scorm2004Api | null;
export function findScormApi(win: FrameLike, version: ScormVersion, maxHops = API_DISCOVERY_MAX_HOPS): unknown {
  const name = version === '1.2' ? SCORM12_API_NAME : SCORM2004_API_NAME;
  const accept = version === '1.2' ? isScorm12Api : isScorm2004Api;
  const own = scan(win, name, accept, maxHops);
  if (own.api) return own.api;
  // The opener of this window, or of its top window when the content sits in a frame of a pop-up.
  for (const w of new Set([win, own.top])) {
    const opener = read(w, 'opener') as FrameLike | null | undefined;
    const found = opener ? scan(opener, name, accept, maxHops).api : null;
    if (found) return found;
  }
  return null;
}
