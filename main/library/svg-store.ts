import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ORIGINALS_DIR } from './media-store';
import { detectMediaType } from './mime';
import { sanitizeSvg } from '../security/svg-sanitize';

interface StorableSource {
  /** The file to copy into the store. */
  readonly path: string;
  /** Removes the sanitized copy, if one was made. */
  done(): Promise<void>;
}

/**
 * SVG can carry script, so the library stores only the sanitizer's output, whichever way a file arrives (media
 * import, upload, archive import, the sample). A file is SVG here exactly when the library would record it as
 * `image/svg+xml` (same detection as the asset row). Unsafe or unreadable SVG is refused with the sanitizer's
 * MEDIA error before anything is stored. The copy uses the store's temp naming, so a crash leaves nothing that
 * the next start does not sweep.
 */
export async function storableSource(
  libraryDir: string,
  sourcePath: string,
  fileName: string,
): Promise<StorableSource> {
  const unchanged = { path: sourcePath, done: () => Promise.resolve() };
  let head: Buffer;
  try {
    head = await readHead(sourcePath);
  } catch {
    return unchanged; // Unreadable: the store's copy reports it with its own typed error.
  }
  if (detectMediaType(fileName, head).mime !== 'image/svg+xml') return unchanged;
  const clean = sanitizeSvg(await fsp.readFile(sourcePath, 'utf8'), fileName);
  const dir = path.join(libraryDir, ORIGINALS_DIR);
  await fsp.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.incoming-${randomUUID()}.part`);
  await fsp.writeFile(temp, clean, { flag: 'wx' });
  return { path: temp, done: () => fsp.rm(temp, { force: true }) };
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await fsp.open(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
