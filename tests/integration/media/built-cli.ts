import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The bundled CLI (out/cli/coursewright.cjs) as users run it: real processes, real ffmpeg children. */
const ROOT = path.resolve(__dirname, '../../..');
let BUILT_CLI = path.join(ROOT, 'out', 'cli', 'coursewright.cjs');

/**
 * Bundles the CLI as esbuild.config.mjs does, into a folder of its own under out/ (test files run in parallel and
 * must not overwrite each other's bundle; inside the project so `node_modules` resolves).
 */
export async function buildCli(): Promise<string> {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const outdir = fs.mkdtempSync(path.join(ROOT, 'out', 'test-cli-'));
  await build({
    entryPoints: { coursewright: path.join(ROOT, 'main/cli/coursewright.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  });
  BUILT_CLI = path.join(outdir, 'coursewright.cjs');
  return outdir;
}

export function cliEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: path.join(home, 'home'),
    XDG_CONFIG_HOME: path.join(home, 'xdg'),
    COURSEWRIGHT_MEDIA_CONCURRENCY: '1',
    ...extra,
  };
  delete env.COURSEWRIGHT_LIBRARY;
  return env;
}

interface RunningCli {
  proc: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): RunningCli {
  const proc = spawn(process.execPath, [BUILT_CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('close', (code) => resolve(code)));
  return { proc, stdout: () => out, stderr: () => err, exited };
}

export const until = async (what: string, test: () => boolean, timeoutMs = 30_000) => {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** Partial (in-progress) rendition files under a library, absolute paths. */
export function partialFiles(lib: string): string[] {
  const root = path.join(lib, 'media', 'renditions');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.includes('.partial'))
    .map((f) => path.join(root, f));
}

/** Pids of live processes whose command line mentions `needle` (Linux /proc). */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = /^State:\s+(\S)/m.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      if (state !== 'Z' && cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
