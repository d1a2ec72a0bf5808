import WebSocket from 'ws';
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
  test('the page, the API and the WebSocket answer 401 without the token', async ({ request, host }) => {
    const wsUrl = `ws://127.0.0.1:${host.port}/api/ws`;

    // Without the token (and with a wrong one): 401 everywhere.
    expect((await request.get(`${host.origin}/`)).status()).toBe(401);
    expect((await request.get(`${host.origin}/?token=wrong-${host.token}`)).status()).toBe(401);
    expect((await request.get(`${host.origin}/index.html`)).status()).toBe(401);
    const invoke = await request.post(`${host.origin}/api/invoke/courses.list`, { data: {} });
    expect(invoke.status()).toBe(401);
    expect(await handshakeStatus(wsUrl, { Origin: host.origin })).toBe(401);
    expect(await handshakeStatus(`${wsUrl}?token=nope`, { Origin: host.origin })).toBe(401);

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

  test('a browser without the token sees the 401 page, not the app', async ({ page, host }) => {
    const response = await page.goto(`${host.origin}/`);
    expect(response?.status()).toBe(401);
    await expect(page.locator('body')).toContainText('Unauthorized');
    await expect(page.locator('#root')).toHaveCount(0);
  });

  test('the token in the first URL sets a cookie that authenticates later loads and the WebSocket', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
    // Same origin without ?token=: the HttpOnly cookie carries it (and the WebSocket works, so the list loads).
    const response = await page.goto(`${host.origin}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
    const cookies = await page.context().cookies(host.origin);
    const cookie = cookies.find((c) => c.name === 'cw_token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
