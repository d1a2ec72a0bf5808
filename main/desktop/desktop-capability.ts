import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';
import { currentBrowserEnvironment, openFolder, type BrowserEnvironment, type OpenBrowserResult } from './open-browser';

export interface ShowItemResult {
  shown: boolean;
  reason?: string;
}

/** What the host can do on the user's desktop (Electron: `shell`; browser host / CLI: the system opener). */
export interface DesktopCapability {
  /** Reveals `absolutePath` (an existing file or folder) in the file manager. Never throws. */
  showItemInFolder(absolutePath: string): Promise<ShowItemResult>;
  /** Electron only: the native Save dialog; resolves the chosen absolute path, or null when cancelled. */
  chooseSavePath?(request: SavePathRequest): Promise<string | null>;
}

export interface SavePathRequest {
  /** Where the dialog opens: a suggested absolute path, or a bare file name (then the Documents folder). */
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/**
 * Browser host / CLI: opens the containing folder with xdg-open / open / start (no shell, detached).
 * A file cannot be selected that way, so its folder opens; a folder opens itself.
 */
export function openerDesktop(
  environment: BrowserEnvironment = currentBrowserEnvironment(),
  open: (folder: string, environment: BrowserEnvironment) => OpenBrowserResult = openFolder,
): DesktopCapability {
  return {
    showItemInFolder(absolutePath) {
      let folder = absolutePath;
      try {
        if (!fs.statSync(absolutePath).isDirectory()) folder = path.dirname(absolutePath);
      } catch {
        folder = path.dirname(absolutePath);
      }
      const { opened, reason } = open(folder, environment);
      return Promise.resolve(
        opened ? { shown: true } : { shown: false, reason: reason ?? 'could not open the folder' },
      );
    },
  };
}

/**
 * The `app.showItemInFolder` handler: refuses relative paths (VALIDATION: the caller cannot know which
 * folder they would be relative to) and paths that do not exist (NOT_FOUND), then asks the desktop.
 */
export async function showItemInFolder(
  desktop: DesktopCapability | undefined,
  requested: string,
): Promise<ShowItemResult> {
  if (requested.includes('\0') || !path.isAbsolute(requested)) {
    throw new AppError('VALIDATION', 'Give the full (absolute) path of the file to show.');
  }
  const absolutePath = path.resolve(requested);
  try {
    fs.statSync(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('NOT_FOUND', `No such file: ${absolutePath}`);
    throw new AppError('IO', `Cannot read ${absolutePath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!desktop) return { shown: false, reason: 'This host cannot show files.' };
  try {
    return await desktop.showItemInFolder(absolutePath);
  } catch (e) {
    return { shown: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The `files.chooseSavePath` handler: only a desktop with native dialogs can answer (the browser host
 * downloads instead). A relative or empty suggestion opens at the bare file name.
 */
export async function chooseSavePath(
  desktop: DesktopCapability | undefined,
  input: { fileName: string; suggestedPath?: string | undefined; filter: { name: string; extensions: string[] } },
): Promise<{ path: string | null }> {
  if (!desktop?.chooseSavePath) {
    throw new AppError('VALIDATION', 'This host has no Save dialog: the browser downloads the file instead.');
  }
  const suggested = input.suggestedPath?.trim() ?? '';
  const defaultPath =
    suggested && !suggested.includes('\0') && path.isAbsolute(suggested) ? suggested : path.basename(input.fileName);
  const chosen = await desktop.chooseSavePath({ defaultPath, filters: [input.filter] });
  if (chosen === null) return { path: null };
  if (!path.isAbsolute(chosen)) throw new AppError('VALIDATION', `The Save dialog gave a relative path: ${chosen}`);
  return { path: path.resolve(chosen) };
}
