import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sanitizeSvg } from '../security/svg-sanitize';
import { MEDIA_HEADERS } from '../security/csp';
import { bytesResponse, fileResponse, sendBytes, sendFile } from './send-file';

/** A library asset file as the library resolves it (never from a URL path). */
interface LibraryMediaFile {
  path: string;
  mime: string;
}

type Servable =
  | { kind: 'file'; path: string; size: number; mime: string }
  | { kind: 'bytes'; bytes: Buffer; mime: string }
  | { kind: 'missing' }
  | { kind: 'unsafe' };

const SVG = 'image/svg+xml';
const MISSING = 'Asset file is missing from the library';
const UNSAFE = 'This SVG is not safe to show';

/**
 * What to send for a library asset. SVG is sanitized again on the way out: libraries written before store-time
 * sanitization may hold a hostile original, and only sanitized SVG is ever served (the CSP sandbox is the second
 * wall). Sanitizing is idempotent and SVG files are small.
 */
async function servable(file: LibraryMediaFile): Promise<Servable> {
  try {
    if (file.mime !== SVG)
      return { kind: 'file', path: file.path, size: (await fs.stat(file.path)).size, mime: file.mime };
    const source = await fs.readFile(file.path, 'utf8');
    try {
      return { kind: 'bytes', bytes: Buffer.from(sanitizeSvg(source), 'utf8'), mime: SVG };
    } catch {
      return { kind: 'unsafe' };
    }
  } catch {
    return { kind: 'missing' };
  }
}

const text = (status: number, body: string) => ({
  status,
  headers: { ...MEDIA_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  body: `${body}\n`,
});

/** Node http (browser host): the asset with Range support and the media headers (CSP sandbox, nosniff). */
export async function sendLibraryMedia(req: IncomingMessage, res: ServerResponse, file: LibraryMediaFile) {
  const s = await servable(file);
  if (s.kind === 'file') return sendFile(req, res, s, { ...MEDIA_HEADERS });
  if (s.kind === 'bytes') return sendBytes(req, res, s.bytes, s.mime, { ...MEDIA_HEADERS });
  const t = s.kind === 'missing' ? text(404, MISSING) : text(415, UNSAFE);
  res.writeHead(t.status, t.headers).end(t.body);
}

/** fetch-style (Electron media://): the same response. */
export async function libraryMediaResponse(request: Request, file: LibraryMediaFile): Promise<Response> {
  const s = await servable(file);
  if (s.kind === 'file') return fileResponse(request, s, { ...MEDIA_HEADERS });
  if (s.kind === 'bytes') return bytesResponse(request, s.bytes, s.mime, { ...MEDIA_HEADERS });
  const t = s.kind === 'missing' ? text(404, MISSING) : text(415, UNSAFE);
  return new Response(t.body, { status: t.status, headers: t.headers });
}
