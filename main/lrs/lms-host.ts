import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { LaunchInput, LocalLrs } from './local-lrs';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  vtt: 'text/vtt',
};

export interface LmsHost {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  endpoint: string;
  /** Creates a launch of `auPath` (relative to the content folder) and returns the AU's launch URL. */
  launch(auPath: string, input: Omit<LaunchInput, 'auUrl'>): { url: string; sessionId: string; registration: string };
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would leave it (no `..`, no absolute paths). */
function insideRoot(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const full = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

/**
 * A loopback cmi5 LMS: the local LRS at `/xapi/` and one package folder at `/content/`. The learner view
 * and `coursewright cmi5 play` open AU launch URLs from `launch()`; a returnURL can point at `/done`.
 */
export async function startLmsHost(lrs: LocalLrs, contentDir: string): Promise<LmsHost> {
  const root = path.resolve(contentDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (url.pathname.startsWith('/xapi/')) {
        const headers: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v[0] : v;
        const out = lrs.handle({
          method: req.method ?? 'GET',
          path: url.pathname.slice('/xapi/'.length),
          query: url.searchParams,
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        res.writeHead(out.status, { 'Content-Type': out.contentType ?? 'text/plain', 'Cache-Control': 'no-store' });
        res.end(out.body);
        return;
      }
      if (url.pathname === '/done') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Session ended</title><h1>Session ended</h1>');
        return;
      }
      const file = url.pathname.startsWith('/content/')
        ? insideRoot(root, url.pathname.slice('/content/'.length))
        : null;
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).slice(1)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${origin}/xapi/`;
  return {
    origin,
    endpoint,
    launch: (auPath, input) => lrs.launch(endpoint, { ...input, auUrl: `${origin}/content/${auPath}` }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
