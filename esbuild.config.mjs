// Builds the Node-side bundles into out/: the Electron main process, the preload (CommonJS, so it
// runs with sandbox on) and the CLI. The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Dependencies stay in node_modules (native better-sqlite3, electron, optional ffmpeg-static).
  packages: 'external',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

const targets = [
  { entryPoints: { index: 'main/electron/main.ts' }, outdir: 'out/main', outExtension: { '.js': '.cjs' } },
  {
    entryPoints: { index: 'preload/index.ts' },
    outdir: 'out/preload',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
  },
  {
    // Two files: the entry answers `courses list` alone (main/cli/fast-commands.ts) and loads the full CLI
    // (coursewright-main.cjs) for anything else, so a listing never compiles the 1.5 MB of the whole app.
    entryPoints: { coursewright: 'main/cli/coursewright.ts', 'coursewright-main': 'main/cli/run-cli.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.cjs' },
    banner: { js: '#!/usr/bin/env node' },
    // zod is bundled into the full CLI (one file): required from node_modules it is ~100 files to resolve, read and
    // compile at every start. The fast entry loads no zod at all (main/library/course-card-guard.ts): ~9 KB.
    packages: undefined,
    plugins: [externalExcept(['zod']), fullCliApart()],
  },
];

/** The entry's `import('./run-cli')` stays a runtime load of the separate full-CLI bundle. */
function fullCliApart() {
  return {
    name: 'full-cli-apart',
    setup(b) {
      b.onResolve({ filter: /^\.\/run-cli$/ }, (args) =>
        args.importer.endsWith('coursewright.ts') ? { path: './coursewright-main.cjs', external: true } : undefined,
      );
    },
  };
}

/** Marks every package import external except the listed pure-JS ones (bundled). */
function externalExcept(bundled) {
  return {
    name: 'external-except',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

if (watch) {
  const { context } = await import('esbuild');
  for (const t of targets) await (await context({ ...common, ...t })).watch();
} else {
  await Promise.all(targets.map((t) => build({ ...common, ...t })));
}
