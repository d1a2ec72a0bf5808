import { events, isEventName, type EventName, type EventPayload } from '../../shared';

/** One event as delivered to subscribers (transports forward it as-is). */
export type HubEvent = { [E in EventName]: { readonly event: E; readonly payload: EventPayload<E> } }[EventName];
type HubListener = (event: HubEvent) => void;

export interface EventHub {
  /** Validates `payload` against the contract and delivers it to every subscriber. Never throws. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): boolean;
  /** Returns the unsubscribe function. */
  subscribe(listener: HubListener): () => void;
  /** Number of current subscribers (diagnostics, tests). */
  readonly size: number;
  clear(): void;
}

interface EventHubOptions {
  /** Invalid payloads and throwing listeners are reported here instead of failing the emitting write. */
  onError?: (message: string, error?: unknown) => void;
}

/**
 * Typed pub/sub between services and transports. A bad payload is a bug, but it must not turn an
 * already-committed write into an error for the caller, so emit reports it and drops the event.
 */
export function createEventHub(options: EventHubOptions = {}): EventHub {
  const listeners = new Set<HubListener>();
  const report = options.onError ?? ((message, error) => console.error(`[events] ${message}`, error ?? ''));
  return {
    emit(event, payload) {
      if (!isEventName(event)) {
        report(`unknown event ${String(event)}`);
        return false;
      }
      const parsed = events[event].safeParse(payload);
      if (!parsed.success) {
        report(`invalid payload for ${event}`, parsed.error);
        return false;
      }
      const message = { event, payload: parsed.data } as HubEvent;
      for (const listener of [...listeners]) {
        try {
          listener(message);
        } catch (e) {
          report(`listener for ${event} threw`, e);
        }
      }
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get size() {
      return listeners.size;
    },
    clear() {
      listeners.clear();
    },
  };
}
