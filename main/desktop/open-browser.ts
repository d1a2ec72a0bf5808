// Opens a URL in the user's browser when there plausibly is one, and never fails the caller when there is not
// (headless servers, CI, SSH sessions): the URL is printed either way.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BrowserEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a command can be found on PATH (injected by tests). */
  commandExists: (command: string) => boolean;
}

type BrowserOpenPlan =
  { open: true; command: string; args: string[]; windowsVerbatimArguments: boolean } | { open: false; reason: string };

/** Looks a command up on PATH the way the OS would (PATHEXT on Windows), without running anything. */
export function commandOnPath(command: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  const pathValue = env.PATH ?? env.Path ?? '';
  const delimiter = platform === 'win32' ? ';' : ':';
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';') : [''];
  for (const dir of pathValue.split(delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = path.join(dir, command + ext);
      try {
        if (!fs.statSync(candidate).isFile()) continue;
        if (platform !== 'win32') fs.accessSync(candidate, fs.constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

function isTruthyFlag(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Decides whether and how to open `url`; pure apart from `commandExists`. */
export function planBrowserOpen(url: string, environment: BrowserEnvironment): BrowserOpenPlan {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { open: false, reason: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { open: false, reason: `refusing to open a ${parsed.protocol} URL` };
  }
  return planLauncher(parsed.href, environment);
}

/**
 * Decides whether and how to open a folder (absolute path) in the file manager, with the same launchers
 * as URLs: `xdg-open` / `open` / `start` take a folder as readily as a URL.
 */
export function planFolderOpen(folder: string, environment: BrowserEnvironment): BrowserOpenPlan {
  const pathApi = environment.platform === 'win32' ? path.win32 : path.posix;
  if (!pathApi.isAbsolute(folder) || folder.includes('\0')) return { open: false, reason: 'not an absolute path' };
  // A leading dash would read as an option to xdg-open/open; absolute paths never start with one.
  return planLauncher(folder, environment);
}

/** The platform's opener for `target` (a URL or an absolute path); pure apart from `commandExists`. */
function planLauncher(target: string, environment: BrowserEnvironment): BrowserOpenPlan {
  const { platform, env, commandExists } = environment;
  if (isTruthyFlag(env.COURSEWRIGHT_NO_BROWSER)) return { open: false, reason: 'COURSEWRIGHT_NO_BROWSER is set' };
  if (isTruthyFlag(env.CI)) return { open: false, reason: 'running under CI' };

  switch (platform) {
    case 'darwin':
      return commandExists('open')
        ? { open: true, command: 'open', args: [target], windowsVerbatimArguments: false }
        : { open: false, reason: 'the open command was not found' };
    case 'win32': {
      // cmd.exe parses its command line itself: quote the target so `&` in a query string is not a separator.
      if (/["%^]/.test(target)) return { open: false, reason: 'the target contains characters cmd.exe would mangle' };
      return commandExists('cmd')
        ? {
            open: true,
            command: 'cmd',
            args: ['/d', '/s', '/c', `start "" "${target}"`],
            windowsVerbatimArguments: true,
          }
        : { open: false, reason: 'cmd.exe was not found' };
    }
    default: {
      if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
        return { open: false, reason: 'no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
      }
      return commandExists('xdg-open')
        ? { open: true, command: 'xdg-open', args: [target], windowsVerbatimArguments: false }
        : { open: false, reason: 'xdg-open was not found' };
    }
  }
}

export function currentBrowserEnvironment(): BrowserEnvironment {
  return {
    platform: process.platform,
    env: process.env,
    commandExists: (command) => commandOnPath(command, process.env, process.platform),
  };
}

export interface OpenBrowserResult {
  opened: boolean;
  reason?: string;
}

/** Opens `url` detached, without a shell; returns why not instead of throwing. */
export function openBrowser(
  url: string,
  environment: BrowserEnvironment = currentBrowserEnvironment(),
): OpenBrowserResult {
  return runPlan(planBrowserOpen(url, environment));
}

/** Opens an absolute folder path in the file manager, detached, without a shell; returns why not instead of throwing. */
export function openFolder(
  folder: string,
  environment: BrowserEnvironment = currentBrowserEnvironment(),
): OpenBrowserResult {
  return runPlan(planFolderOpen(folder, environment));
}

function runPlan(plan: BrowserOpenPlan): OpenBrowserResult {
  if (!plan.open) return { opened: false, reason: plan.reason };
  try {
    const child = spawn(plan.command, plan.args, {
      detached: true,
      stdio: 'ignore',
      shell: false,
      windowsHide: true,
      windowsVerbatimArguments: plan.windowsVerbatimArguments,
    });
    // A launcher that fails later (e.g. no default browser) must not crash the host.
    child.on('error', () => undefined);
    child.unref();
    return { opened: true };
  } catch (e) {
    return { opened: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
