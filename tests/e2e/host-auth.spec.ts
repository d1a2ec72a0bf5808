import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { mediaKeyFor } from '../../main/host/auth';
import { test, expect } from './support/fixtures';

/** Resolves with the HTTP status of a WebSocket handshake (101 when it upgrades). */
function handshakeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', (e) => reject(e));
  });
}

test.describe('browser host token', () => {
  test('the API, media and the WebSocket answer 401 without the token', async ({ request, host }) => {
    const wsUrl = `ws://127.0.0.1:${host.port}/api/ws`;

    // Without the token (and with a wrong one): 401 for everything that holds data.
    expect((await request.get(`${host.origin}/?token=wrong-${host.token}`)).status()).toBe(401);
    const invoke = await request.post(`${host.origin}/api/invoke/courses.list`, { data: {} });
    expect(invoke.status()).toBe(401);
    expect((await request.get(`${host.origin}/media/00000000-0000-4000-8000-000000000000`)).status()).toBe(401);
    expect(await handshakeStatus(wsUrl, { Origin: host.origin })).toBe(401);
    expect(await handshakeStatus(`${wsUrl}?token=nope`, { Origin: host.origin })).toBe(401);
    // The built page itself is public (no data in it), so a reload without the token in the URL still loads it.
    expect((await request.get(`${host.origin}/`)).status()).toBe(200);

    // The same requests with the token succeed: the 401s above are about the token, nothing else.
    const page = await request.get(host.url);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const ok = await request.post(`${host.origin}/api/invoke/courses.list`, {
      data: {},
      headers: { Authorization: `Bearer ${host.token}`, Origin: host.origin },
    });
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { ok: boolean; value: Array<{ title: string }> };
    expect(body.ok).toBe(true);
    expect(body.value.map((c) => c.title)).toContain('Asynchronous Learning 101');
    expect(await handshakeStatus(wsUrl, { Origin: host.origin, Authorization: `Bearer ${host.token}` })).toBe(101);
  });

  test('a browser without the token sees the Unauthorized page, not the app', async ({ page, host }) => {
    await page.goto(`${host.origin}/`);
    await expect(page.getByRole('heading', { name: 'Unauthorized' })).toBeVisible();
    await expect(page.locator('body')).toContainText('coursewright serve');
    await expect(page.locator('#root')).toHaveCount(0);
  });

  test('a token from an earlier run is refused and forgotten', async ({ page, host }) => {
    await page.goto(`${host.origin}/`);
    await page.evaluate(() => sessionStorage.setItem('coursewright.token', 'a-token-from-yesterday'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Unauthorized' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('coursewright.token'))).toBeNull();
  });

  test('the token leaves the address bar and history, sets no cookie, and this tab keeps working', async ({
    page,
    host,
  }) => {
    await page.goto('about:blank');
    await page.goto(`${host.url}#/`);
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
    expect(page.url()).toBe(`${host.origin}/#/`);
    expect(await page.evaluate(() => history.length)).toBe(2);
    // Back is about:blank, forward the app without the token: no history entry holds it.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    expect(page.url()).toBe(`${host.origin}/#/`);
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();

    // A reload (no token in the URL) works from this tab's sessionStorage, WebSocket included.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('the page shows library media by its key (no cookie, no header); without the key media stay closed', async ({
    page,
    host,
  }) => {
    const list = await page.request.post(`${host.origin}/api/invoke/media.list`, {
      data: {},
      headers: { Authorization: `Bearer ${host.token}` },
    });
    const items = ((await list.json()) as { value: { id: string; mime: string }[] }).value;
    const svg = items.find((i) => i.mime === 'image/svg+xml');
    expect(svg).toBeTruthy();
    await page.goto(host.url);
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
    const load = (src: string) =>
      page.evaluate(
        (s) =>
          new Promise<number>((resolve) => {
            const img = new Image();
            img.onload = () => resolve(img.naturalWidth);
            img.onerror = () => resolve(-1);
            img.src = s;
          }),
        src,
      );
    expect(await load(`/media/${svg!.id}?key=${mediaKeyFor(host.token)}`)).toBeGreaterThan(0);
    expect(await load(`/media/${svg!.id}`)).toBe(-1);
    expect(await load(`/media/${svg!.id}?key=${host.token}`)).toBe(-1);
  });

  test('no request to another port on 127.0.0.1 carries the token or a cookie', async ({ page, host }) => {
    // An unrelated local service (a dev server, a database UI): it records every request it gets. Cookies ignore
    // ports, so a token cookie for 127.0.0.1 would reach it whenever this browser talks to it.
    const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
    const arrivals: Array<() => void> = [];
    const other = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      for (const notify of arrivals.splice(0)) notify();
      if (req.url === '/page') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(
          '<!doctype html><title>other</title><img src="/pixel.gif" alt="">' +
            "<script>fetch('/fetch', { credentials: 'include' })</script>",
        );
        return;
      }
      res.writeHead(200, { 'Content-Type': req.url === '/pixel.gif' ? 'image/gif' : 'text/plain' });
      res.end(req.url === '/pixel.gif' ? Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') : 'ok');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const arrived = (...urls: string[]) =>
      new Promise<void>((resolve) => {
        const check = () => (urls.every((u) => seen.some((r) => r.url === u)) ? resolve() : arrivals.push(check));
        check();
      });
    try {
      await page.goto(host.url);
      await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();

      // Another tab of the same browser opens the local service: a page, an image and a credentialed fetch.
      const tab = await page.context().newPage();
      await tab.goto(`${otherOrigin}/page`);
      await arrived('/page', '/pixel.gif', '/fetch');
      // And the app tab itself navigates there.
      await page.goto(`${otherOrigin}/navigated`);
      await arrived('/navigated');

      // (Browsers also ask for /favicon.ico: every request counts.)
      expect(seen.length).toBeGreaterThanOrEqual(4);
      for (const request of seen) {
        expect(request.headers.cookie, request.url).toBeUndefined();
        expect(request.headers.authorization, request.url).toBeUndefined();
        expect(JSON.stringify(request), request.url).not.toContain(host.token);
        expect(JSON.stringify(request), request.url).not.toContain(mediaKeyFor(host.token));
      }
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
