import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  AppError,
  LMS_BINDINGS,
  PACKAGE_PATHS,
  PLAYER_CSS_FILE,
  playerRuntimeFile,
  runtimeFileFor,
  type ExportFormat,
} from '../../shared';

/** Where `npm run build:player` writes the player, relative to the repository (or app) root. */
const PLAYER_OUT = path.join('out', 'player');
/** One runtime per LMS binding plus the shared stylesheet. */
const REQUIRED = [...LMS_BINDINGS.map(playerRuntimeFile), PLAYER_CSS_FILE];

export interface RuntimeFile {
  /** Path inside the package, e.g. `runtime/player.js`. */
  zipPath: string;
  data: Buffer;
}

const hasPlayer = (dir: string): boolean => REQUIRED.every((f) => existsSync(path.join(dir, f)));

function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = path.resolve(start);
  for (;;) {
    out.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) return out;
    dir = parent;
  }
}

/**
 * Finds the built player: an explicit dir or `COURSEWRIGHT_PLAYER_DIR`, else `player/` next to the
 * running bundle (out/cli, out/main → out/player, also inside app.asar), then `out/player` above the
 * bundle, the entry script or the working directory (sources run by tsx/vitest from the repository).
 */
export function locatePlayerDir(explicit?: string): string {
  // An explicit location (argument or COURSEWRIGHT_PLAYER_DIR) is the only one tried: a wrong override
  // should fail loudly rather than silently package some other build.
  explicit ||= process.env.COURSEWRIGHT_PLAYER_DIR || undefined;
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  else {
    const bundleDir = typeof __dirname === 'string' ? __dirname : null;
    const entry = process.argv[1];
    const roots = [
      ...(bundleDir ? ancestors(bundleDir) : []),
      ...(entry ? ancestors(path.dirname(path.resolve(entry))) : []),
      ...ancestors(process.cwd()),
    ];
    if (bundleDir) candidates.push(path.join(bundleDir, '..', 'player'));
    for (const root of roots) candidates.push(path.join(root, PLAYER_OUT));
  }
  const found = candidates.find(hasPlayer);
  if (!found) {
    throw new AppError(
      'EXPORT',
      `The learner player has not been built (no ${REQUIRED.join('/')} in ${explicit ?? PLAYER_OUT}); run npm run build.`,
      { searched: [...new Set(candidates)].slice(0, 12) },
    );
  }
  return found;
}

/**
 * Reads the runtime a package of `format` ships: the player of its LMS binding (as `runtime/player.js`) and
 * player.css, plus any other asset the player build emitted (fonts), all under `runtime/`. The other bindings'
 * players and source maps are left out.
 */
export async function readRuntimeFiles(playerDir: string, format: ExportFormat): Promise<RuntimeFile[]> {
  const own = runtimeFileFor(format);
  const others = new Set(LMS_BINDINGS.map(playerRuntimeFile).filter((f) => f !== own));
  const names = (await fsp.readdir(playerDir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(playerDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((n) => !n.endsWith('.map') && !n.endsWith('.html') && !others.has(n))
    .sort();
  const runtimeDir = path.posix.dirname(PACKAGE_PATHS.playerJs);
  return Promise.all(
    names.map(async (name) => ({
      zipPath: name === own ? PACKAGE_PATHS.playerJs : `${runtimeDir}/${name}`,
      data: await fsp.readFile(path.join(playerDir, name)),
    })),
  );
}
