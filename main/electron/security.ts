import { app, BrowserWindow, dialog, shell, type Session, type WebContents, type WebFrameMain } from 'electron';
import {
  decideNavigation,
  decideTopNavigation,
  externalLinkPrompt,
  isAllowedExternalUrl,
} from '../security/navigation';

/**
 * Locks down every webContents (present and future) and the session: the window only ever shows
 * app:// pages, new windows are refused (https links open in the user's browser after asking), <webview> is
 * refused, frames may not navigate the window, and every permission request/check is denied. Decisions live in
 * main/security/ (tested).
 */
export function installAppSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

interface NavigationEvent {
  url: string;
  isMainFrame?: boolean;
  initiator?: WebFrameMain | null;
  preventDefault(): void;
}

export function hardenWebContents(contents: WebContents): void {
  const act = (event: NavigationEvent, decision: ReturnType<typeof decideNavigation>) => {
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void confirmOpenExternal(contents, event.url);
  };
  /** Started by a frame other than the window's own page (package content, a preview): `top.location = …`. */
  const bySubframe = (event: NavigationEvent) => !!event.initiator && !sameFrame(event.initiator, contents.mainFrame);
  contents.on('will-navigate', (event) => act(event, decideTopNavigation(event.url, bySubframe(event))));
  // Fires for every frame; only top-frame navigations started from inside a frame are ours to refuse here
  // (frames navigating themselves stay within the app's CSP frame-src).
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && bySubframe(event)) act(event, 'deny');
  });
  // Redirects inside frames (an embed block's page moving to its www. host) are held by the framing document's CSP
  // frame-src, which Chromium checks again on each redirect; only the window's own page is decided here.
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame !== false) act(event, decideNavigation(event.url));
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void confirmOpenExternal(contents, url);
    return { action: 'deny' };
  });
}

/** WebFrameMain wrappers may differ per event: a frame is known by its process and routing ids. */
function sameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * Asks before handing a link to the user's browser: links reach here from course and package content, which the
 * user did not write. Only https URLs are ever offered (checked again at the call).
 */
export async function confirmOpenExternal(contents: WebContents, url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) return;
  const prompt = externalLinkPrompt(url);
  const options = { type: 'question' as const, ...prompt, defaultId: 1, cancelId: 1, noLink: true };
  const owner = BrowserWindow.fromWebContents(contents);
  try {
    const { response } = await (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
    if (response === 0) openExternalSafely(url);
  } catch (e) {
    console.error('[shell] could not ask before opening a link:', e);
  }
}

/** shell.openExternal only ever sees https URLs (checked again here, right at the call). */
export function openExternalSafely(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((e: unknown) => console.error('[shell] openExternal failed:', e));
}
