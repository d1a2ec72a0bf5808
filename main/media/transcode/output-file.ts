import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * Outputs are written under a temporary name in the destination folder (same file system, so the final
 * rename is atomic), flushed, then renamed. A crash leaves only `.partial` files, which recovery deletes.
 */
export function tempPathFor(finalPath: string, jobId: string): string {
  const ext = path.extname(finalPath);
  return path.join(path.dirname(finalPath), `${path.basename(finalPath, ext)}.${jobId.slice(0, 8)}.partial${ext}`);
}

export function isPartialFile(name: string): boolean {
  return /\.partial(\.[A-Za-z0-9]+)?$/.test(name);
}

/** fsyncs `tempPath`, renames it over `finalPath` and fsyncs the folder so the rename itself is durable. */
export async function commitFile(tempPath: string, finalPath: string): Promise<number> {
  const handle = await fsp.open(tempPath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tempPath, finalPath);
  syncDir(path.dirname(finalPath));
  return (await fsp.stat(finalPath)).size;
}

export async function removeQuietly(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => fsp.rm(p, { force: true }).catch(() => undefined)));
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
