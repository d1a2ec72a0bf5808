import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Asset, CourseSummary } from '../../../shared';
import { mediaKeyFor } from '../../../main/host/auth';
import { connectWs, frames, rawRequest, rawSocket, startHostFixture, type HostFixture } from './host-test-kit';

let fx: HostFixture;
let port: number;
let token: string;
let asset: Asset;
let assetBytes: Buffer;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  fx = await startHostFixture();
  ({ port, token } = fx.host);
  assetBytes = crypto.randomBytes(64 * 1024 + 17);
  const file = path.join(fx.tmp, 'clip.bin');
  fs.writeFileSync(file, assetBytes);
  asset = await fx.library.importAsset(file);
});
afterAll(async () => fx?.close());

const invoke = (channel: string, body: unknown, headers: Record<string, string> = auth()) =>
  rawRequest(port, {
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
type ResultBody = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Frame = { id?: number | null; result?: ResultBody; event?: string; payload?: { courseId: string | null } };
const json = (r: { body: Buffer }) => JSON.parse(r.body.toString('utf8')) as ResultBody;

describe('browser host: token', () => {
  it('prints a loopback URL carrying a 43-character base64url token', () => {
    expect(fx.host.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without the token for the API, uploads, media and the WebSocket', async () => {
    for (const p of [`/media/${asset.id}`, '/api/nothing', '/api/upload?name=a.png']) {
      const r = await rawRequest(port, { path: p });
      expect(r.status, p).toBe(401);
      expect(r.body.toString()).toMatch(/Unauthorized/);
      expect(r.body.toString()).not.toContain('doctype');
    }
    expect((await invoke('courses.list', {}, {})).status).toBe(401);
    expect(await connectWs(port)).toEqual({ status: 401 });
  });

  it('serves the built page and its scripts without the token (they hold no data), so a reload works', async () => {
    for (const p of ['/', '/index.html', '/assets/app.js']) {
      const r = await rawRequest(port, { path: p });
      expect(r.status, p).toBe(200);
      expect(r.headers['set-cookie'], p).toBeUndefined();
    }
  });

  it('answers 401 for a wrong token in every place, a cookie included', async () => {
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await rawRequest(port, { path: `/?token=${wrong}` })).status).toBe(401);
    expect(
      (await rawRequest(port, { path: '/api/nothing', headers: { Authorization: `Bearer ${wrong}` } })).status,
    ).toBe(401);
    expect((await invoke('courses.list', {}, { Authorization: `Bearer ${wrong}` })).status).toBe(401);
    // The old cookie no longer opens anything.
    expect((await invoke('courses.list', {}, { Cookie: `cw_token=${token}` })).status).toBe(401);
    expect(await connectWs(port, { query: `?token=${wrong}` })).toEqual({ status: 401 });
    expect(await connectWs(port, { headers: { 'Sec-WebSocket-Protocol': `coursewright, cw-token.${wrong}` } })).toEqual(
      {
        status: 401,
      },
    );
  });

  it('never sets a cookie, with the token in the URL or not', async () => {
    const first = await rawRequest(port, { path: `/?token=${token}` });
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    const api = await invoke('courses.list', {});
    expect(api.headers['set-cookie']).toBeUndefined();
  });

  it('opens media with the media key, which opens nothing else', async () => {
    const key = mediaKeyFor(token);
    const r = await rawRequest(port, { path: `/media/${asset.id}?key=${key}` });
    expect(r.status).toBe(200);
    expect(r.body.equals(assetBytes)).toBe(true);
    expect((await rawRequest(port, { path: `/media/${asset.id}?key=${token}` })).status).toBe(401);
    expect((await rawRequest(port, { path: `/api/invoke/courses.list?key=${key}`, method: 'POST' })).status).toBe(401);
    expect(await connectWs(port, { query: `?key=${key}` })).toEqual({ status: 401 });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await rawRequest(port, { path: `/?token=${token}`, headers: { Host: 'evil.example:80' } });
    expect(r.status).toBe(400);
  });
});

describe('browser host: static files', () => {
  it('serves index.html with CSP, nosniff and no-store', async () => {
    const r = await rawRequest(port, { path: '/', headers: auth() });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${port}`);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00',
    '/%c0%ae%c0%ae/secret.txt',
    '//etc/passwd',
    '/media/../../secret.txt',
    '/media/..%2f..%2fsecret.txt',
  ])('refuses traversal %s', async (p) => {
    const r = await rawRequest(port, { path: p, headers: auth() });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body.toString()).not.toContain('TOP-SECRET');
  });

  it('answers 404 for missing files', async () => {
    expect((await rawRequest(port, { path: '/nope.js', headers: auth() })).status).toBe(404);
  });
});

describe('browser host: HTTP invoke', () => {
  it('lists the sample course on a fresh library', async () => {
    const r = await invoke('courses.list', {});
    expect(r.status).toBe(200);
    const body = json(r);
    expect(body.ok).toBe(true);
    expect((body.value as CourseSummary[]).map((c) => c.title)).toContain('Asynchronous Learning 101');
  });

  it('treats an empty body as no arguments', async () => {
    expect(json(await invoke('app.info', ''))).toMatchObject({ ok: true, value: { host: 'browser' } });
  });

  it('returns Results with status 200 for application errors', async () => {
    const notFound = await invoke('courses.get', { courseId: crypto.randomUUID() });
    expect(notFound.status).toBe(200);
    expect(json(notFound)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(json(await invoke('courses.create', { title: '' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(json(await invoke('no.such', {}))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(json(await invoke('courses.list', '{not json'))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses cross-origin invokes and non-POST', async () => {
    const cross = await invoke('courses.list', {}, { ...auth(), Origin: 'http://127.0.0.1:1' });
    expect(cross.status).toBe(403);
    expect(json(cross)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const same = await invoke('courses.list', {}, { ...auth(), Origin: fx.host.origin });
    expect(json(same).ok).toBe(true);
    const get = await rawRequest(port, { path: '/api/invoke/courses.list', headers: auth() });
    expect(get.status).toBe(405);
  });

  it('answers a typed VALIDATION error for a body over the limit', async () => {
    const r = await invoke('courses.create', 'x'.repeat(8 * 1024 * 1024 + 1));
    expect(r.status).toBe(413);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('browser host: WebSocket', () => {
  let ws: WebSocket;
  let inbox: ReturnType<typeof frames>;
  beforeAll(async () => {
    const conn = await connectWs(port, { query: `?token=${token}` });
    if (!('ws' in conn)) throw new Error(`upgrade refused: ${conn.status}`);
    ws = conn.ws;
    inbox = frames(ws);
  });
  afterAll(() => ws?.close());

  it('invokes through the same router', async () => {
    ws.send(JSON.stringify({ id: 1, channel: 'courses.list', input: {} }));
    const reply = (await inbox.next((f) => (f as Frame).id === 1)) as Frame;
    expect(reply.result?.ok).toBe(true);
    expect((reply.result?.value as CourseSummary[]).map((c) => c.title)).toContain('Asynchronous Learning 101');
    ws.send(JSON.stringify({ id: 2, channel: 'courses.get', input: { courseId: 'x' } }));
    expect(await inbox.next((f) => (f as Frame).id === 2)).toMatchObject({
      result: { ok: false, error: { code: 'VALIDATION' } },
    });
  });

  it('answers malformed frames with id null and VALIDATION', async () => {
    const before = inbox.all.length;
    ws.send('{not json');
    ws.send(Buffer.from([0xff, 0xfe, 0x00]), { binary: true });
    ws.send(JSON.stringify({ channel: 'courses.list' }));
    ws.send(Buffer.from([0xc3, 0x28])); // invalid UTF-8 in a text frame
    // Frames are answered in order: once a valid request sent after them is answered, all four replies are in.
    ws.send(JSON.stringify({ id: 4, channel: 'app.info', input: {} }));
    await inbox.next((f) => (f as Frame).id === 4);
    const replies = (inbox.all.slice(before) as Frame[]).filter((f) => f.id !== 4);
    expect(replies).toHaveLength(4);
    for (const r of replies)
      expect(r).toMatchObject({ id: null, result: { ok: false, error: { code: 'VALIDATION' } } });
    ws.send(JSON.stringify({ id: 3, channel: 'app.info', input: {} }));
    expect(await inbox.next((f) => (f as Frame).id === 3)).toMatchObject({ result: { ok: true } });
  });

  it('answers an oversize frame with VALIDATION and keeps the connection', async () => {
    ws.send(JSON.stringify({ id: 4, channel: 'courses.create', input: { title: 'x'.repeat(8 * 1024 * 1024) } }));
    const reply = (await inbox.next(
      (f) => (f as Frame).id === null && (f as Frame).result?.error?.message.includes('too large') === true,
    )) as Frame;
    expect(reply.result?.error?.code).toBe('VALIDATION');
    ws.send(JSON.stringify({ id: 5, channel: 'app.info', input: {} }));
    expect(await inbox.next((f) => (f as Frame).id === 5)).toMatchObject({ result: { ok: true } });
  });

  it('pushes library.changed after a write from another client', async () => {
    const created = json(await invoke('courses.create', { title: 'Pushed course' }));
    expect(created.ok).toBe(true);
    const courseId = (created.value as { id: string }).id;
    const event = await inbox.next(
      (f) => (f as Frame).event === 'library.changed' && (f as Frame).payload?.courseId === courseId,
    );
    expect(event).toEqual({ event: 'library.changed', payload: { courseId, reason: 'courses.create' } });
  });

  it('accepts a Bearer header or the token subprotocol on the upgrade, answering without the token', async () => {
    const bearer = await connectWs(port, { headers: auth() });
    expect('ws' in bearer).toBe(true);
    if ('ws' in bearer) bearer.ws.close();
    // What a browser sends: the token offered as a subprotocol; the host picks `coursewright`, never echoes the token.
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/ws`, ['coursewright', `cw-token.${token}`], {
      origin: `http://127.0.0.1:${port}`,
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    expect(ws.protocol).toBe('coursewright');
    ws.close();
  });

  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['another loopback port', 'http://127.0.0.1:1'],
    ['no origin', null],
  ])('refuses %s', async (_name, origin) => {
    expect(await connectWs(port, { query: `?token=${token}`, origin })).toEqual({ status: 403 });
  });
});

