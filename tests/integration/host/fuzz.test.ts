import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { handleIpcInvoke } from '../../../main/ipc/ipc-invoke';
import { CHANNEL_NAMES, ERROR_CODES, resultSchema } from '../../../shared';
import { z } from 'zod';
import { connectWs, frames, rawRequest, rawSocket } from './host-test-kit';

/**
 * Random and malformed payloads to every channel over all three transports: the answer is always a
 * well-formed Result (ok, or a typed error code), never INTERNAL, and the host keeps answering.
 * numRuns keep the whole file around 30 s on a shared 2-core machine.
 */
const anyResult = resultSchema(z.unknown());
const APP_SENDER = { isMainFrame: true, url: 'app://coursewright/index.html' };

let tmp: string;
let context: AppContext;
let host: BrowserHost;
/** Ids of the seeded sample course, so fuzzed inputs also reach the services (NOT_FOUND/CONFLICT/real writes). */
const realIds: string[] = [];
const seen = new Map<string, number>();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-fuzz-'));
  fs.mkdirSync(path.join(tmp, 'static'));
  fs.writeFileSync(path.join(tmp, 'static', 'index.html'), '<!doctype html>');
  context = await createAppContext({ libraryDir: path.join(tmp, 'library'), host: 'browser' });
  host = await startBrowserHost({ context, staticDir: path.join(tmp, 'static') });
  for (const summary of context.library.listCourses()) {
    const tree = context.library.getCourse(summary.id);
    realIds.push(tree.id);
    for (const m of tree.modules) {
      realIds.push(m.id);
      for (const l of m.lessons) realIds.push(l.id, ...l.blocks.map((b) => b.id));
    }
  }
  expect(realIds.length).toBeGreaterThan(10);
});
afterAll(async () => {
  await host?.close();
  await context?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function expectTypedResult(value: unknown, where: string): void {
  const parsed = anyResult.safeParse(value);
  const key = parsed.success ? (parsed.data.ok ? 'ok' : parsed.data.error.code) : 'malformed';
  seen.set(key, (seen.get(key) ?? 0) + 1);
  expect(parsed.success, `${where}: not a Result: ${JSON.stringify(value)?.slice(0, 300)}`).toBe(true);
  if (parsed.success && !parsed.data.ok) {
    expect(ERROR_CODES).toContain(parsed.data.error.code);
    expect(parsed.data.error.code, `${where}: ${parsed.data.error.message}`).not.toBe('INTERNAL');
  }
}

// ---- arbitraries -------------------------------------------------------------------------------
const channel = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHANNEL_NAMES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'courses.',
      'COURSES.LIST',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const realId = fc.constant(null).chain(() => fc.constantFrom(...realIds));
const nasty = fc.oneof(
  realId,
  fc.array(realId, { maxLength: 6 }),
  fc.uuid(),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.uuid(), { maxLength: 5 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);
/** Objects shaped like real inputs (the contract's field names) with wrong or random values. */
const nearMiss = fc.dictionary(
  fc.constantFrom(
    'courseId',
    'moduleId',
    'lessonId',
    'blockId',
    'toModuleId',
    'toLessonId',
    'title',
    'description',
    'language',
    'position',
    'kind',
    'patch',
    'block',
    'moduleIds',
    'lessonIds',
    'blockIds',
    'query',
    'limit',
    'settings',
    'type',
  ),
  nasty,
  { maxKeys: 5 },
);
/** Plausible inputs (right field names and types, real or random ids): these get past validation. */
const idValue = fc.oneof({ weight: 4, arbitrary: realId }, { weight: 1, arbitrary: fc.uuid() });
const plausible = fc.record(
  {
    courseId: idValue,
    moduleId: idValue,
    lessonId: idValue,
    blockId: idValue,
    toModuleId: idValue,
    toLessonId: idValue,
    title: fc.string({ minLength: 1, maxLength: 20 }),
    position: fc.nat({ max: 5 }),
    kind: fc.constantFrom('content', 'quiz'),
    moduleIds: fc.array(idValue, { maxLength: 4 }),
    lessonIds: fc.array(idValue, { maxLength: 4 }),
    blockIds: fc.array(idValue, { maxLength: 4 }),
    query: fc.constantFrom('learning', 'async', 'the', '"', '*', 'NEAR(', 'a OR', 'zzz'),
    limit: fc.integer({ min: 1, max: 50 }),
    patch: fc.record(
      { title: fc.string({ minLength: 1, maxLength: 20 }), kind: fc.constantFrom('content', 'quiz') },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const input = fc.oneof({ weight: 3, arbitrary: plausible }, nearMiss, fc.jsonValue({ maxDepth: 4 }), nasty);
/** JSON text with prototype-pollution keys (JSON.stringify cannot produce an own __proto__ key). */
const pollutedJson = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 2 }), nearMiss)
  .map(([key, value, rest]) => {
    const body = JSON.stringify(rest);
    const inner = `"${key}": {"polluted": true, "prototype": {"polluted": true}, "x": ${JSON.stringify(value)}}`;
    return body === '{}' ? `{${inner}}` : `{${inner},${body.slice(1)}`;
  });
const garbageBytes = fc.uint8Array({ maxLength: 300 });

// ---- properties --------------------------------------------------------------------------------
describe('fuzz: every channel, every transport', () => {
  it('Electron IPC path (handleIpcInvoke)', async () => {
    await fc.assert(
      fc.asyncProperty(channel, fc.oneof(input, fc.anything()), async (c, i) => {
        expectTypedResult(await handleIpcInvoke(context.router, APP_SENDER, c, i), `ipc ${c}`);
      }),
      { numRuns: 1500 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ isMainFrame: fc.boolean(), url: fc.oneof(fc.webUrl(), fc.string()) }),
        channel,
        input,
        async (sender, c, i) => {
          const result = await handleIpcInvoke(context.router, sender, c, i);
          expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('HTTP POST /api/invoke/<channel>', async () => {
    const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    const body = fc.oneof(
      input.map((v) => JSON.stringify(v) ?? ''),
      pollutedJson,
      garbageBytes.map((b) => Buffer.from(b)),
      fc.string({ maxLength: 50 }),
    );
    await fc.assert(
      fc.asyncProperty(channel, body, async (c, b) => {
        const r = await rawRequest(host.port, {
          method: 'POST',
          path: `/api/invoke/${encodeURIComponent(c)}`,
          headers,
          body: b,
        });
        expect(r.status).toBe(200);
        expectTypedResult(JSON.parse(r.body.toString('utf8')), `http ${c}`);
      }),
      { numRuns: 700 },
    );
  });

  it('WebSocket /api/ws', async () => {
    const conn = await connectWs(host.port, { query: `?token=${host.token}` });
    if (!('ws' in conn)) throw new Error(`upgrade refused: ${conn.status}`);
    const ws: WebSocket = conn.ws;
    const inbox = frames(ws);
    let id = 0;
    try {
      const frame = fc.oneof(
        fc.tuple(channel, input).map(([c, i]) => ({ kind: 'request' as const, c, i })),
        pollutedJson.map((text) => ({ kind: 'text' as const, text })),
        fc.jsonValue({ maxDepth: 3 }).map((v) => ({ kind: 'text' as const, text: JSON.stringify(v) })),
        garbageBytes.map((bytes) => ({ kind: 'bytes' as const, bytes, binary: false })),
        garbageBytes.map((bytes) => ({ kind: 'bytes' as const, bytes, binary: true })),
      );
      await fc.assert(
        fc.asyncProperty(frame, async (f) => {
          const before = inbox.all.length;
          let reply: unknown;
          if (f.kind === 'request') {
            const myId = ++id;
            ws.send(JSON.stringify({ id: myId, channel: f.c, input: f.i }));
            reply = await inbox.next((x) => (x as { id?: unknown }).id === myId);
          } else {
            if (f.kind === 'text') ws.send(f.text);
            else ws.send(Buffer.from(f.bytes), { binary: f.binary });
            reply = await inbox.next((x) => inbox.all.indexOf(x) >= before && 'result' in (x as object));
          }
          expect(reply).toHaveProperty('id');
          expectTypedResult((reply as { result: unknown }).result, `ws ${JSON.stringify(f).slice(0, 80)}`);
        }),
        { numRuns: 700 },
      );
    } finally {
      ws.close();
    }
  });

  it('raw HTTP garbage on the socket', async () => {
    const requestLine = fc
      .tuple(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'BREW', ''),
        fc.oneof(
          fc.constantFrom('/', '/api/ws', '/api/invoke/courses.list', '/media/x', '*'),
          fc.string({ maxLength: 40 }),
        ),
        fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/9.9', ''),
        fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })), { maxLength: 4 }),
      )
      .map(
        ([m, p, v, h]) =>
          `${m} ${p} ${v}\r\nHost: 127.0.0.1:${host.port}\r\n${h.map(([k, x]) => `${k}: ${x}`).join('\r\n')}\r\n\r\n`,
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          requestLine,
          garbageBytes.map((b) => Buffer.from(b)),
        ),
        async (payload) => {
          const reply = await rawSocket(host.port, payload, 1000, { end: true });
          // Whatever came back (maybe nothing), it is never the app without the token.
          expect(reply).not.toMatch(/^HTTP\/1\.[01] 200/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('still answers afterwards, and nothing was polluted', async () => {
    const r = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/invoke/app.info',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(JSON.parse(r.body.toString())).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const list = await handleIpcInvoke(context.router, APP_SENDER, 'courses.list', {});
    expect(list.ok).toBe(true);
    // The fuzz must reach past validation too, not only bounce off the schemas.
    expect(seen.get('VALIDATION')).toBeGreaterThan(100);
    expect(seen.get('UNKNOWN_CHANNEL')).toBeGreaterThan(10);
    expect((seen.get('NOT_FOUND') ?? 0) + (seen.get('ok') ?? 0)).toBeGreaterThan(10);
    console.info('fuzz outcomes', Object.fromEntries(seen));
  });
});
