/**
 * Which modules make up a player runtime, and how much each weighs: builds `renderer/player/entries/<binding>.ts`
 * (default cmi5, the largest) unminified in memory, then minifies each module's rendered code on its own. Figures
 * are approximate (top-level names stay long, the whole-bundle pass joins more), but they rank the modules.
 *
 *   node --import tsx bench/player-module-sizes.ts [binding]
 */
import { minifySync } from 'rolldown/utils';
import { build } from 'vite';

const binding = process.argv[2] ?? 'cmi5';
process.env.PLAYER_BINDING = binding;
process.env.PLAYER_KEEP_OUT = '1';
const rows: [number, string][] = [];
await build({
  configFile: 'vite.player.config.ts',
  logLevel: 'warn',
  build: { minify: false, write: false },
  plugins: [
    {
      name: 'module-sizes',
      generateBundle(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          for (const [id, m] of Object.entries(chunk.modules)) {
            if (!m.code) continue;
            // Wrapped so the module's own names are mangled; not compressed, so nothing is dropped as unused.
            const code = minifySync('m.js', `window.m=function(){${m.code}}`, { mangle: true, compress: false }).code;
            rows.push([code.length, id.replace(`${process.cwd()}/`, '')]);
          }
        }
      },
    },
  ],
});
rows.sort((a, b) => b[0] - a[0]);
for (const [n, id] of rows) console.log(String(n).padStart(6), id);
console.log(`${binding}: ${rows.reduce((s, [n]) => s + n, 0)} bytes in ${rows.length} modules (approximate)`);
