import {
  err,
  events,
  HOST_MEDIA_PREFIX,
  isEventName,
  MEDIA_KEY_QUERY,
  type AppErrorShape,
  type ChannelName,
  type CoursewrightApi,
  type EventName,
  type Result,
  type WireRequest,
} from '../../../shared';

/** The part of the DOM WebSocket we use, so tests can pass Node's `ws` client. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: never) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: never) => void) | null;
  onerror: ((ev: never) => void) | null;
}

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

interface BrowserApiOptions {
  /** `ws(s)://host/api/ws`. */
  url: string;
  /** WebSocket subprotocols to offer (the browser host's session token rides in one). */
  protocols?: readonly string[];
  createSocket?: (url: string, protocols: readonly string[]) => SocketLike;
  /** Appended to media URLs (`?key=`): the browser fetches `src` without headers. */
  mediaKey?: string;
  /** Reconnect delays: doubles from `initialMs` up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number };
}

/** The contract over the browser host's WebSocket, plus connection state for the UI. */
export interface BrowserApi extends CoursewrightApi {
  readonly connectionState: ConnectionState;
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
  /** Stops reconnecting and fails whatever is still pending. */
  close(): void;
}

const OPEN = 1;
type Resolve = (result: Result<unknown>) => void;
type Listener = (payload: unknown) => void;

export const CONNECTION_LOST: AppErrorShape = {
  code: 'IO',
  message: 'The connection to Coursewright was lost before the request finished. Check the result and try again.',
};
export const NOT_CONNECTED: AppErrorShape = {
  code: 'IO',
  message: 'Cannot reach Coursewright. Is `coursewright serve` still running? Retrying…',
};

export function createBrowserApi(options: BrowserApiOptions): BrowserApi {
  const createSocket =
    options.createSocket ??
    ((url: string, protocols: readonly string[]) => new WebSocket(url, [...protocols]) as unknown as SocketLike);
  const protocols = options.protocols ?? [];
  const mediaQuery = options.mediaKey ? `?${MEDIA_KEY_QUERY}=${encodeURIComponent(options.mediaKey)}` : '';
  const backoff = options.backoff ?? { initialMs: 250, maxMs: 5000 };
  const pending = new Map<number, Resolve>();
  /** Requests written to the current socket; only these are lost when it closes. */
  const inFlight = new Set<number>();
  /** Requests made while not connected, sent on open (in order). */
  let queue: WireRequest[] = [];
  const listeners = new Map<EventName, Set<Listener>>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let socket: SocketLike | null = null;
  let nextId = 1;
  let attempt = 0;
  let everOpened = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const l of stateListeners) l(next);
  };

  const settle = (id: number, result: Result<unknown>) => {
    const resolve = pending.get(id);
    pending.delete(id);
    inFlight.delete(id);
    resolve?.(result);
  };

  const dispatchEvent = (name: EventName, payload: unknown) => {
    for (const l of listeners.get(name) ?? []) l(payload);
  };

  const send = (s: SocketLike, request: WireRequest) => {
    inFlight.add(request.id);
    s.send(JSON.stringify(request));
  };

  const onMessage = (data: unknown) => {
    let message: unknown;
    try {
      message = JSON.parse(typeof data === 'string' ? data : String(data));
    } catch {
      return; // Not ours to crash over: the host only sends JSON.
    }
    if (!isRecord(message)) return;
    if (typeof message.event === 'string') {
      if (!isEventName(message.event)) return;
      const parsed = events[message.event].safeParse(message.payload);
      if (parsed.success) dispatchEvent(message.event, parsed.data);
      return;
    }
    if (typeof message.id === 'number' && pending.has(message.id)) {
      settle(message.id, isResult(message.result) ? message.result : malformed());
    }
  };

  const connect = () => {
    timer = undefined;
    setState(everOpened ? 'reconnecting' : 'connecting');
    const s = createSocket(options.url, protocols);
    socket = s;
    s.onopen = () => {
      attempt = 0;
      const reconnected = everOpened;
      everOpened = true;
      setState('open');
      const toSend = queue;
      queue = [];
      for (const request of toSend) send(s, request);
      // Events may have been missed while disconnected: tell listeners to refresh.
      if (reconnected) dispatchEvent('library.changed', { courseId: null, reason: 'reconnected' });
    };
    s.onmessage = (ev) => onMessage(ev.data);
    s.onerror = () => {
      /* onclose follows and handles it */
    };
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      for (const id of [...inFlight]) settle(id, { ok: false, error: CONNECTION_LOST });
      if (state === 'closed') return;
      // A failed attempt: queued calls should not hang while we retry.
      for (const request of queue) settle(request.id, { ok: false, error: NOT_CONNECTED });
      queue = [];
      scheduleReconnect();
    };
  };

  const scheduleReconnect = () => {
    setState('reconnecting');
    const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt);
    attempt += 1;
    timer = setTimeout(connect, delay * (0.8 + Math.random() * 0.4));
  };

  connect();

  return {
    get connectionState() {
      return state;
    },
    invoke(channel: ChannelName, input: unknown) {
      return new Promise<Result<unknown>>((resolve) => {
        if (state === 'closed') return resolve({ ok: false, error: NOT_CONNECTED });
        const request: WireRequest = { id: nextId++, channel, input };
        pending.set(request.id, resolve);
        try {
          if (socket && socket.readyState === OPEN) send(socket, request);
          else queue.push(request);
        } catch (e) {
          settle(request.id, err('VALIDATION', `Could not send ${channel}: ${(e as Error).message}`));
        }
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      const l = listener as Listener;
      set.add(l);
      return () => set.delete(l);
    },
    mediaUrl(assetId) {
      return `${HOST_MEDIA_PREFIX}${encodeURIComponent(assetId)}${mediaQuery}`;
    },
    onConnectionChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {
      setState('closed');
      clearTimeout(timer);
      for (const id of [...pending.keys()]) settle(id, { ok: false, error: NOT_CONNECTED });
      queue = [];
      socket?.close(1000, 'client closed');
      socket = null;
    },
  } as BrowserApi;
}

/** True for the browser-host client (it has a connection that can drop); false for Electron's preload API. */
export function isBrowserApi(api: CoursewrightApi): api is BrowserApi {
  return typeof (api as Partial<BrowserApi>).onConnectionChange === 'function';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isResult(v: unknown): v is Result<unknown> {
  if (!isRecord(v)) return false;
  if (v.ok === true) return 'value' in v;
  return v.ok === false && isRecord(v.error) && typeof v.error.code === 'string' && typeof v.error.message === 'string';
}

function malformed(): Result<unknown> {
  return err('INTERNAL', 'The host sent a malformed response.');
}
