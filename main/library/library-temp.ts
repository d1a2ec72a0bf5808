import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Temp work of imports, exports and media copies lives in `<library>/tmp/`, never the system temp folder: it
 * is on the same disk as the library (renames into place stay atomic, a full disk is the library's disk) and it
 * is swept at the next open after a crash. Every name starts with the owning process id, so the sweep removes
 * only what a dead process left and never another live process's work (the CLI next to the app).
 */
export const TEMP_DIR = 'tmp';

const OWNED = /^(\d+)-/;

export const libraryTempRoot = (libraryDir: string): string => path.join(libraryDir, TEMP_DIR);

/** A fresh, unused name in `<library>/tmp/`: `<pid>-<label>-<random><ext>` (nothing is created). */
export const libraryTempName = (libraryDir: string, label: string, ext = ''): string =>
  path.join(libraryTempRoot(libraryDir), `${process.pid}-${label}-${randomBytes(8).toString('hex')}${ext}`);

/** Like `libraryTempName`, after making sure `<library>/tmp/` exists. */
export function libraryTempPath(libraryDir: string, label: string, ext = ''): string {
  fs.mkdirSync(libraryTempRoot(libraryDir), { recursive: true });
  return libraryTempName(libraryDir, label, ext);
}

/** Creates and returns a fresh folder in `<library>/tmp/` for one piece of work; the caller removes it. */
export async function makeLibraryTempDir(libraryDir: string, label: string): Promise<string> {
  const dir = libraryTempPath(libraryDir, label);
  await fs.promises.mkdir(dir);
  return dir;
}

/** False only when no process with that id exists (EPERM: it exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes what dead processes left in `<library>/tmp/` (and anything there not named by our scheme, which no
 * live process can be using). Returns how many entries were removed. Never throws: a sweep that cannot
 * remove something tries again at the next open.
 */
export function sweepLibraryTemp(libraryDir: string): number {
  const root = libraryTempRoot(libraryDir);
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const owner = OWNED.exec(name)?.[1];
    if (owner !== undefined && processAlive(Number(owner))) continue;
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true, maxRetries: 3 });
      removed++;
    } catch {
      // Still in use on Windows, or permissions: the next open tries again.
    }
  }
  return removed;
}
