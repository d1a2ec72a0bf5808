import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError, systemAppError } from '../../shared';
import { writeFolder, throwIfAborted } from './temp-output';
import { entryBytes, sortEntries, type PackageEntry, type WriteOptions } from './zip-writer';

/** The file-system calls the folder writer makes: a seam, so tests can fail them (ENOSPC) at will. */
export interface FolderFs {
  mkdir: (dir: string, opts: { recursive: true }) => Promise<unknown>;
  writeFile: (file: string, data: Buffer) => Promise<void>;
  copyFile: (from: string, to: string) => Promise<void>;
}

interface FolderWriteOptions extends WriteOptions {
  fs?: FolderFs | undefined;
}

/**
 * Writes a package as a plain folder (html5 opened from disk, previews). Same guarantees as the
 * zip: built in a temporary sibling and renamed into place only when complete.
 */
export async function writeFolderPackage(
  outPath: string,
  entries: readonly PackageEntry[],
  opts: FolderWriteOptions = {},
): Promise<void> {
  const fs: FolderFs = opts.fs ?? fsp;
  const sorted = sortEntries(entries);
  const total = sorted.reduce((n, e) => n + entryBytes(e), 0);
  let done = 0;
  await writeFolder(
    outPath,
    async (dir) => {
      for (const entry of sorted) {
        throwIfAborted(opts.signal);
        const target = path.join(dir, ...entry.path.split('/'));
        try {
          await fs.mkdir(path.dirname(target), { recursive: true });
          if (entry.kind === 'buffer') await fs.writeFile(target, entry.data);
          else await fs.copyFile(entry.sourcePath, target);
        } catch (e) {
          // A full disk is the destination's problem, not the source's: say so, and what to do.
          const system = systemAppError(e, `Writing ${entry.path} of the export`);
          if (system) throw system;
          if (entry.kind === 'buffer') throw e;
          throw new AppError('EXPORT', `Cannot copy ${entry.sourcePath}: ${(e as Error).message}`);
        }
        done += entryBytes(entry);
        opts.onProgress?.({ done, total });
      }
    },
    opts.signal,
  );
}
