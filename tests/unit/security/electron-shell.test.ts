import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// No Electron binary here: the shell modules are exercised against a recording mock of the API.
const electron = vi.hoisted(() => {
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    protocolHandlers,
    appListeners,
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
      registerSchemesAsPrivileged: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => {}) },
    // The user's answer to "Open this link in your web browser?": 0 opens, 1 cancels.
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) },
    BrowserWindow: { fromWebContents: () => null },
    app: { on: (event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener) },
  };
});
vi.mock('electron', () => ({
  protocol: electron.protocol,
  shell: electron.shell,
  app: electron.app,
  dialog: electron.dialog,
  BrowserWindow: electron.BrowserWindow,
}));

const { registerPrivilegedSchemes, registerProtocolHandlers } = await import('../../../main/electron/protocols');
const { hardenWebContents, installAppSecurity } = await import('../../../main/electron/security');
const { APP_CSP, MEDIA_CSP } = await import('../../../main/security/csp');
const { HOSTILE_SVG } = await import('../../fixtures/media/hostile-svg');
const { sanitizeSvg } = await import('../../../main/security/svg-sanitize');

const ASSET_ID = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
const SVG_ID = '4a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5c';
let tmp: string;
let bytes: Buffer;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-shell-'));
  fs.mkdirSync(path.join(tmp, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(tmp, 'renderer', 'assets', 'a.js'), 'export {}');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
  bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
  fs.writeFileSync(path.join(tmp, 'clip.mp4'), bytes);
  // An SVG as a library from before store-time sanitization may hold it.
  fs.writeFileSync(path.join(tmp, 'old.svg'), HOSTILE_SVG);
  const library = {
    assetFile: (id: string) =>
      id === ASSET_ID
        ? { path: path.join(tmp, 'clip.mp4'), mime: 'video/mp4', size: bytes.length }
        : id === SVG_ID
          ? { path: path.join(tmp, 'old.svg'), mime: 'image/svg+xml', size: HOSTILE_SVG.length }
          : null,
  };
  registerProtocolHandlers({ rendererDir: path.join(tmp, 'renderer'), library: library as never });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const request = (url: string, headers: Record<string, string> = {}) =>
  ({ url, method: 'GET', headers: new Headers(headers) }) as unknown as Request;
const fetchScheme = (scheme: 'app' | 'media', url: string, headers?: Record<string, string>) => {
  const handler = electron.protocolHandlers.get(scheme);
  if (!handler) throw new Error(`no ${scheme}: handler`);
  return handler(request(url, headers));
};

describe('privileged schemes', () => {
  it('registers app:, cwcontent: and media: as standard, secure, fetch- and stream-capable', () => {
    registerPrivilegedSchemes();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ];
    expect(schemes.map((s) => s.scheme).sort()).toEqual(['app', 'cwcontent', 'media']);
    for (const s of schemes) {
      expect(s.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
    }
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP on every response', async () => {
    const page = await fetchScheme('app', 'app://coursewright/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>app</title>');
    const missing = await fetchScheme('app', 'app://coursewright/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it.each([
    'app://coursewright/..%2fsecret.txt',
    'app://coursewright/%2e%2e/secret.txt',
    'app://coursewright/assets/..%2f..%2fsecret.txt',
    'app://coursewright/..%5csecret.txt',
    'app://other-host/index.html',
  ])('refuses %s', async (url) => {
    const r = await fetchScheme('app', url);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(await r.text()).not.toContain('SECRET');
  });
});

describe('media:// protocol', () => {
  it('serves a library asset by id, whole and by Range', async () => {
    const whole = await fetchScheme('media', `media://asset/${ASSET_ID}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await fetchScheme('media', `media://asset/${ASSET_ID}`, { Range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const bad = await fetchScheme('media', `media://asset/${ASSET_ID}`, { Range: 'bytes=5000-' });
    expect(bad.status).toBe(416);
  });

  it('sends the media CSP (sandbox) and nosniff, and only sanitized SVG', async () => {
    const clip = await fetchScheme('media', `media://asset/${ASSET_ID}`);
    expect(clip.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(clip.headers.get('x-content-type-options')).toBe('nosniff');
    const svg = await fetchScheme('media', `media://asset/${SVG_ID}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const body = await svg.text();
    expect(body).toBe(sanitizeSvg(HOSTILE_SVG));
    expect(body).not.toMatch(/script|onload/i);
  });

  it.each([
    ['media://asset/not-a-uuid', 400],
    ['media://asset/..%2F..%2Fsecret.txt', 400],
    ['media://other/' + ASSET_ID, 400],
    ['media://asset/0a4c8a36-6e0f-4a47-9d1c-6a4c3f2b1e00', 404],
  ])('refuses %s with %d', async (url, status) => {
    expect((await fetchScheme('media', url)).status).toBe(status);
  });
});

describe('window and session hardening', () => {
  type Listener = (event: {
    url?: string;
    isMainFrame?: boolean;
    initiator?: unknown;
    preventDefault: () => void;
  }) => void;
  let listeners: Map<string, Listener>;
  let openHandler: ((details: { url: string }) => { action: string }) | null;
  const mainFrame = { processId: 4, routingId: 1 };
  const packageFrame = { processId: 7, routingId: 3 };
  beforeEach(() => {
    electron.shell.openExternal.mockClear();
    electron.dialog.showMessageBox.mockClear();
    electron.dialog.showMessageBox.mockImplementation(async () => ({ response: 0, checkboxChecked: false }));
    listeners = new Map();
    openHandler = null;
    hardenWebContents({
      mainFrame,
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (h: typeof openHandler) => {
        openHandler = h;
      },
    } as never);
  });
  const navigate = (kind: string, url: string, extra: { isMainFrame?: boolean; initiator?: unknown } = {}) => {
    const event = { url, preventDefault: vi.fn(), ...extra };
    listeners.get(kind)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  /** Lets the (mocked) confirmation dialog answer. */
  const answered = () => new Promise((resolve) => setTimeout(resolve, 0));
  const opened = () => electron.shell.openExternal.mock.calls.map((c) => (c as unknown[])[0]);

  it('allows in-app navigation and blocks everything else', async () => {
    for (const kind of ['will-navigate', 'will-redirect']) {
      expect(navigate(kind, 'app://coursewright/index.html#/x')).toBe(false);
      expect(navigate(kind, 'file:///etc/passwd')).toBe(true);
      expect(navigate(kind, 'http://example.com/')).toBe(true);
      expect(navigate(kind, 'https://example.com/')).toBe(true);
    }
    await answered();
    expect(opened()).toEqual(['https://example.com/', 'https://example.com/']);
  });

  it('never lets a frame navigate the window, not even to an app page', async () => {
    const fromPackage = { isMainFrame: true, initiator: packageFrame };
    expect(navigate('will-navigate', 'app://coursewright/index.html#/x', fromPackage)).toBe(true);
    expect(navigate('will-navigate', 'https://evil.example/', fromPackage)).toBe(true);
    expect(navigate('will-frame-navigate', 'app://coursewright/index.html', fromPackage)).toBe(true);
    // The app's own page, and frames navigating themselves, are not affected here.
    expect(
      navigate('will-navigate', 'app://coursewright/index.html#/y', { isMainFrame: true, initiator: mainFrame }),
    ).toBe(false);
    expect(
      navigate('will-frame-navigate', 'cwcontent://coursewright/x', { isMainFrame: false, initiator: packageFrame }),
    ).toBe(false);
    // An embed block's frame following its page's redirect: left to the player page's CSP frame-src.
    expect(navigate('will-redirect', 'https://www.example.org/embed', { isMainFrame: false })).toBe(false);
    await answered();
    expect(opened()).toEqual([]);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('denies every new window, opening only https links externally and only after the user agrees', async () => {
    expect(openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'app://coursewright/index.html' })).toEqual({ action: 'deny' });
    await answered();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [options] = electron.dialog.showMessageBox.mock.calls[0] as unknown as [
      { detail: string; buttons: string[] },
    ];
    expect(options.detail).toContain('https://example.org/');
    expect(options.buttons).toEqual(['Open in browser', 'Cancel']);
    expect(opened()).toEqual(['https://example.org/']);

    electron.dialog.showMessageBox.mockImplementation(async () => ({ response: 1, checkboxChecked: false }));
    expect(openHandler?.({ url: 'https://tracker.example/' })).toEqual({ action: 'deny' });
    await answered();
    expect(opened()).toEqual(['https://example.org/']);
  });

  it('prevents <webview>', () => {
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies permissions and hardens every future webContents', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    installAppSecurity({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    const callback = vi.fn();
    request!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
    const created = electron.appListeners.get('web-contents-created');
    const on = vi.fn();
    created?.({}, { on, setWindowOpenHandler: vi.fn() });
    expect(on.mock.calls.map((c) => c[0]).sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
  });
});
