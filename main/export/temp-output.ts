import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';

/** Sibling temporary path: same directory, so the final rename is atomic and never crosses devices. */
export function partialPath(outPath: string): string {
  return `${outPath}.partial-${randomBytes(6).toString('hex')}`;
}

export const cancelledError = () => new AppError('CANCELLED', 'The export was cancelled.');

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

export async function removeQuietly(target: string): Promise<void> {
  await fsp.rm(target, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/**
 * Checks, before any work starts, that `outPath`'s folder exists and is writable and that `outPath`
 * is not something we must not replace (clear errors for the CLI and the dialog).
 */
export async function checkOutputLocation(outPath: string, output: 'zip' | 'folder' = 'zip'): Promise<void> {
  const dir = path.dirname(path.resolve(outPath));
  const stat = await fsp.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new AppError('IO', `The output folder does not exist: ${dir}`);
  try {
    await fsp.access(dir, fsp.constants.W_OK);
  } catch {
    throw new AppError('IO', `The output folder is not writable: ${dir}`);
  }
  const existing = await fsp.stat(outPath).catch(() => null);
  if (!existing) return;
  if (output === 'zip' && existing.isDirectory()) {
    throw new AppError('IO', `${outPath} is a folder; choose a file name for the zip.`);
  }
  if (output === 'folder' && !existing.isDirectory()) {
    throw new AppError('IO', `${outPath} is a file; choose a folder path for the package.`);
  }
  if (output === 'folder' && !(await looksLikeExport(outPath))) {
    throw new AppError(
      'IO',
      `${outPath} is an existing folder that is not a Coursewright export; choose another path.`,
    );
  }
}

/** A folder we may replace: one an earlier export wrote (or an empty one). */
async function looksLikeExport(dir: string): Promise<boolean> {
  const names = await fsp.readdir(dir).catch(() => null);
  if (!names) return false;
  return names.length === 0 || (names.includes('index.html') && names.includes('content'));
}

/**
 * Writes a package as a folder: into `<outPath>.partial-<random>/`, then swapped in by rename, so a
 * cancelled or failed export leaves nothing and an earlier export at `outPath` is replaced whole.
 */
export async function writeFolder(
  outPath: string,
  write: (tmpDir: string) => Promise<void>,
  signal?: AbortSignal | undefined,
): Promise<void> {
  throwIfAborted(signal);
  const tmp = partialPath(outPath);
  let old: string | null = null;
  try {
    await fsp.mkdir(tmp);
    await write(tmp);
    throwIfAborted(signal);
    if (await fsp.stat(outPath).catch(() => null)) {
      old = partialPath(outPath);
      await fsp.rename(outPath, old);
    }
    await fsp.rename(tmp, outPath);
  } catch (e) {
    await removeQuietly(tmp);
    if (old) await fsp.rename(old, outPath).catch(() => undefined);
    old = null;
    throw e;
  } finally {
    if (old) await removeQuietly(old);
  }
}
