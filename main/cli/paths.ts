import fs from 'node:fs';
import path from 'node:path';

/**
 * Locates the project folder (the one whose package.json names coursewright) from the running
 * script: out/cli/coursewright.cjs when bundled, main/cli/coursewright.ts under tsx.
 */
export function findProjectRoot(start: string = path.dirname(path.resolve(process.argv[1] ?? '.'))): string | null {
  let dir = start;
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'coursewright') return dir;
    } catch {
      // no package.json here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The built renderer the browser host serves. `COURSEWRIGHT_RENDERER_DIR` overrides it (tests, packagers). */
export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.COURSEWRIGHT_RENDERER_DIR;
  if (override) return path.resolve(override);
  const root = findProjectRoot() ?? process.cwd();
  return path.join(root, 'out', 'renderer');
}
