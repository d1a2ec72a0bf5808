import type { Result } from '../result';
import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { EventName, EventPayload } from './events';

/**
 * The one API object the renderer sees, whether it runs in Electron (exposed by the preload)
 * or in a browser through the loopback host (a WebSocket/HTTP client). Calls never throw for
 * application errors: they resolve to a Result.
 */
export interface CoursewrightApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** URL the renderer can put in src= for a library asset (media:// in Electron, /media/ in the browser host). */
  mediaUrl(assetId: string): string;
  /**
   * Electron only (the browser client omits it): the file-system path of a File dropped from the desktop,
   * or null when it has none (built in JS, not a File). Media import then reads the file where it is.
   */
  pathForFile?(file: DroppedFile): string | null;
}

/** A DOM `File` as far as shared/ can name it (no DOM types here); a real File satisfies it. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** Electron serves library media from this privileged scheme: `media://asset/<assetId>`. */
export const MEDIA_SCHEME = 'media';
/** Electron serves the built renderer from this scheme: `app://coursewright/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coursewright';
/** Browser host path prefix for library media: `/media/<assetId>`. */
export const HOST_MEDIA_PREFIX = '/media/';

/** Electron IPC channel names used on the wire (one for calls, one prefix for events). */
export const IPC_INVOKE_CHANNEL = 'coursewright:invoke';
export const IPC_EVENT_PREFIX = 'coursewright:event:';

/** Name of the global the preload exposes through contextBridge. */
export const API_GLOBAL = 'coursewright';
