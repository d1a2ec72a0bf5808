import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { findDownload } from '../files/download-slots';
import { sendText } from './http-routes';

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), so "Été.zip" survives. */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /api/download/<id>`: streams a file a job wrote into a download slot (see `files.prepareDownload`) as an
 * attachment, then removes it, so each slot downloads once and nothing stays in `<library>/tmp`. The caller has
 * already checked the token. A download cut short also removes it: the client prepares a new slot to retry.
 */
export async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  libraryDir: string,
  rawId: string,
): Promise<void> {
  if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
  const found = await findDownload(libraryDir, rawId);
  // Claimed by an atomic rename before the first byte: a second request for the same id finds nothing.
  const claimed = found ? `${found.dir}-sending` : null;
  const renamed =
    found && claimed
      ? await fs.rename(found.dir, claimed).then(
          () => true,
          () => false,
        )
      : false;
  if (!found || !claimed || !renamed) {
    return sendText(res, 404, 'No such download (it may have been fetched already).');
  }
  const file = { ...found, dir: claimed, path: path.join(claimed, found.name) };
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(file.size),
    'Content-Disposition': attachmentHeader(file.name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  try {
    await pipeline(createReadStream(file.path), res);
  } finally {
    await fs.rm(file.dir, { recursive: true, force: true });
  }
}