describe('browser host: media', () => {
  const media = (headers: Record<string, string> = {}, id = asset.id) =>
    rawRequest(port, { path: `/media/${id}`, headers: { ...auth(), ...headers } });

  it('serves the whole asset with Accept-Ranges', async () => {
    const r = await media();
    expect(r.status).toBe(200);
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers['content-type']).toBe(asset.mime);
    expect(r.body.equals(assetBytes)).toBe(true);
  });

  it('serves byte ranges with 206 and the exact bytes', async () => {
    const r = await media({ Range: 'bytes=1000-1999' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 1000-1999/${assetBytes.length}`);
    expect(r.body.equals(assetBytes.subarray(1000, 2000))).toBe(true);
    const suffix = await media({ Range: 'bytes=-17' });
    expect(suffix.status).toBe(206);
    expect(suffix.body.equals(assetBytes.subarray(assetBytes.length - 17))).toBe(true);
    const open = await media({ Range: `bytes=${assetBytes.length - 5}-` });
    expect(open.body.equals(assetBytes.subarray(assetBytes.length - 5))).toBe(true);
  });

  it('answers 416 for an unsatisfiable range', async () => {
    const r = await media({ Range: `bytes=${assetBytes.length}-` });
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe(`bytes */${assetBytes.length}`);
  });

  it('validates the id and resolves it only through the library', async () => {
    expect((await media({}, 'not-a-uuid')).status).toBe(400);
    expect((await media({}, '..%2F..%2Fsecret.txt')).status).toBe(400);
    expect((await media({}, crypto.randomUUID())).status).toBe(404);
  });
});

describe('browser host: robustness', () => {
  it('survives garbage on the socket and keeps answering', async () => {
    const reply = await rawSocket(port, Buffer.from('\x00\x01GARBAGE \r\n\r\n\xff\xfe'));
    expect(reply).toMatch(/^HTTP\/1.1 400/);
    await rawSocket(port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n');
    expect(json(await invoke('app.info', {})).ok).toBe(true);
  });
});
