import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStaticFile } from '../../../main/http/static-files';

/** The repository root (this file is tests/e2e/support/lms-server.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A tiny loopback static server for the e2e tests: each mount maps a URL prefix (`/lms`) to a folder.
 * Stand-in page and package share its origin, as they would in an LMS, so the SCO reaches the API
 * through `window.parent`.
 */
export interface LmsServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startLmsServer(mounts: Record<string, string>): Promise<LmsServer> {
  const entries = Object.entries(mounts).map(([prefix, dir]) => [prefix.replace(/\/+$/, ''), dir] as const);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const mount = entries.find(([prefix]) => url.pathname.startsWith(`${prefix}/`));
      if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404).end();
        return;
      }
      const file = await findStaticFile(mount[1], url.pathname.slice(mount[0].length));
      if (!file.ok) {
        res.writeHead(file.status).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': file.mime,
        'Content-Length': String(file.size),
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file.path).pipe(res);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** URL of the stand-in page launching the package whose launch file is at `src` (a path on the same server). */
export function standInUrl(origin: string, opts: { format: string; src: string; state: string }): string {
  const q = new URLSearchParams({ format: opts.format, src: opts.src, state: opts.state });
  return `${origin}/lms/index.html?${q.toString()}`;
}
