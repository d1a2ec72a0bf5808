import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * Outputs are written under a temporary name in the destination folder (same file system, so the final
 * rename is atomic), flushed, then renamed. A crash leaves only `.partial` files, which recovery deletes.
 */
export function tempPathFor(finalPath: string, attemptId: string): string {
  // Named after the attempt, never the job: two runs of one job (a takeover) can never write the same file.
  const ext = path.extname(finalPath);
  return path.join(path.dirname(finalPath), `${path.basename(finalPath, ext)}.${attemptId}.partial${ext}`);
}

export function isPartialFile(name: string): boolean {
  return /\.partial(\.[A-Za-z0-9]+)?$/.test(name);
}

export async function removeQuietly(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => fsp.rm(p, { force: true }).catch(() => undefined)));
}

/** Flushes a finished temp file to disk (before the renames, which run under the database's write lock). */
export async function syncFile(tempPath: string): Promise<void> {
  const handle = await fsp.open(tempPath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Renames a flushed temp file over `finalPath` and makes the rename durable; returns the file's size. */
export function renameIntoPlace(tempPath: string, finalPath: string): number {
  fs.renameSync(tempPath, finalPath);
  syncDir(path.dirname(finalPath));
  return fs.statSync(finalPath).size;
}

function syncDir(dir: string): void {
  // Directory fsync is not supported on Windows; there the rename is as durable as the OS makes it.
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}
