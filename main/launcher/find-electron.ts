// Locates an Electron executable WITHOUT `require('electron')`: that module downloads the binary on first use
// and throws when it cannot (offline machines), which must never happen in the launcher.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

type ElectronBinarySource = 'ELECTRON_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules';

type ElectronBinaryLookup =
  | { found: true; binaryPath: string; source: ElectronBinarySource; version: string | null }
  | { found: false; binaryPath: null; reason: string };

interface FindElectronOptions {
  env: NodeJS.ProcessEnv;
  projectRoot: string;
}

function isExecutableFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    // On Windows there is no execute bit; a regular file is enough.
    if (process.platform === 'win32') return stat.isFile();
    fs.accessSync(file, fs.constants.X_OK);
    return stat.isFile();
  } catch {
    return false;
  }
}

/** The version of the installed `electron` npm package, or null when it is not installed. */
function readElectronPackageVersion(projectRoot: string): string | null {
  try {
    const raw = fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8');
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Finds the Electron binary: `ELECTRON_PATH` (an executable) first, then electron's own
 * `ELECTRON_OVERRIDE_DIST_PATH`, then `node_modules/electron/path.txt` + `dist/<path>`.
 * Returns a reason instead of throwing, so the caller can fall back to the browser host.
 */
export function findElectronBinary({ env, projectRoot }: FindElectronOptions): ElectronBinaryLookup {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const packageVersion = readElectronPackageVersion(projectRoot);

  const explicit = env.ELECTRON_PATH?.trim();
  if (explicit) {
    const binaryPath = path.resolve(projectRoot, explicit);
    if (isExecutableFile(binaryPath)) {
      // An explicit binary may be any version; the caller asks it when it needs to know.
      return { found: true, binaryPath, source: 'ELECTRON_PATH', version: null };
    }
    return { found: false, binaryPath: null, reason: `ELECTRON_PATH=${explicit} is not an executable file` };
  }

  let relative: string | null = null;
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = null;
  }

  const overrideDist = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (overrideDist) {
    const binaryPath = path.resolve(projectRoot, overrideDist, relative || 'electron');
    if (isExecutableFile(binaryPath)) {
      return { found: true, binaryPath, source: 'ELECTRON_OVERRIDE_DIST_PATH', version: null };
    }
    return {
      found: false,
      binaryPath: null,
      reason: `ELECTRON_OVERRIDE_DIST_PATH=${overrideDist} holds no executable ${relative || 'electron'}`,
    };
  }

  if (packageVersion === null) {
    return { found: false, binaryPath: null, reason: 'the electron package is not installed in node_modules' };
  }
  if (!relative) {
    return {
      found: false,
      binaryPath: null,
      reason: `electron ${packageVersion} is installed without its binary, node_modules/electron/path.txt is missing`,
    };
  }
  const binaryPath = path.join(packageDir, 'dist', relative);
  if (!isExecutableFile(binaryPath)) {
    return {
      found: false,
      binaryPath: null,
      reason: `node_modules/electron/dist/${relative} is missing or not executable`,
    };
  }
  return { found: true, binaryPath, source: 'node_modules', version: packageVersion };
}

/** Parses "v45.3.4" / "45.3.4\n" into "45.3.4"; null for anything else. */
export function parseElectronVersion(text: string): string | null {
  const match = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\s*$/.exec(text.trim());
  return match?.[1] ?? null;
}

/**
 * The Electron version of a found binary: the lookup's own, else the `version` file Electron ships beside its
 * executable (three levels up inside a macOS bundle), else `<binary> --version`.
 */
export function resolveElectronVersion(binaryPath: string, known: string | null): string | null {
  if (known) return known;
  const dir = path.dirname(binaryPath);
  for (const candidate of [path.join(dir, 'version'), path.join(dir, '..', '..', '..', 'version')]) {
    try {
      const version = parseElectronVersion(fs.readFileSync(candidate, 'utf8'));
      if (version) return version;
    } catch {
      // try the next candidate
    }
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // with it set, --version would print Node's version
  const result = spawnSync(binaryPath, ['--version'], { encoding: 'utf8', timeout: 20_000, env });
  return typeof result.stdout === 'string' ? parseElectronVersion(result.stdout) : null;
}
