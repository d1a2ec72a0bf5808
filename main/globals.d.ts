/** Injected from package.json by esbuild (esbuild.config.mjs), the one place it is defined; see main/version.ts. */
declare const __APP_VERSION__: string;
