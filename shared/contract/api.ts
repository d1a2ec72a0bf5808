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
}

/** Electron IPC channel names used on the wire (one for calls, one prefix for events). */
export const IPC_INVOKE_CHANNEL = 'coursewright:invoke';
export const IPC_EVENT_PREFIX = 'coursewright:event:';

/** Name of the global the preload exposes through contextBridge. */
export const API_GLOBAL = 'coursewright';
