import { defineConfig } from 'vite';

// The stand-in LMS page (plain TypeScript + scorm-again) used by in-app preview and the e2e tests.
// Built to out/lms and served at /lms/ by the browser host and app://coursewright/lms/ in Electron.
export default defineConfig({
  root: 'renderer/lms-stand-in',
  base: './',
  build: {
    outDir: '../../out/lms',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
});
