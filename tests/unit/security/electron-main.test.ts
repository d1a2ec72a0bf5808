import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../../shared';

// Boots main/electron/main.ts against a recording mock of Electron (no binary here) and checks the
// wiring order and settings that matter for security; the pieces themselves have their own tests.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-main-'));
const calls = vi.hoisted(() => [] as string[]);
const m = vi.hoisted(() => {
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{ options: Record<string, unknown>; url: string | null }> = [];
  return {
    ready,
    readyPromise,
    appListeners,
    windows,
    ipcHandlers: new Map<string, unknown>(),
    schemes: [] as string[],
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    webContents = { getURL: () => 'app://coursewright/index.html', send: vi.fn(), once: vi.fn() };
    private record: { options: Record<string, unknown>; url: string | null };
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      this.record = { options, url: null };
      m.windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
  }
  return {
    app: {
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      whenReady: () => m.readyPromise,
      on: (event: string, listener: (...args: unknown[]) => void) => m.appListeners.set(event, listener),
      getPath: (name: string) => (name === 'appData' ? path.join(tmp, 'appData') : path.join(tmp, name)),
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
      isPackaged: true,
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (list: Array<{ scheme: string }>) => {
        calls.push('registerSchemesAsPrivileged');
        m.schemes.push(...list.map((s) => s.scheme));
      },
      handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
    },
    ipcMain: {
      handle: (channel: string, h: unknown) => (calls.push(`ipcMain.handle:${channel}`), m.ipcHandlers.set(channel, h)),
      removeHandler: vi.fn(),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn((title: string, body: string) => calls.push(`error:${title}:${body}`)) },
    shell: { openExternal: vi.fn() },
  };
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('Electron main entry', () => {
  it('hardens before ready, opens the library, then wires protocols, IPC and a locked-down window', async () => {
    vi.stubEnv('COURSEWRIGHT_LIBRARY', path.join(tmp, 'library'));
    await import('../../../main/electron/main');
    expect(calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
    expect(m.schemes.sort()).toEqual(['app', 'cwcontent', 'media']);
    expect(m.windows).toHaveLength(0);

    m.ready();
    await vi.waitFor(() => expect(m.windows).toHaveLength(1), { timeout: 20_000 });
    expect(calls.filter((c) => c.startsWith('error:'))).toEqual([]);
    expect(calls).toEqual(
      expect.arrayContaining([
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'protocol.handle:app',
        'protocol.handle:media',
        `ipcMain.handle:${IPC_INVOKE_CHANNEL}`,
      ]),
    );
    expect(calls.indexOf('setPermissionRequestHandler')).toBeLessThan(calls.indexOf('new BrowserWindow'));
    const win = m.windows[0];
    expect(win?.url).toBe('app://coursewright/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((win?.options.webPreferences as { preload: string }).preload)).toMatch(
      /[\\/]preload[\\/]index\.cjs$/,
    );
    expect(fs.existsSync(path.join(tmp, 'library', 'library.sqlite'))).toBe(true);
    expect(m.appListeners.has('web-contents-created')).toBe(true);

    // Quitting closes the library first, then quits for real.
    const event = { preventDefault: vi.fn() };
    m.appListeners.get('will-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(calls).toContain('quit'));
    m.appListeners.get('will-quit')?.({ preventDefault: vi.fn() }); // second pass: nothing left to close
  });
});
