import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileRouteResponse, serveFileRoute } from '../http/send-file';
import { findStaticFile, type StaticFile } from '../http/static-files';
import { packageHeaders } from '../learner/package-http';
import { CMI5_PACKAGES_PATH_PREFIX, CMI5_PATH_PREFIX, XAPI_PATH_PREFIX, type Cmi5Launcher } from './cmi5-launcher';
import type { LrsResponse } from './local-lrs';

/** Statements batches stay small; anything bigger is refused before it is read whole. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const isCmi5Path = (pathname: string): boolean =>
  pathname.startsWith(XAPI_PATH_PREFIX) || pathname.startsWith(CMI5_PATH_PREFIX);

/** A file of an imported cmi5 package (checked like any static file: no traversal). */
async function findPackageFile(pathname: string, launcher: Cmi5Launcher): Promise<StaticFile> {
  const rest = pathname.slice(CMI5_PACKAGES_PATH_PREFIX.length);
  const slash = rest.indexOf('/');
  let dir: string | null = null;
  try {
    dir = slash > 0 && launcher.packages ? launcher.packages.get(rest.slice(0, slash)).dir : null;
  } catch {
    dir = null; // unknown package id
  }
  return dir ? findStaticFile(dir, rest.slice(slash)) : { ok: false, status: 404, reason: 'not found' };
}

function headersOf(out: LrsResponse): Record<string, string> {
  return {
    'Content-Type': out.contentType ?? 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Experience-API-Version': '1.0.3',
  };
}

/** Browser host (content origin): answers `/xapi/…` and `/cmi5/…`; false when the path is not one of these. */
export async function handleCmi5Request(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  url: URL,
  launcher: Cmi5Launcher,
  frameAncestors: readonly string[] = [],
): Promise<boolean> {
  if (pathname.startsWith(CMI5_PACKAGES_PATH_PREFIX)) {
    await serveFileRoute(req, res, packageHeaders(frameAncestors), () => findPackageFile(pathname, launcher));
    return true;
  }
  if (!isCmi5Path(pathname)) return false;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request too large');
      return true;
    }
    chunks.push(chunk);
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v[0] : v;
  const out = launcher.handle({
    method: req.method ?? 'GET',
    path: pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
  }) ?? { status: 404, body: 'Not found' };
  res.writeHead(out.status, headersOf(out)).end(out.body);
  return true;
}

/** Electron's content protocol: the same routes as a fetch Response; null when the path is not one of these. */
export async function cmi5FetchResponse(
  request: Request,
  pathname: string,
  launcher: Cmi5Launcher,
  frameAncestors: readonly string[] = [],
): Promise<Response | null> {
  if (pathname.startsWith(CMI5_PACKAGES_PATH_PREFIX)) {
    return fileRouteResponse(request, packageHeaders(frameAncestors), () => findPackageFile(pathname, launcher));
  }
  if (!isCmi5Path(pathname)) return null;
  const headers: Record<string, string | undefined> = {};
  request.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
  const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return new Response('Request too large', { status: 413 });
  const out = launcher.handle({
    method: request.method,
    path: pathname,
    query: new URL(request.url).searchParams,
    headers,
    body,
  }) ?? { status: 404, body: 'Not found' };
  return new Response(out.status === 204 ? null : out.body, { status: out.status, headers: headersOf(out) });
}
