import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const LRS_AUTH = { key: 'test', secret: 'test' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Learning Locker's `xapi-statements` (dev dependency), in memory: a real LRS none of us wrote.
 * Resolves once it listens; `stop()` ends exactly this process.
 */
export async function startRealLrs(port: number): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const proc: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/xapi-statements/dist/server.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes(`Listening on port ${port}`)) resolve();
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`xapi-statements exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`xapi-statements did not start: ${out}`)), 30_000).unref();
  });
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      }),
  };
}

const headers = {
  Authorization: `Basic ${Buffer.from(`${LRS_AUTH.key}:${LRS_AUTH.secret}`).toString('base64')}`,
  'X-Experience-API-Version': '1.0.3',
};

/** A keep-alive socket the LRS closed while idle (its 5 s timeout) fails once; a fresh one does not. */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** Every statement the LRS holds (following `more` links). */
export async function lrsStatements(endpoint: string): Promise<Array<Record<string, unknown>>> {
  const origin = new URL(endpoint).origin;
  const all: Array<Record<string, unknown>> = [];
  let next: string | null = `${endpoint}statements?limit=500`;
  while (next) {
    const res = await fetchOnce(next, { headers });
    if (!res.ok) throw new Error(`GET statements: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { statements: Array<Record<string, unknown>>; more?: string };
    all.push(...body.statements);
    next = body.more ? (body.more.startsWith('http') ? body.more : `${origin}${body.more}`) : null;
  }
  return all;
}

export async function postToLrs(endpoint: string, statements: unknown[]): Promise<number> {
  const res = await fetchOnce(`${endpoint}statements`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(statements),
  });
  await res.text();
  return res.status;
}
