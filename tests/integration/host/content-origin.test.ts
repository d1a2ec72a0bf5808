import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { MEDIA_CSP } from '../../../main/security/csp';
import { HOSTILE_SVG } from '../../fixtures/media/hostile-svg';
import { buildFixturePackage, fixtureManifest, SCO_JS } from '../../fixtures/scorm/build-package';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';

const TOKEN = 'content-origin-test-token';

/** The browser host's content origin: packages are served there only, with their own secret, and cut off from the API. */
describe('browser host content origin', () => {
  let dir: string;
  let context: AppContext;
  let host: BrowserHost;
  let packageId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-content-origin-'));
    context = await createAppContext({ libraryDir: path.join(dir, 'lib'), host: 'browser' });
    host = await startBrowserHost({ context, staticDir: path.join(dir, 'static'), token: TOKEN });
    const zip = path.join(dir, 'p.zip');
    fs.writeFileSync(zip, buildFixturePackage({ version: 'scorm12', title: 'Isolated' }));
    if (!context.learn) throw new Error('no learner module');
    packageId = (await context.learn.packages.importZip(zip)).id;
  });
  afterAll(async () => {
    await host.close();
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const authed = { Authorization: `Bearer ${TOKEN}` };

  it('is another origin, and app.info tells the app where it is', async () => {
    expect(host.contentOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.contentOrigin).not.toBe(host.origin);
    expect(host.contentBase.startsWith(`${host.contentOrigin}/c/`)).toBe(true);
    expect(host.contentBase).not.toContain(TOKEN);
    const res = await fetch(`${host.origin}/api/invoke/app.info`, { method: 'POST', headers: authed });
    const body = (await res.json()) as { ok: boolean; value: { contentBase?: string } };
    expect(body.value.contentBase).toBe(host.contentBase);
  });

  it('serves packages on the content origin only, with its own secret, no cookie, framable by the app only', async () => {
    const res = await fetch(`${host.contentBase}/packages/${packageId}/index.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${host.origin}`);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    // Wrong content secret, or the app token instead of it: nothing.
    expect((await fetch(`${host.contentOrigin}/c/wrong/packages/${packageId}/index.html`)).status).toBe(404);
    expect((await fetch(`${host.contentOrigin}/c/${TOKEN}/packages/${packageId}/index.html`)).status).toBe(404);
    expect((await fetch(`${host.contentOrigin}/packages/${packageId}/index.html`, { headers: authed })).status).toBe(
      404,
    );
    // The app origin no longer serves content at all.
    expect((await fetch(`${host.origin}/packages/${packageId}/index.html`, { headers: authed })).status).not.toBe(200);
    expect((await fetch(`${host.origin}/lms/index.html`, { headers: authed })).status).not.toBe(200);
  });

  it('serves SVG in packages as a sandboxed document (media CSP), pages with their own CSP', async () => {
    const zip = path.join(dir, 'svg.zip');
    fs.writeFileSync(
      zip,
      buildRawZip([
        { name: 'imsmanifest.xml', data: fixtureManifest({ version: 'scorm12', title: 'With SVG' }) },
        { name: 'index.html', data: '<!doctype html><title>SCO</title><img src="pic.svg" alt="">' },
        { name: 'sco.js', data: SCO_JS },
        { name: 'pic.svg', data: HOSTILE_SVG },
      ]),
    );
    const id = (await context.learn!.packages.importZip(zip)).id;
    const svg = await fetch(`${host.contentBase}/packages/${id}/pic.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetch(`${host.contentBase}/packages/${id}/index.html`);
    expect(page.headers.get('content-security-policy')).not.toContain('sandbox');
  });

  it('has no API and no WebSocket', async () => {
    const res = await fetch(`${host.contentBase}/api/invoke/courses.list`, { method: 'POST', headers: authed });
    expect(res.status).toBe(404);
    const ws = new WebSocket(`${host.contentOrigin.replace('http', 'ws')}/api/ws`, { headers: authed });
    await expect(new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))).rejects.toThrow();
  });

  it('the app listener refuses requests and WebSockets from the content origin, even with the token', async () => {
    const res = await fetch(`${host.origin}/api/invoke/courses.list`, {
      method: 'POST',
      headers: { ...authed, Origin: host.contentOrigin },
    });
    expect(res.status).toBe(403);
    const page = await fetch(`${host.origin}/`, { headers: { ...authed, Origin: host.contentOrigin } });
    expect(page.status).toBe(403);
    const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api/ws`, {
      headers: authed,
      origin: host.contentOrigin,
    });
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (_req, r) => resolve(r.statusCode ?? 0)).once('open', () => resolve(101)),
    );
    expect(status).toBe(403);
  });
});
