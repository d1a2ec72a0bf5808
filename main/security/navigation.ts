import { isAppUrl } from './trusted-sender';

/**
 * Navigation policy for the Electron shell: the window may only show app:// pages; links to the
 * web open in the user's browser, and only over https (no file:, javascript:, custom schemes that
 * could launch local handlers, or plain http).
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** What to do when a page tries to navigate (or open a window) to `url`. */
export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'open-external';
  return 'deny';
}
