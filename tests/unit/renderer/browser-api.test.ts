import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import {
  CONNECTION_LOST,
  createBrowserApi,
  NOT_CONNECTED,
  type BrowserApi,
  type SocketLike,
} from '../../../renderer/src/api/browser-api';
import { defaultSocketUrl } from '../../../renderer/src/api/get-api';

const TOKEN = 'renderer-browser-api-test-token';

/** The renderer's WebSocket client against the real browser host (router, SQLite library, auth). */
describe('browser API client over the real browser host', () => {
  let dir: string;
  let context: AppContext;
  let host: BrowserHost;
  let api: BrowserApi | undefined;

  const start = async (port = 0) => startBrowserHost({ context, staticDir: dir, port, token: TOKEN });
  const connect = (token = TOKEN) =>
    createBrowserApi({
      url: `ws://127.0.0.1:${host.port}/api/ws`,
      backoff: { initialMs: 20, maxMs: 100 },
      // Node's `ws` stands in for the browser's WebSocket; a browser sends the cookie and Origin itself.
      createSocket: (url) =>
        new WebSocket(url, {
          headers: { Authorization: `Bearer ${token}` },
          origin: host.origin,
        }) as unknown as SocketLike,
    });

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-browser-api-'));
    context = await createAppContext({ libraryDir: dir, host: 'browser' });
    host = await start();
  });
  afterEach(async () => {
    api?.close();
    api = undefined;
    await host.close();
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('invokes channels and resolves each response to its own request', async () => {
    api = connect();
    const [list, info, bad] = await Promise.all([
      api.invoke('courses.list', {}),
      api.invoke('app.info', {}),
      api.invoke('courses.create', { title: '' }),
    ]);
    expect(list.ok && list.value.map((c) => c.title)).toEqual(['Asynchronous Learning 101']);
    expect(info.ok && info.value.host).toBe('browser');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(api.connectionState).toBe('open');

    const many = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api!.invoke('courses.create', { title: `Course ${i}` })),
    );
    expect(many.map((r) => r.ok && r.value.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Course ${i}`));
  });

  it('dispatches library.changed events to listeners until they unsubscribe', async () => {
    api = connect();
    const listener = vi.fn();
    const off = api.on('library.changed', listener);
    const created = await api.invoke('courses.create', { title: 'Evented' });
    if (!created.ok) throw new Error(created.error.message);
    await vi.waitFor(() =>
      expect(listener).toHaveBeenCalledWith({ courseId: created.value.id, reason: 'courses.create' }),
    );
    off();
    listener.mockClear();
    // A listener still subscribed is the barrier: once it heard the event, the removed one would have too.
    const witness = vi.fn();
    const offWitness = api.on('library.changed', witness);
    const unheard = await api.invoke('courses.create', { title: 'Unheard' });
    if (!unheard.ok) throw new Error(unheard.error.message);
    await vi.waitFor(() =>
      expect(witness).toHaveBeenCalledWith({ courseId: unheard.value.id, reason: 'courses.create' }),
    );
    offWitness();
    expect(listener).not.toHaveBeenCalled();
  });

  it('fails calls clearly while the host is down, reconnects, and asks listeners to refresh', async () => {
    api = connect();
    const states: string[] = [];
    api.onConnectionChange((s) => states.push(s));
    const changed = vi.fn();
    api.on('library.changed', changed);
    expect((await api.invoke('courses.list', {})).ok).toBe(true);

    const port = host.port;
    await host.close();
    await vi.waitFor(() => expect(api!.connectionState).toBe('reconnecting'));
    expect(await api.invoke('courses.list', {})).toEqual({ ok: false, error: NOT_CONNECTED });

    host = await start(port);
    await vi.waitFor(() => expect(api!.connectionState).toBe('open'), { timeout: 5000 });
    expect(changed).toHaveBeenCalledWith({ courseId: null, reason: 'reconnected' });
    expect((await api.invoke('courses.list', {})).ok).toBe(true);
    expect(states).toEqual(['open', 'reconnecting', 'open']);
  });

  it('a request cut off by a dropped connection resolves with CONNECTION_LOST', async () => {
    api = connect();
    expect((await api.invoke('courses.list', {})).ok).toBe(true);
    // Hold the router so the request is in flight when the host goes away.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const dispatch = context.router.dispatch.bind(context.router);
    let arrived!: () => void;
    const inFlight = new Promise<void>((r) => (arrived = r));
    context.router.dispatch = async (...args) => {
      arrived();
      await gate;
      return dispatch(...args);
    };
    const pending = api.invoke('courses.list', {});
    await inFlight;
    const closing = host.close();
    expect(await pending).toEqual({ ok: false, error: CONNECTION_LOST });
    release();
    await closing;
  });

  it('a wrong token never connects: calls fail instead of hanging', async () => {
    api = connect('wrong-token');
    expect(await api.invoke('courses.list', {})).toEqual({ ok: false, error: NOT_CONNECTED });
    expect(api.connectionState).not.toBe('open');
  });

  it('close() fails pending calls and stops reconnecting; mediaUrl and the socket URL follow the host', async () => {
    api = connect();
    api.close();
    expect(api.connectionState).toBe('closed');
    expect(await api.invoke('courses.list', {})).toEqual({ ok: false, error: NOT_CONNECTED });
    expect(api.mediaUrl('0b8c2a52-1a2b-4c3d-8e9f-001122334455')).toBe('/media/0b8c2a52-1a2b-4c3d-8e9f-001122334455');
    expect(api.mediaUrl('../x')).toBe('/media/..%2Fx');
    expect(defaultSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/api/ws');
    expect(defaultSocketUrl({ protocol: 'https:', host: 'example.org' })).toBe('wss://example.org/api/ws');
  });
});
