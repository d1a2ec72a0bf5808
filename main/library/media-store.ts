import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, systemAppError } from '../../shared';
import { libraryTempPath } from '../library/library-temp';

/** Where originals live inside a library folder. */
export const ORIGINALS_DIR = path.join('media', 'originals');

export interface StoredFile {
  sha256: string;
  size: number;
  /** Relative to the library folder, with forward slashes (stored in the database). */
  relativePath: string;
  absolutePath: string;
  /** The first bytes of the file, for type detection. */
  head: Buffer;
}

/** A safe, lower-case extension taken from a file name ('' when it has none or an odd one). */
export function safeExtension(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}

/** `media/originals/<first 2 hex>/<sha256><ext>` — the content address of a file. */
export function originalPathFor(sha256: string, ext: string): string {
  return [ORIGINALS_DIR.split(path.sep).join('/'), sha256.slice(0, 2), `${sha256}${ext}`].join('/');
}

/**
 * Copies a file into the content-addressed store: streams it into a temp file beside the store while hashing,
 * fsyncs, then renames it into place (or drops the temp when that content is already stored). A crash at any
 * point leaves either nothing or a complete file, never a torn one under its final name; the database row is
 * written by the caller only after this resolves.
 */
export async function storeOriginal(libraryDir: string, sourcePath: string, ext: string): Promise<StoredFile> {
  const storeRoot = path.join(libraryDir, ORIGINALS_DIR);
  await fsp.mkdir(storeRoot, { recursive: true });
  // In <library>/tmp (same disk, so the rename below is atomic), swept at the next open if we are killed.
  const tempPath = libraryTempPath(libraryDir, 'incoming', '.part');
  const hash = createHash('sha256');
  let size = 0;
  const heads: Buffer[] = [];
  let headLength = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < 512) {
        heads.push(chunk.subarray(0, 512 - headLength));
        headLength += Math.min(chunk.length, 512 - headLength);
      }
      done(null, chunk);
    },
  });

  try {
    const out = fs.createWriteStream(tempPath, { flags: 'wx' });
    try {
      await pipeline(fs.createReadStream(sourcePath), tap, out);
    } catch (e) {
      throw (
        systemAppError(e, `Copying ${path.basename(sourcePath)} into the library`) ??
        new AppError('IO', `Could not copy ${path.basename(sourcePath)} into the library: ${messageOf(e)}`)
      );
    }
    const handle = await fsp.open(tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }

    const sha256 = hash.digest('hex');
    const relativePath = originalPathFor(sha256, ext);
    const absolutePath = path.join(libraryDir, ...relativePath.split('/'));
    await fsp.mkdir(path.dirname(absolutePath), { recursive: true });
    if (await exists(absolutePath)) {
      await fsp.rm(tempPath, { force: true });
    } else {
      await fsp.rename(tempPath, absolutePath);
      await syncDir(path.dirname(absolutePath));
    }
    return { sha256, size, relativePath, absolutePath, head: Buffer.concat(heads) };
  } catch (e) {
    await fsp.rm(tempPath, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Removes `.incoming-*.part` files that versions before `<library>/tmp/` left in the store when killed
 * mid-copy (new temp files are swept by `sweepLibraryTemp`). Only old ones: another process (the CLI next to
 * the app) may be importing right now.
 */
export function removeStaleTempFiles(libraryDir: string, olderThanMs = 60 * 60 * 1000): number {
  const root = path.join(libraryDir, ORIGINALS_DIR);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!/^\.incoming-[0-9a-f-]+\.part$/.test(name)) continue;
    const full = path.join(root, name);
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > olderThanMs) {
        fs.rmSync(full, { force: true });
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

/** Makes a rename durable (POSIX); directories cannot be opened for sync on Windows, where NTFS journals it. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
