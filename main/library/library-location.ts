import os from 'node:os';
import path from 'node:path';

/** Must match `productName` in package.json/electron-builder.yml: Electron derives userData from it. */
export const PRODUCT_NAME = 'Coursewright';
const LIBRARY_ENV = 'COURSEWRIGHT_LIBRARY';

/**
 * Where the library lives: `--library <dir>` / `--library=<dir>` beats `COURSEWRIGHT_LIBRARY` beats `defaultDir`.
 * Relative paths are resolved against the current working directory.
 */
export function resolveLibraryDir(opts: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  defaultDir: string;
}): string {
  const fromArgs = libraryArg(opts.argv);
  const fromEnv = opts.env[LIBRARY_ENV]?.trim();
  return path.resolve(fromArgs ?? (fromEnv ? fromEnv : opts.defaultDir));
}

function libraryArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--library') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith('--library=')) {
      const value = arg.slice('--library='.length);
      if (value) found = value;
    }
  }
  return found;
}

/**
 * Mirrors Electron's `app.getPath('userData')` for this product, so the CLI and the browser host (plain Node,
 * no Electron) find the same library as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    case 'win32':
      return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
  }
}
