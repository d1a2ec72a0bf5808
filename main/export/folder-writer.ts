import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';
import { writeFolder, throwIfAborted } from './temp-output';
import { entryBytes, sortEntries, type PackageEntry, type WriteOptions } from './zip-writer';

/**
 * Writes a package as a plain folder (html5 opened from disk, previews). Same guarantees as the
 * zip: built in a temporary sibling and renamed into place only when complete.
 */
export async function writeFolderPackage(
  outPath: string,
  entries: readonly PackageEntry[],
  opts: WriteOptions = {},
): Promise<void> {
  const sorted = sortEntries(entries);
  const total = sorted.reduce((n, e) => n + entryBytes(e), 0);
  let done = 0;
  await writeFolder(
    outPath,
    async (dir) => {
      for (const entry of sorted) {
        throwIfAborted(opts.signal);
        const target = path.join(dir, ...entry.path.split('/'));
        await fsp.mkdir(path.dirname(target), { recursive: true });
        if (entry.kind === 'buffer') {
          await fsp.writeFile(target, entry.data);
        } else {
          try {
            await fsp.copyFile(entry.sourcePath, target);
          } catch (e) {
            throw new AppError('EXPORT', `Cannot read ${entry.sourcePath}: ${(e as Error).message}`);
          }
        }
        done += entryBytes(entry);
        opts.onProgress?.({ done, total });
      }
    },
    opts.signal,
  );
}
