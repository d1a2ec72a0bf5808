import { defineConfig } from 'vite';

/**
 * The learner player, one self-contained IIFE per LMS binding (`out/player/player-<binding>.js`, from
 * `renderer/player/entries/<binding>.ts`) and one shared stylesheet (`out/player/player.css`). A package ships the
 * runtime of its format as `runtime/player.js`. No code splitting, no external fonts; the largest runtime (with
 * the css and index.html) must stay under 100 KB uncompressed (tests/e2e/player-render.spec.ts).
 * `npm run build:player` (player-build.mjs) builds every entry; `PLAYER_BINDING` picks one here.
 */
const binding = process.env.PLAYER_BINDING ?? 'none';

export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Classic JSX (`h(type, props, ...children)`) for the player only: ~2.9 KB less than the automatic runtime's
  // `jsx(type, { ...props, children: [...] })` per element. Same vnodes; the editor keeps the automatic runtime.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h$', pragmaFrag: 'Fragment$' },
    jsxInject: "import { h as h$, Fragment as Fragment$ } from 'preact'",
  },
  build: {
    outDir: 'out/player',
    emptyOutDir: process.env.PLAYER_KEEP_OUT !== '1',
    target: 'es2020',
    minify: true,
    cssCodeSplit: false,
    // esbuild's CSS minifier writes ~0.2 KB less than the default (lightningcss) for the same rules.
    cssMinify: 'esbuild',
    sourcemap: false,
    rolldownOptions: {
      // Property reads have no side effects in the player (terser's pure_getters), so unused reads are dropped.
      treeshake: { propertyReadSideEffects: false },
      // Class fields with assignment semantics (TypeScript's `useDefineForClassFields: false`): the player's classes
      // neither shadow accessors nor rely on [[Define]], and es2020 output needs no defineProperty helper per field.
      transform: {
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    },
    lib: {
      entry: `renderer/player/entries/${binding}.ts`,
      formats: ['iife'],
      name: 'CoursewrightPlayer',
      fileName: () => `player-${binding}.js`,
      cssFileName: 'player',
    },
  },
});
