import { defineConfig } from 'vite';

/**
 * The learner player: one self-contained IIFE (`out/player/player.js`) and one stylesheet
 * (`out/player/player.css`) that exporters copy into every package as `runtime/`. No code splitting,
 * no external fonts; the total (with index.html) must stay under 100 KB uncompressed (checked by tests/e2e/player-render.spec.ts).
 */
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'out/player',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    cssCodeSplit: false,
    sourcemap: false,
    lib: {
      entry: 'renderer/player/main.ts',
      formats: ['iife'],
      name: 'CoursewrightPlayer',
      fileName: () => 'player.js',
      cssFileName: 'player',
    },
  },
});
