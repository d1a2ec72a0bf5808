/** Injected at build time from package.json (esbuild/vite `define`). */
declare const __APP_VERSION__: string;
