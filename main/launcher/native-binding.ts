// Builds better-sqlite3 for Electron's ABI into out/native/, leaving node_modules alone: the copy there is built
// for Node and is what the CLI, the browser host and the tests load. The Electron main process is pointed at the
// Electron build through COURSEWRIGHT_NATIVE_BINDING (better-sqlite3's `nativeBinding` option).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NATIVE_BINDING_ENV = 'COURSEWRIGHT_NATIVE_BINDING';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** Where the Electron build of better-sqlite3 lives for one Electron version. */
export function electronBindingPath(projectRoot: string, electronVersion: string): string {
  return path.join(projectRoot, 'out', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** node-gyp arguments that target Electron's headers and ABI instead of the running Node's. */
export function nodeGypArgs(electronVersion: string, arch: string = process.arch): string[] {
  return [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    '--runtime=electron',
  ];
}

/**
 * The environment for node-gyp. `npm start` exports npm's config as npm_config_* variables (for example
 * nodedir=/usr), and node-gyp lets those override its command line, which would build for Node again.
 */
export function nodeGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_/i.test(key) || /^npm_package_config_node_gyp_/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

/** node-gyp's CLI script: the project's copy, else the one npm is running with, else npm's bundled one. */
function findNodeGyp(projectRoot: string, env: NodeJS.ProcessEnv): string | null {
  const candidates = [
    path.join(projectRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    env.npm_config_node_gyp,
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export type RunCommand = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) => Promise<void>;

/** Runs a command without a shell, streaming its output to our stderr; rejects on a non-zero exit. */
export const runCommand: RunCommand = (command, args, { cwd, env }) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', process.stderr, process.stderr], shell: false });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(signal ? `killed by ${signal}` : `exit code ${code}`));
    });
  });

interface EnsureBindingOptions {
  projectRoot: string;
  electronVersion: string;
  env?: NodeJS.ProcessEnv;
  /** Injected by tests; defaults to spawning node-gyp. */
  run?: RunCommand;
  log?: (line: string) => void;
}

/**
 * Returns the path of better_sqlite3.node built for `electronVersion`, building it first when missing: the
 * package is copied to a temp folder (without its Node build) and node-gyp runs there against Electron's headers.
 */
export async function ensureElectronNativeBinding(options: EnsureBindingOptions): Promise<string> {
  const { projectRoot, electronVersion } = options;
  const env = options.env ?? process.env;
  const run = options.run ?? runCommand;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const target = electronBindingPath(projectRoot, electronVersion);
  if (fs.existsSync(target)) return target;

  const sourceDir = path.join(projectRoot, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(sourceDir, 'binding.gyp'))) {
    throw new Error(`better-sqlite3 sources not found in ${sourceDir} (run npm install)`);
  }
  const nodeGyp = findNodeGyp(projectRoot, env);
  if (!nodeGyp) throw new Error('node-gyp not found (it ships with npm)');

  log(`Building better-sqlite3 for Electron ${electronVersion} (one time, takes a few minutes)...`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coursewright-native-'));
  try {
    const buildDir = path.join(workDir, 'better-sqlite3');
    fs.cpSync(sourceDir, buildDir, {
      recursive: true,
      // The Node build and dev leftovers must not leak into (or be clobbered by) the Electron build.
      filter: (src) => {
        const rel = path.relative(sourceDir, src);
        return rel !== 'build' && rel !== 'node_modules' && !rel.startsWith(`build${path.sep}`);
      },
    });
    try {
      await run(process.execPath, [nodeGyp, ...nodeGypArgs(electronVersion)], { cwd: buildDir, env: nodeGypEnv(env) });
    } catch (e) {
      // The usual cause offline: node-gyp cannot download Electron's headers.
      throw new Error(`node-gyp failed, see its output above: ${e instanceof Error ? e.message : String(e)}`);
    }

    const built = path.join(buildDir, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) throw new Error(`node-gyp finished but ${built} was not produced`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename so an interrupted copy never looks like a finished build.
    const partial = `${target}.partial-${process.pid}`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    log(`Built ${path.relative(projectRoot, target)}`);
    return target;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
