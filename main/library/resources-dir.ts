import fs from 'node:fs';
import path from 'node:path';

const RESOURCES_ENV = 'COURSEWRIGHT_RESOURCES';
/** A file that only the real resources folder has: how candidates are recognised. */
const MARKER = path.join('sample', 'README.md');

/**
 * Finds the app's `resources/` folder from wherever the code runs:
 * 1. `COURSEWRIGHT_RESOURCES` (explicit override);
 * 2. `packagedResourcesPath` (Electron's `process.resourcesPath`, for `extraResources` copied as `resources/`
 *    or flattened into it);
 * 3. next to the bundle (`out/cli/coursewright.cjs`, `out/main/index.cjs` → `../../resources`);
 * 4. walking up from the entry script and the working directory (tests, tsx from source).
 */
export function resolveResourcesDir(
  packagedResourcesPath?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const override = env[RESOURCES_ENV]?.trim();
  if (override) return path.resolve(override);

  const candidates: string[] = [];
  if (packagedResourcesPath) candidates.push(path.join(packagedResourcesPath, 'resources'), packagedResourcesPath);
  // `__dirname` exists in the CommonJS bundles; in ES modules run from source it does not.
  if (typeof __dirname !== 'undefined') candidates.push(...ancestors(__dirname).map((d) => path.join(d, 'resources')));
  const entry = process.argv[1];
  if (entry) candidates.push(...ancestors(path.dirname(path.resolve(entry))).map((d) => path.join(d, 'resources')));
  candidates.push(...ancestors(process.cwd()).map((d) => path.join(d, 'resources')));

  const found = candidates.find((dir) => fs.existsSync(path.join(dir, MARKER)));
  if (!found) {
    throw new Error(
      `Could not find Coursewright's resources folder (looked for ${MARKER} in ${candidates.length} places); ` +
        `set ${RESOURCES_ENV} to its path.`,
    );
  }
  return found;
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    out.push(current);
    const parent = path.dirname(current);
    if (parent === current) return out;
    current = parent;
  }
}
