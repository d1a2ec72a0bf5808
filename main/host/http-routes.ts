import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { err, idSchema, MAX_MESSAGE_BYTES, type Result } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import type { CallContext, Router } from '../ipc/router';
import { sendLibraryMedia } from '../http/library-media';
import { findStaticFile } from '../http/static-files';
import { MEDIA_HEADERS, securityHeaders } from '../security/csp';

/** Plain-text answer (errors, 401s); never echoes request data. */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(`${text}\n`);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(json)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

type BodyRead = { ok: true; body: Buffer } | { ok: false; tooLarge: true };

/** Reads a request body, giving up (without buffering more) once it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume(); // drain without keeping it
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.byteLength;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.on('error', reject);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `POST /api/invoke/<channel>`: JSON body in, Result out (200 even for application errors). */
export async function handleInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  router: Router,
  rawChannel: string,
  ctx: CallContext = { host: 'browser' },
) {
  if (req.method !== 'POST') {
    sendJson(res, 405, err('VALIDATION', 'Use POST with a JSON body.'), { Allow: 'POST' });
    return;
  }
  let channel: string;
  try {
    channel = decodeURIComponent(rawChannel);
  } catch {
    channel = rawChannel;
  }
  const body = await readBody(req, MAX_MESSAGE_BYTES);
  if (!body.ok) {
    sendJson(res, 413, err('VALIDATION', `Request body too large (limit ${MAX_MESSAGE_BYTES} bytes).`), {
      Connection: 'close',
    });
    return;
  }
  const parsed = parseJsonBody(body.body);
  const result: Result<unknown> = parsed.ok
    ? await router.dispatch(channel, parsed.value, ctx)
    : err('VALIDATION', parsed.message);
  sendJson(res, 200, result);
}

/** An empty body means "no arguments" (`{}`), so `curl -X POST .../courses.list` works. */
function parseJsonBody(body: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, message: 'Request body is not valid UTF-8.' };
  }
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON.' };
  }
}

/** `GET /media/<assetId>`: the id is resolved by the library only; Range → 206/416. */
export async function handleMedia(req: IncomingMessage, res: ServerResponse, library: CourseLibrary, rawId: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const id = idSchema.safeParse(rawId);
  if (!id.success) {
    sendText(res, 400, 'Bad asset id');
    return;
  }
  const file = library.assetFile(id.data);
  if (!file) {
    sendText(res, 404, 'No such asset', MEDIA_HEADERS);
    return;
  }
  await sendLibraryMedia(req, res, file);
}

/** Built renderer files, with the CSP on every response; index.html is never cached. */
export async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string,
  url: URL,
  csp: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await findStaticFile(staticDir, url.pathname);
  if (!file.ok) {
    const message =
      file.status === 404 && url.pathname === '/'
        ? 'The renderer is not built yet: run `npm run build`.'
        : file.status === 404
          ? 'Not found'
          : 'Refused';
    sendText(res, file.status, message, securityHeaders(csp));
    return;
  }
  res.writeHead(200, {
    ...securityHeaders(csp),
    'Content-Type': file.mime,
    'Content-Length': String(file.size),
    'Cache-Control': file.isIndex ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file.path), res);
}
