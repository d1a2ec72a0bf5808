import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The LMS pages (plain TypeScript + scorm-again), served from the content origin (never the app's):
// index.html, the stand-in used by in-app preview and the e2e tests, and learn.html, learner mode's LMS host.
// Built to out/lms and served at <content base>/lms/ by the browser host and cwcontent://coursewright/lms/ in Electron.
export default defineConfig({
  root: 'renderer/lms-stand-in',
  base: './',
  build: {
    outDir: '../../out/lms',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/lms-stand-in/index.html', import.meta.url)),
        learn: fileURLToPath(new URL('./renderer/lms-stand-in/learn.html', import.meta.url)),
      },
    },
  },
});
