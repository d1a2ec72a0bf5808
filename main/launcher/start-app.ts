// `npm start` / `coursewright start`: the Electron app when an Electron binary exists, otherwise (offline CI
// machines, servers) the browser host, so the main command always works. Plain Node: never imports electron.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createAppContext } from '../app/app-context';
import { startBrowserHost } from '../host/browser-host';
import { defaultUserDataDir, resolveLibraryDir } from '../library/library-location';
import { findElectronBinary, resolveElectronVersion } from './find-electron';
import { ensureElectronNativeBinding, NATIVE_BINDING_ENV } from './native-binding';
import { openBrowser as openInBrowser } from '../desktop/open-browser';

export interface StartAppOptions {
  libraryDir?: string;
  port?: number;
  projectRoot: string;
  /** Open the browser-host URL in a browser when one is available (default true). */
  openBrowser?: boolean;
  /** Stops the app (browser host, or the Electron child) when aborted; SIGINT/SIGTERM do the same. */
  signal?: AbortSignal;
  /** Where the plain-language status lines go (default: stderr). */
  log?: (line: string) => void;
  /** Where the browser host's URL line goes (default: stdout), so scripts can read it. */
  stdout?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const defaultLog = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Resolves when the app has finished: Electron exited (its exit code becomes `process.exitCode`) or the browser
 * host was stopped by a signal or `opts.signal`.
 */
export async function startApp(opts: StartAppOptions): Promise<void> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? defaultLog;
  const lookup = findElectronBinary({ env, projectRoot: opts.projectRoot });
  if (!lookup.found) {
    log(`No Electron binary found (${lookup.reason}). Starting Coursewright in your browser instead.`);
    return runBrowserHost(opts, log);
  }

  const version = resolveElectronVersion(lookup.binaryPath, lookup.version);
  if (!version) {
    log(`Could not tell the version of ${lookup.binaryPath}. Starting Coursewright in your browser instead.`);
    return runBrowserHost(opts, log);
  }
  let binding: string;
  try {
    binding = await ensureElectronNativeBinding({ projectRoot: opts.projectRoot, electronVersion: version, env, log });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log(
      `Could not build better-sqlite3 for Electron ${version} (${reason}). Starting Coursewright in your browser instead.`,
    );
    return runBrowserHost(opts, log);
  }
  return runElectron(opts, lookup.binaryPath, binding, env, log);
}

/** Electron's arguments: the project folder (so package.json `main` and the app name apply), then ours. */
export function electronArgs(projectRoot: string, libraryDir: string | undefined, runningAsRoot: boolean): string[] {
  // Chromium refuses to start as root unless its sandbox is disabled; only containers and CI run it so.
  return [...(runningAsRoot ? ['--no-sandbox'] : []), projectRoot, ...(libraryDir ? ['--library', libraryDir] : [])];
}

function runElectron(
  opts: StartAppOptions,
  binaryPath: string,
  binding: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const mainEntry = path.join(opts.projectRoot, 'out', 'main', 'index.cjs');
  if (!fs.existsSync(mainEntry)) {
    log(`${mainEntry} is missing: run npm run build first.`);
    process.exitCode = 1;
    return Promise.resolve();
  }
  const runningAsRoot = process.platform === 'linux' && process.getuid?.() === 0;
  if (runningAsRoot) log('Running as root: starting Electron with --no-sandbox.');
  const childEnv: NodeJS.ProcessEnv = { ...env, [NATIVE_BINDING_ENV]: binding };
  delete childEnv.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  const child = spawn(binaryPath, electronArgs(opts.projectRoot, opts.libraryDir, runningAsRoot), {
    stdio: 'inherit',
    env: childEnv,
    shell: false,
  });

  return new Promise<void>((resolve) => {
    const forward = (sig: NodeJS.Signals) => () => {
      if (child.exitCode === null) child.kill(sig);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    const onAbort = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      opts.signal?.removeEventListener('abort', onAbort);
      process.exitCode = code;
      resolve();
    };
    child.once('error', (e) => {
      log(`Could not start Electron: ${e.message}`);
      done(1);
    });
    child.once('exit', (code, sig) => {
      if (sig) log(`Electron exited with signal ${sig}`);
      done(code ?? 1);
    });
  });
}

async function runBrowserHost(opts: StartAppOptions, log: (line: string) => void): Promise<void> {
  const env = opts.env ?? process.env;
  const staticDir = env.COURSEWRIGHT_RENDERER_DIR
    ? path.resolve(env.COURSEWRIGHT_RENDERER_DIR)
    : path.join(opts.projectRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    log(`Warning: ${staticDir} has no index.html; run npm run build to get the app's pages.`);
  }
  const libraryDir = opts.libraryDir ?? resolveLibraryDir({ argv: [], env, defaultDir: defaultUserDataDir() });
  const context = await createAppContext({ libraryDir, host: 'browser' });
  let host;
  try {
    host = await startBrowserHost({ context, staticDir, ...(opts.port !== undefined ? { port: opts.port } : {}) });
  } catch (e) {
    await context.close();
    throw e;
  }
  (opts.stdout ?? ((text: string) => process.stdout.write(text)))(`Coursewright is running at ${host.url}\n`);
  log(`Library: ${libraryDir}. Press Ctrl+C to stop.`);
  if (opts.openBrowser !== false) {
    const opened = openInBrowser(host.url);
    if (!opened.opened) log(`Not opening a browser (${opened.reason ?? 'unknown reason'}): open the URL above.`);
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      opts.signal?.removeEventListener('abort', stop);
      resolve();
    };
    if (opts.signal?.aborted) return stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    opts.signal?.addEventListener('abort', stop, { once: true });
  });
  await host.close();
  await context.close();
}
