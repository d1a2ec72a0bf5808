import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills our ffmpeg/ffprobe children when this process dies, even by kill -9 (issue 13 §3). Node cannot set
 * PR_SET_PDEATHSIG, so one small watchdog process per parent holds the read end of a pipe whose write end
 * only we hold: the OS closes it when we die, however we die, and the watchdog then SIGKILLs every child it was
 * told about. It ignores Ctrl+C (the terminal signals the whole group; we decide what to stop) and lives exactly
 * as long as the pipe. Started once, lazily, and never keeps this process alive.
 */
const SCRIPT = `
process.on('SIGINT', () => {});
const pids = new Set();
let buf = '';
const reap = () => {
  for (const p of pids) { try { process.kill(p, 'SIGKILL'); } catch {} }
  process.exit(0);
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => {
  buf += c;
  let i;
  while ((i = buf.indexOf('\\n')) >= 0) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 1);
    const pid = Number(line.slice(1));
    if (!Number.isInteger(pid) || pid <= 0) continue;
    if (line[0] === '+') pids.add(pid); else pids.delete(pid);
  }
});
process.stdin.on('end', reap);
process.stdin.on('error', reap);
`;

let watchdog: ChildProcess | null = null;

function start(): ChildProcess | null {
  try {
    const w = spawn(process.execPath, ['-e', SCRIPT], {
      // Under Electron, execPath is the app binary: this makes it a plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['pipe', 'ignore', 'ignore'],
      windowsHide: true,
    });
    w.on('error', () => (watchdog = null));
    w.on('exit', () => (watchdog = null));
    w.stdin?.on('error', () => undefined);
    w.unref();
    // The pipe must not keep the event loop alive either (stdin of a child is a net.Socket).
    (w.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return w;
  } catch {
    return null;
  }
}

/** Registers `child` with the process-wide watchdog until it exits. Best effort: never fails a job. */
export function watchChild(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  watchdog ??= start();
  const w = watchdog;
  if (!w?.stdin?.writable) return;
  w.stdin.write(`+${pid}\n`);
  child.once('exit', () => {
    if (w.stdin?.writable) w.stdin.write(`-${pid}\n`);
  });
}
