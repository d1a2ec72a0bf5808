import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The React authoring UI. Served by the app:// protocol in Electron and by the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
});
