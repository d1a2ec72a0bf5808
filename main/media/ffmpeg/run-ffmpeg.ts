import { spawn, type ChildProcess } from 'node:child_process';
import { watchChild } from './child-watchdog';

/** Keeps this much of stderr: ffmpeg puts the reason for a failure at the end. */
const STDERR_TAIL_CHARS = 4000;

export interface RunOptions {
  /** Aborting it kills the child (cancel). */
  signal?: AbortSignal | undefined;
  /** Each complete stdout line (used for `-progress pipe:1`). */
  onStdoutLine?: ((line: string) => void) | undefined;
  /** Collect stdout as a string (ffprobe's JSON); off for ffmpeg runs. */
  collectStdout?: boolean;
  /** Called once the child exists (tests kill it to simulate a crash). */
  onSpawn?: ((child: ChildProcess) => void) | undefined;
}

interface RunResult {
  readonly stdout: string;
  readonly stderrTail: string;
}

/** A child that exited badly, was killed, or was cancelled. */
export class ProcessError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly exitSignal: NodeJS.Signals | null,
    readonly stderrTail: string,
    readonly aborted: boolean,
  ) {
    super(message);
    this.name = 'ProcessError';
  }
}

/**
 * Every running ffmpeg/ffprobe child with its AbortController, so quitting the app can stop them all.
 * One controller per child: cancelling one job never touches another.
 */
export class ProcessRegistry {
  private readonly running = new Map<ChildProcess, AbortController>();

  get size(): number {
    return this.running.size;
  }

  /** Spawns `bin` without a shell and resolves when it exits with status 0. */
  run(bin: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const controller = new AbortController();
    const outer = opts.signal;
    if (outer?.aborted) return Promise.reject(abortedError(bin, ''));
    const onOuterAbort = () => controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });

    return new Promise<RunResult>((resolve, reject) => {
      const child = spawn(bin, args, {
        shell: false,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        signal: controller.signal,
        killSignal: 'SIGKILL',
      });
      this.running.set(child, controller);
      watchChild(child); // dies with us, even on kill -9
      opts.onSpawn?.(child);

      let stdout = '';
      let pending = '';
      let stderrTail = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        if (opts.collectStdout) stdout += chunk;
        if (!opts.onStdoutLine) return;
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) opts.onStdoutLine(line.replace(/\r$/, ''));
      });
      child.stderr.on('data', (chunk: string) => {
        stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
      });

      let settled = false;
      const finish = (error: Error | null) => {
        if (settled) return;
        settled = true;
        this.running.delete(child);
        outer?.removeEventListener('abort', onOuterAbort);
        if (error) reject(error);
        else resolve({ stdout, stderrTail });
      };
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (controller.signal.aborted) finish(abortedError(bin, stderrTail));
        else finish(new ProcessError(`Could not start ${bin}: ${e.message}`, null, null, stderrTail, false));
      });
      child.on('close', (code, signal) => {
        if (pending && opts.onStdoutLine) opts.onStdoutLine(pending);
        pending = '';
        if (controller.signal.aborted) return finish(abortedError(bin, stderrTail));
        if (code === 0) return finish(null);
        const how = signal ? `was killed (${signal})` : `exited with status ${code}`;
        finish(new ProcessError(`${baseName(bin)} ${how}: ${lastLine(stderrTail)}`, code, signal, stderrTail, false));
      });
    });
  }

  /** Kills every running child (app quit). */
  stopAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}

/** The process-wide registry the app stops on quit. */
export const processes = new ProcessRegistry();

function abortedError(bin: string, stderrTail: string): ProcessError {
  return new ProcessError(`${baseName(bin)} was cancelled`, null, null, stderrTail, true);
}

function baseName(bin: string): string {
  return bin.split(/[\\/]/).pop() ?? bin;
}

/** The most useful line of ffmpeg's stderr: the last non-empty one. */
function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? 'no error output';
}
