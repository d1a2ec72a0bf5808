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

type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** What to do when a page tries to navigate (or open a window) to `url`. */
export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'open-external';
  return 'deny';
}

/**
 * A navigation of the window's top frame: `initiatedBySubframe` when a frame inside it (package content, a
 * preview) started it, e.g. `top.location = …` after a click. Those are always denied, even to app pages: framed
 * third-party content never decides what the app window shows. Other top navigations follow `decideNavigation`.
 */
export function decideTopNavigation(url: unknown, initiatedBySubframe: boolean): NavigationDecision {
  return initiatedBySubframe ? 'deny' : decideNavigation(url);
}

/** What the confirmation before opening a link in the user's browser says. */
export function externalLinkPrompt(url: string): { message: string; detail: string; buttons: [string, string] } {
  return {
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nIt comes from the course or package content you are viewing. Open it only if you trust it.`,
    buttons: ['Open in browser', 'Cancel'],
  };
}
