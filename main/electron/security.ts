import { app, shell, type Session, type WebContents } from 'electron';
import { decideNavigation, isAllowedExternalUrl } from '../security/navigation';

/**
 * Locks down every webContents (present and future) and the session: the window only ever shows
 * app:// pages, new windows are refused (https links open in the user's browser), <webview> is
 * refused and every permission request/check is denied. Decisions live in main/security/ (tested).
 */
export function installAppSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenWebContents(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalSafely(url);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** shell.openExternal only ever sees https URLs (checked again here, right at the call). */
export function openExternalSafely(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((e: unknown) => console.error('[shell] openExternal failed:', e));
}
