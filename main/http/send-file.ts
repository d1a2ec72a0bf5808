import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MEDIA_HEADERS } from '../security/csp';
import { planMediaResponse } from './range';
import type { StaticFile } from './static-files';

/**
 * Serving one file with HTTP Range support, for both transports: Node http (browser host) and fetch-style
 * Request/Response (Electron protocol handlers). Callers resolve the file (never from a raw URL path) and pass
 * the headers their route needs; these helpers only plan the range and stream the bytes.
 */
interface ServableFile {
  path: string;
  size: number;
  mime: string;
}

/** Node http: 200/206/416 with the planned headers plus `headers`; HEAD and unsatisfiable ranges send no body. */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: ServableFile,
  headers: Record<string, string> = {},
): Promise<void> {
  const plan = planMediaResponse({ size: file.size, mime: file.mime, rangeHeader: req.headers.range ?? null });
  res.writeHead(plan.status, { ...plan.headers, ...headers });
  if (req.method === 'HEAD' || !plan.range) {
    res.end();
    return;
  }
  await pipeline(createReadStream(file.path, { start: plan.range.start, end: plan.range.end }), res);
}

/** Node http: like `sendFile`, for bytes already in memory (sanitized SVG). */
export function sendBytes(
  req: IncomingMessage,
  res: ServerResponse,
  bytes: Buffer,
  mime: string,
  headers: Record<string, string> = {},
): void {
  const plan = planMediaResponse({ size: bytes.length, mime, rangeHeader: req.headers.range ?? null });
  res.writeHead(plan.status, { ...plan.headers, ...headers });
  if (req.method === 'HEAD' || !plan.range) res.end();
  else res.end(bytes.subarray(plan.range.start, plan.range.end + 1));
}

/** fetch-style `sendBytes`. */
export function bytesResponse(
  request: Request,
  bytes: Buffer,
  mime: string,
  headers: Record<string, string> = {},
): Response {
  const plan = planMediaResponse({ size: bytes.length, mime, rangeHeader: request.headers.get('range') });
  const body =
    plan.range && request.method !== 'HEAD'
      ? new Uint8Array(bytes.subarray(plan.range.start, plan.range.end + 1))
      : null;
  return new Response(body, { status: plan.status, headers: { ...plan.headers, ...headers } });
}

/** fetch-style: the same response as `sendFile`, for Electron's protocol.handle. */
export function fileResponse(request: Request, file: ServableFile, headers: Record<string, string> = {}): Response {
  const plan = planMediaResponse({ size: file.size, mime: file.mime, rangeHeader: request.headers.get('range') });
  const body =
    plan.range && request.method !== 'HEAD'
      ? (Readable.toWeb(
          createReadStream(file.path, { start: plan.range.start, end: plan.range.end }),
        ) as unknown as ReadableStream<Uint8Array>)
      : null;
  return new Response(body, { status: plan.status, headers: { ...plan.headers, ...headers } });
}

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8' };
const missingText = (file: Extract<StaticFile, { ok: false }>, detail: boolean) =>
  file.status === 404 ? (detail ? `Not found: ${file.reason}` : 'Not found') : 'Refused';

/**
 * A read-only file route on Node http: GET/HEAD only (405 otherwise), the resolved file or its refusal, with
 * `headers` on every answer. `detail` adds the resolver's reason to 404 bodies (our own build output only).
 */
export async function serveFileRoute(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  find: () => Promise<StaticFile>,
  detail = false,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD', ...PLAIN }).end();
    return;
  }
  const file = await find();
  if (!file.ok) {
    res.writeHead(file.status, { ...headers, ...PLAIN }).end(`${missingText(file, detail)}\n`);
    return;
  }
  await sendFile(req, res, file, withSvgSandbox(file.mime, headers));
}

/** The same route as a fetch Response. */
export async function fileRouteResponse(
  request: Request,
  headers: Record<string, string>,
  find: () => Promise<StaticFile>,
): Promise<Response> {
  const file = await find();
  if (!file.ok)
    return new Response(missingText(file, false), { status: file.status, headers: { ...headers, ...PLAIN } });
  return fileResponse(request, file, withSvgSandbox(file.mime, headers));
}

/**
 * SVG files in packages and previews are opened as documents too ("open image in new tab"): they get the media
 * CSP (sandboxed, no script) instead of the page CSP. Images shown through <img> are unaffected.
 */
function withSvgSandbox(mime: string, headers: Record<string, string>): Record<string, string> {
  return mime === 'image/svg+xml' ? { ...headers, ...MEDIA_HEADERS } : headers;
}

/**
 * Headers for pages the app frames (packages, previews, the LMS pages): `csp` must end its frame-ancestors
 * directive as `frame-ancestors 'self'`; `frameAncestors` adds the app origin(s) when these pages are served
 * from the separate content origin (X-Frame-Options cannot express that, so it is only sent without them).
 */
export function framedContentHeaders(csp: string, frameAncestors: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': frameAncestors.length
      ? csp.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${frameAncestors.join(' ')}`)
      : csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...(frameAncestors.length ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}
