import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI_PATH = path.join(REPO_ROOT, 'out/cli/coursewright.cjs');
const READY_LINE = /Coursewright is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))/;

export interface RunningHost {
  /** The printed URL, token included. */
  url: string;
  /** `http://127.0.0.1:<port>` (no token). */
  origin: string;
  port: number;
  token: string;
  libraryDir: string;
  /** Everything the process wrote so far (for failure messages). */
  output(): string;
  /** SIGTERM (then SIGKILL after 5 s), and removes the temp library unless it was passed in. */
  stop(): Promise<void>;
}

interface StartHostOptions {
  /** Library folder to use; a fresh temp folder (removed on stop) when omitted. */
  libraryDir?: string;
  timeoutMs?: number;
}

/**
 * Starts the built CLI exactly as a user would (`coursewright serve --port 0 --library <dir>`) and
 * resolves once it prints its URL. The e2e suite runs after `npm run build`.
 */
export async function startHost(options: StartHostOptions = {}): Promise<RunningHost> {
  if (!fs.existsSync(CLI_PATH)) {
    throw new Error(`${path.relative(REPO_ROOT, CLI_PATH)} is missing: run \`npm run build\` before the e2e tests.`);
  }
  const ownsDir = options.libraryDir === undefined;
  const libraryDir = options.libraryDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-'));
  const env = { ...process.env };
  delete env.COURSEWRIGHT_LIBRARY;
  const child = spawn(process.execPath, [CLI_PATH, 'serve', '--port', '0', '--library', libraryDir], {
    cwd: REPO_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (ownsDir) fs.rmSync(libraryDir, { recursive: true, force: true });
  };

  try {
    const match = await waitForReadyLine(child, (chunk) => (output += chunk), options.timeoutMs ?? 30_000);
    const url = match[1]!;
    const port = Number(match[2]);
    return {
      url,
      origin: `http://127.0.0.1:${port}`,
      port,
      token: match[3]!,
      libraryDir,
      output: () => output,
      stop,
    };
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- coursewright serve output ---\n${output}`);
  }
}

function waitForReadyLine(
  child: ChildProcessWithoutNullStreams,
  record: (chunk: string) => void,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => fail(new Error(`coursewright serve printed no URL within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: string) => {
      record(chunk);
      stdout += chunk;
      const match = READY_LINE.exec(stdout);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null, signal: string | null) =>
      fail(new Error(`coursewright serve exited early (code ${code}, signal ${signal})`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      // Keep draining stdout so the child never blocks on a full pipe.
      child.stdout.on('data', record);
    };
    const fail = (e: Error) => {
      cleanup();
      reject(e);
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}
