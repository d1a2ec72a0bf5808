import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PreviewService } from '../../../main/preview/preview-service';
import type { PackageStore } from '../../../main/scorm-import/package-store';

// No Electron binary: app:// and cwcontent:// are exercised through a recording mock of `protocol.handle`.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  return {
    handlers,
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
      registerSchemesAsPrivileged: () => undefined,
    },
  };
});
vi.mock('electron', () => ({ protocol: electron.protocol }));

const { registerProtocolHandlers } = await import('../../../main/electron/protocols');
const { PREVIEW_CSP } = await import('../../../main/preview/preview-http');

let tmp: string;
const PREVIEW_ID = 'a1b2c3d4e5f60718';
const PACKAGE_ID = '0f8e4c1a-2b3c-4d5e-8f90-123456789abc';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-preview-proto-'));
  fs.mkdirSync(path.join(tmp, 'out', 'renderer'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'out', 'lms'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'build'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'out', 'renderer', 'index.html'), '<title>app</title>');
  fs.writeFileSync(path.join(tmp, 'out', 'lms', 'index.html'), '<title>stand-in</title>');
  fs.writeFileSync(path.join(tmp, 'build', 'index.html'), '<title>course</title>');
  // A preview service that knows one build folder (the real one is covered in preview-service.test.ts).
  const previews: PreviewService = {
    build: () => Promise.reject(new Error('not used')),
    findFile: async (id, urlPath) => {
      const { findStaticFile } = await import('../../../main/http/static-files');
      return id === PREVIEW_ID
        ? findStaticFile(path.join(tmp, 'build'), urlPath)
        : { ok: false, status: 404, reason: 'x' };
    },
    dispose: async () => undefined,
  };
  // One imported package (the real store is covered by the scorm-import tests).
  const packages = {
    findFile: async (id: string, urlPath: string) => {
      const { findStaticFile } = await import('../../../main/http/static-files');
      return id === PACKAGE_ID ? findStaticFile(path.join(tmp, 'build'), urlPath) : { ok: false, status: 404 };
    },
  } as unknown as PackageStore;
  registerProtocolHandlers({
    rendererDir: path.join(tmp, 'out', 'renderer'),
    library: {} as never,
    previews,
    packages,
  });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const get = (url: string) => {
  const scheme = new URL(url).protocol.slice(0, -1);
  const handler = electron.handlers.get(scheme);
  if (!handler) throw new Error(`${scheme}: not registered`);
  return handler({ url, method: 'GET', headers: new Headers() } as unknown as Request);
};

describe('cwcontent:// preview routes (a separate origin from the app)', () => {
  it('serves the stand-in page from out/lms beside the renderer, framable by the app only', async () => {
    const res = await get('cwcontent://coursewright/lms/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('stand-in');
    expect(res.headers.get('content-security-policy')).toBe(
      PREVIEW_CSP.replace("frame-ancestors 'self'", "frame-ancestors 'self' app://coursewright"),
    );
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('serves preview builds by id and refuses unknown ids and traversal', async () => {
    const res = await get(`cwcontent://coursewright/preview/${PREVIEW_ID}/index.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('course');
    expect((await get('cwcontent://coursewright/preview/ffffffffffffffff/index.html')).status).toBe(404);
    expect((await get(`cwcontent://coursewright/preview/${PREVIEW_ID}/..%2F..%2Fout%2Flms%2Findex.html`)).status).toBe(
      403,
    );
  });

  it('serves imported packages on cwcontent:// only, framable by the app', async () => {
    const res = await get(`cwcontent://coursewright/packages/${PACKAGE_ID}/index.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self' app://coursewright");
    expect((await get(`app://coursewright/packages/${PACKAGE_ID}/index.html`)).status).toBe(404);
  });

  it('no longer serves content on the app origin', async () => {
    expect((await get('app://coursewright/lms/index.html')).status).toBe(404);
    expect((await get(`app://coursewright/preview/${PREVIEW_ID}/index.html`)).status).toBe(404);
    expect((await get('cwcontent://coursewright/index.html')).status).toBe(404);
  });

  it('still serves the renderer with its own policy', async () => {
    const res = await get('app://coursewright/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).not.toBe(PREVIEW_CSP);
  });
});
