import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../main/app/app-context';
import { createEventHub } from '../../../main/app/event-hub';
import type { Router } from '../../../main/ipc/router';
import { IPC_EVENT_PREFIX, IPC_INVOKE_CHANNEL } from '../../../shared';

// main/electron/ipc.ts against a recording mock of ipcMain/BrowserWindow (no Electron binary here).
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  windows: [] as Array<{ isDestroyed(): boolean; webContents: { getURL(): string; send: ReturnType<typeof vi.fn> } }>,
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, h),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  BrowserWindow: { getAllWindows: () => electron.windows },
}));
const { registerIpc } = await import('../../../main/electron/ipc');

const APP_URL = 'app://coursewright/index.html';

function setup() {
  const dispatch = vi.fn<Router['dispatch']>(async () => ({ ok: true, value: 'done' }));
  const events = createEventHub();
  const dispose = registerIpc({ router: { dispatch }, events } as unknown as AppContext);
  const handler = electron.handlers.get(IPC_INVOKE_CHANNEL);
  if (!handler) throw new Error('no invoke handler');
  return { dispatch, events, dispose, handler };
}

function ipcEvent(opts: { url: string; subframe?: boolean; noFrame?: boolean }) {
  const mainFrame = { parent: null, url: opts.url };
  const frame = opts.subframe ? { parent: mainFrame, url: opts.url } : mainFrame;
  return { senderFrame: opts.noFrame ? null : frame, sender: { mainFrame } };
}

describe('Electron IPC wiring', () => {
  it('dispatches calls from the app window through the router', async () => {
    const { dispatch, handler, dispose } = setup();
    expect(await handler(ipcEvent({ url: APP_URL }), 'courses.list', {})).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith(
      'courses.list',
      {},
      { host: 'electron', contentBase: 'cwcontent://coursewright' },
    );
    dispose();
    expect(electron.handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });

  it.each([
    ['a subframe', { url: APP_URL, subframe: true }],
    ['a foreign page', { url: 'https://example.com/' }],
    ['a destroyed frame', { url: APP_URL, noFrame: true }],
  ])('answers FORBIDDEN to %s without dispatching', async (_name, opts) => {
    const { dispatch, handler, dispose } = setup();
    expect(await handler(ipcEvent(opts), 'courses.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
    dispose();
  });

  it('forwards hub events to app windows only', () => {
    const app = { isDestroyed: () => false, webContents: { getURL: () => APP_URL, send: vi.fn() } };
    const foreign = { isDestroyed: () => false, webContents: { getURL: () => 'https://example.com/', send: vi.fn() } };
    const gone = { isDestroyed: () => true, webContents: { getURL: () => APP_URL, send: vi.fn() } };
    electron.windows.splice(0, electron.windows.length, app, foreign, gone);
    const { events, dispose } = setup();
    events.emit('library.changed', { courseId: null, reason: 'test' });
    expect(app.webContents.send).toHaveBeenCalledWith(`${IPC_EVENT_PREFIX}library.changed`, {
      courseId: null,
      reason: 'test',
    });
    expect(foreign.webContents.send).not.toHaveBeenCalled();
    expect(gone.webContents.send).not.toHaveBeenCalled();
    dispose();
    events.emit('library.changed', { courseId: null, reason: 'after' });
    expect(app.webContents.send).toHaveBeenCalledTimes(1);
  });
});
