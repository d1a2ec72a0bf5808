import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Course, CourseSummary, LibraryInfo } from '../../../shared';

/** Runs the real CLI from source (no build needed), as users and CI run the bundled one. */
const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');
const URL_LINE = /^Coursewright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!('COURSEWRIGHT_LIBRARY' in extra)) delete env.COURSEWRIGHT_LIBRARY;
  // Never touch the real user-data folder, even if a test forgets --library.
  env.XDG_CONFIG_HOME = path.join(tmp, 'xdg');
  env.HOME = path.join(tmp, 'home');
  return env;
}

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Same as cli() but asynchronous, so independent runs overlap (each start-up costs ~1 s). */
function cliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.once('error', reject);
    proc.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lib = (name: string) => path.join(tmp, name);

describe('coursewright CLI', () => {
  it('lists the sample course on a fresh library (--json)', () => {
    const r = cli(['--library', lib('fresh'), 'courses', 'list', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const courses = JSON.parse(r.stdout) as CourseSummary[];
    expect(courses.map((c) => c.title)).toEqual(['Asynchronous Learning 101']);
    expect(courses[0]?.isSample).toBe(true);
  });

  it('prints a table without --json', () => {
    const r = cli(['courses', 'list', '--library', lib('fresh')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+TITLE\s+MODULES\s+LESSONS\s+UPDATED$/);
    expect(lines[1]).toMatch(/^[0-9a-f-]{36}\s+Asynchronous Learning 101 \(sample\)\s+\d+\s+\d+\s+\S+$/);
  });

  it('creates a course that the next list shows (options in any order)', () => {
    const dir = lib('create');
    const created = cli([
      'courses',
      'create',
      '--title',
      '  Onboarding  ',
      '--language',
      'de',
      '--library',
      dir,
      '--json',
    ]);
    expect(created.code).toBe(0);
    const course = JSON.parse(created.stdout) as Course;
    expect(course).toMatchObject({ title: 'Onboarding', language: 'de' });
    const plain = cli(['--library', dir, 'courses', 'create', '--title', 'Second', '--description', 'Two']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Created course [0-9a-f-]{36} "Second"\n$/);
    const list = JSON.parse(cli(['--library', dir, 'courses', 'list', '--json']).stdout) as CourseSummary[];
    expect(list.map((c) => c.title).sort()).toEqual(['Asynchronous Learning 101', 'Onboarding', 'Second']);
    expect(list.find((c) => c.id === course.id)?.language).toBe('de');
  });

  it('reports library info as JSON and text', () => {
    const dir = lib('info');
    const r = cli(['--library', dir, 'library', 'info', '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout) as LibraryInfo;
    expect(info.path).toBe(dir);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.counts.courses).toBe(1);
    expect(info.counts.lessons).toBeGreaterThan(0);
    expect(fs.existsSync(info.databasePath)).toBe(true);
    const text = cli(['--library', dir, 'library', 'info']);
    expect(text.stdout).toContain(`Library:        ${dir}`);
    expect(text.stdout).toMatch(/Schema version: \d+/);
    expect(text.stdout).toMatch(/Courses:\s+1/);
  });

  it('honours COURSEWRIGHT_LIBRARY, and --library beats it', () => {
    const envDir = lib('from-env');
    const flagDir = lib('from-flag');
    expect(cli(['courses', 'create', '--title', 'Env course'], { COURSEWRIGHT_LIBRARY: envDir }).code).toBe(0);
    const fromEnv = JSON.parse(
      cli(['library', 'info', '--json'], { COURSEWRIGHT_LIBRARY: envDir }).stdout,
    ) as LibraryInfo;
    expect(fromEnv.path).toBe(envDir);
    expect(fromEnv.counts.courses).toBe(2);
    const fromFlag = JSON.parse(
      cli(['--library', flagDir, 'library', 'info', '--json'], { COURSEWRIGHT_LIBRARY: envDir }).stdout,
    ) as LibraryInfo;
    expect(fromFlag.path).toBe(flagDir);
    expect(fromFlag.counts.courses).toBe(1);
  });

  it('exits 2 with a usage error on stderr for bad usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['bogus'], /Unknown command: bogus/],
      [['courses', 'list', '--bogus'], /Unknown option '--bogus'/],
      [['courses', 'create'], /needs --title/],
      [['courses', 'list', 'extra'], /Unexpected argument/],
      [['serve', '--port', 'eighty'], /--port must be a number/],
    ];
    const results = await Promise.all(cases.map(([args]) => cliAsync(['--library', lib('usage'), ...args])));
    results.forEach((r, i) => {
      expect(r.code, cases[i]?.[0].join(' ')).toBe(2);
      expect(r.stderr).toMatch(cases[i]?.[1] ?? /./);
      expect(r.stderr).toContain('coursewright --help');
    });
    const bare = await cliAsync([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: coursewright/);
  });

  it('exits 1 with the error code on stderr when the router refuses input', () => {
    const r = cli(['--library', lib('invalid'), 'courses', 'create', '--title', '   ']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^coursewright: .*title.*\[VALIDATION\]\n$/);
  });

  it('prints help and version', async () => {
    const [help, version] = await Promise.all([cliAsync(['--help']), cliAsync(['--version'])]);
    expect(help.code).toBe(0);
    for (const c of ['courses list', 'courses create', 'library info', 'serve', 'start'])
      expect(help.stdout).toContain(c);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe('coursewright serve / start', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get(url, { headers }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });

  /** Starts a long-running command and resolves once it printed the URL line. */
  async function launch(args: string[], env: Record<string, string> = {}) {
    const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      cwd: ROOT,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(proc);
    const out = { stdout: '', stderr: '' };
    proc.stderr?.on('data', (c: Buffer) => (out.stderr += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL line; stderr: ${out.stderr}`)), 30_000);
      proc.stdout?.on('data', (c: Buffer) => {
        out.stdout += c.toString();
        const m = URL_LINE.exec(out.stdout.split('\n')[0] ?? '');
        if (m && out.stdout.includes('\n')) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      proc.once('exit', (code) => reject(new Error(`exited early (${code}): ${out.stderr}`)));
    });
    const stop = async () => {
      const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      proc.kill('SIGTERM');
      return exit;
    };
    return { url: new URL(url), out, stop };
  }

  it('serve prints exactly one URL line, answers 401 without the token and 200 with it, and stops on SIGTERM', async () => {
    const staticDir = path.join(tmp, 'renderer');
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>CW test page</title>');
    const { url, out, stop } = await launch(['--library', lib('serve'), 'serve', '--port', '0'], {
      COURSEWRIGHT_RENDERER_DIR: staticDir,
    });
    const base = `${url.origin}/`;
    // The page is public (no data in it); the API needs the token.
    expect((await get(`${url.origin}/api/invoke/courses.list`)).status).toBe(401);
    const page = await get(url.href);
    expect(page.status).toBe(200);
    expect(page.body).toContain('CW test page');
    const api = await get(`${url.origin}/api/invoke/courses.list`, {
      Authorization: `Bearer ${url.searchParams.get('token')}`,
    });
    expect(api.status).toBe(405); // authorised, but invoke needs POST

    expect(await stop()).toBe(0);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(1);
    await expect(get(base)).rejects.toThrow();
  });

  // Where an Electron binary is installed, `start` launches it instead: this case only applies without one.
  const hasElectron = fs.existsSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt'));
  it.skipIf(hasElectron)(
    'start says plainly that no Electron binary exists and serves the app in the browser instead',
    async () => {
      const { url, out, stop } = await launch(['--library', lib('start'), 'start', '--no-open', '--port', '0']);
      expect(out.stderr).toMatch(/No Electron binary found/);
      expect((await get(`${url.origin}/api/invoke/library.info`)).status).toBe(401);
      const info = await new Promise<string>((resolve, reject) => {
        const req = http.request(
          `${url.origin}/api/invoke/library.info`,
          { method: 'POST', headers: { Authorization: `Bearer ${url.searchParams.get('token')}` } },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(JSON.parse(info)).toMatchObject({ ok: true, value: { path: lib('start') } });
      expect(await stop()).toBe(0);
    },
  );
});
