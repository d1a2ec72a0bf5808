import { APP_HOST, APP_SCHEME } from '../../shared/contract/api';

/** What the IPC handler knows about who sent a message (from Electron's `event.senderFrame`). */
export interface IpcSender {
  /** True only for the top-level frame of the window (never an iframe). */
  readonly isMainFrame: boolean;
  /** URL of the sending frame. */
  readonly url: string;
}

/** True when `url` is a page of the app itself: `app://coursewright/...`. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.hostname === APP_HOST &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** An IPC message is trusted only from the app's own top frame; anything else gets FORBIDDEN. */
export function isTrustedSender(sender: IpcSender | null | undefined): boolean {
  return sender != null && sender.isMainFrame === true && isAppUrl(sender.url);
}
