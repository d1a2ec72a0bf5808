import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { WS_PATH } from '../../../shared';

export interface HostFixture {
  tmp: string;
  staticDir: string;
  library: SqliteCourseLibrary;
  context: AppContext;
  host: BrowserHost;
  close(): Promise<void>;
}

/** A real library in a temp folder, a tiny static site, and a browser host on a random port. */
export async function startHostFixture(opts: { seedSample?: boolean } = {}): Promise<HostFixture> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-host-'));
  const staticDir = path.join(tmp, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Coursewright</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET-OUTSIDE-ROOT');
  const libraryDir = path.join(tmp, 'library');
  const library = await openCourseLibrary({ dir: libraryDir, seedSample: opts.seedSample ?? true });
  const context = createContextFor({ library, libraryDir, host: 'browser' });
  const host = await startBrowserHost({ context, staticDir, port: 0 });
  return {
    tmp,
    staticDir,
    library,
    context,
    host,
    async close() {
      await host.close();
      await context.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** http.request with the path sent verbatim (fetch would normalise `..` away). */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Writes arbitrary bytes to the port and returns whatever comes back before the socket closes. */
export function rawSocket(
  port: number,
  payload: Buffer | string,
  timeoutMs = 2000,
  opts: { end?: boolean } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      done();
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', done);
    socket.on('close', done);
    if (opts.end) socket.end(payload);
    else socket.write(payload);
  });
}

/** Connects a WebSocket; resolves the open socket or the HTTP status that refused the upgrade. */
export function connectWs(
  port: number,
  opts: { query?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<{ ws: WebSocket } | { status: number }> {
  return new Promise((resolve, reject) => {
    const url = `ws://127.0.0.1:${port}${WS_PATH}${opts.query ?? ''}`;
    const origin = opts.origin === undefined ? `http://127.0.0.1:${port}` : opts.origin;
    const ws = new WebSocket(url, { headers: { ...(origin ? { Origin: origin } : {}), ...(opts.headers ?? {}) } });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (e) => reject(e));
  });
}

/** Collects parsed JSON frames from a socket. */
export function frames(ws: WebSocket): {
  all: unknown[];
  next(pred: (f: unknown) => boolean, ms?: number): Promise<unknown>;
} {
  const all: unknown[] = [];
  const waiters: Array<{ pred: (f: unknown) => boolean; resolve: (f: unknown) => void }> = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as unknown;
    all.push(frame);
    for (const w of [...waiters]) {
      if (w.pred(frame)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(frame);
      }
    }
  });
  return {
    all,
    next(pred, ms = 5000) {
      const existing = all.find(pred);
      if (existing !== undefined) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a frame')), ms);
        waiters.push({
          pred,
          resolve: (f) => {
            clearTimeout(timer);
            resolve(f);
          },
        });
      });
    },
  };
}
