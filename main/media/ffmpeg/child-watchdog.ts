import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills our ffmpeg/ffprobe children when this process dies, even by kill -9 (issue 13 §3). Node cannot set
 * PR_SET_PDEATHSIG, so one small watchdog process per parent holds the read end of a pipe whose write end
 * only we hold: the OS closes it when we die, however we die, and the watchdog then SIGKILLs every child it was
 * told about ("+pid" / "-pid" lines). It ignores Ctrl+C (the terminal signals the whole group; we decide what to
 * stop) and lives exactly as long as the pipe. Started once, lazily, and never keeps this process alive.
 *
 * POSIX: a few lines of /bin/sh (no second Node: cheap to start, and a packaged Electron with the runAsNode fuse
 * off cannot run scripts). Windows: a Node script, only where this process is Node itself (CLI, browser host).
 */
const SH = [
  "trap '' INT",
  "pids=' '",
  'while read -r op pid; do',
  '  case "$op" in',
  '    +) pids="$pids$pid " ;;',
  `    -) n=' '; for p in $pids; do [ "$p" = "$pid" ] || n="$n$p "; done; pids="$n" ;;`,
  '  esac',
  'done',
  'for p in $pids; do kill -9 "$p" 2>/dev/null; done',
].join('\n');

const NODE_SCRIPT = `
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
    const [op, pid] = buf.slice(0, i).split(' ');
    buf = buf.slice(i + 1);
    if (op === '+') pids.add(Number(pid)); else pids.delete(Number(pid));
  }
});
process.stdin.on('end', reap);
process.stdin.on('error', reap);
`;

function command(): { bin: string; args: string[] } | null {
  if (process.platform !== 'win32') return { bin: '/bin/sh', args: ['-c', SH] };
  return process.versions.electron ? null : { bin: process.execPath, args: ['-e', NODE_SCRIPT] };
}

let watchdog: ChildProcess | null = null;

function start(): ChildProcess | null {
  const cmd = command();
  if (!cmd) return null;
  try {
    const w = spawn(cmd.bin, cmd.args, {
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
  w.stdin.write(`+ ${pid}\n`);
  child.once('exit', () => {
    if (w.stdin?.writable) w.stdin.write(`- ${pid}\n`);
  });
}
