import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../main/launcher/native-binding';
import { electronArgs, startApp } from '../../../main/launcher/start-app';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

describe('electronArgs', () => {
  it('starts the project folder (package.json main) and passes the library through', () => {
    expect(electronArgs('/p', '/lib', false)).toEqual(['/p', '--library', '/lib']);
    expect(electronArgs('/p', undefined, false)).toEqual(['/p']);
    expect(electronArgs('/p', '/lib', true)).toEqual(['--no-sandbox', '/p', '--library', '/lib']);
  });
});

describe.skipIf(process.platform === 'win32')('startApp with an Electron binary', () => {
  it('spawns Electron with the Electron-ABI binding and forwards its exit code', async () => {
    const root = tempDir('cw-start-electron-');
    const record = path.join(root, 'record.txt');
    // A stand-in Electron: records its arguments and environment, then exits 3.
    const binary = path.join(root, 'fake-electron', 'electron');
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(
      binary,
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\necho "BINDING=$COURSEWRIGHT_NATIVE_BINDING" >> "${record}"\n` +
        `echo "RUN_AS_NODE=$ELECTRON_RUN_AS_NODE" >> "${record}"\nexit 3\n`,
      { mode: 0o755 },
    );
    fs.writeFileSync(path.join(root, 'fake-electron', 'version'), '45.3.4\n');
    fs.mkdirSync(path.join(root, 'out', 'main'), { recursive: true });
    fs.writeFileSync(path.join(root, 'out', 'main', 'index.cjs'), '');
    // Already built, so no node-gyp run is attempted.
    const binding = electronBindingPath(root, '45.3.4');
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    fs.writeFileSync(binding, '');

    const before = process.exitCode;
    try {
      await startApp({
        projectRoot: root,
        libraryDir: path.join(root, 'lib'),
        env: { ...process.env, ELECTRON_PATH: binary, ELECTRON_RUN_AS_NODE: '1' },
        log: () => undefined,
      });
      expect(process.exitCode).toBe(3);
    } finally {
      process.exitCode = before;
    }
    const lines = fs.readFileSync(record, 'utf8').trim().split('\n');
    expect(lines).toContain(root);
    expect(lines.slice(lines.indexOf('--library'), lines.indexOf('--library') + 2)).toEqual([
      '--library',
      path.join(root, 'lib'),
    ]);
    expect(lines).toContain(`BINDING=${binding}`);
    expect(lines).toContain('RUN_AS_NODE=');
  });
});

describe('startApp without an Electron binary', () => {
  it('says so, serves the app on the browser host and stops on abort', async () => {
    const root = tempDir('cw-start-browser-');
    const renderer = path.join(root, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Coursewright test page</title>');
    const logs: string[] = [];
    const stop = new AbortController();
    let announce: (url: string) => void = () => undefined;
    const announced = new Promise<string>((resolve) => (announce = resolve));

    const running = startApp({
      projectRoot: root, // no node_modules/electron here
      libraryDir: path.join(root, 'library'),
      port: 0,
      openBrowser: false,
      signal: stop.signal,
      env: { ...process.env, COURSEWRIGHT_RENDERER_DIR: renderer },
      log: (line) => logs.push(line),
      stdout: (text) => {
        const match = /Coursewright is running at (\S+)/.exec(text);
        if (match?.[1]) announce(match[1]);
      },
    });
    const url = await announced;
    expect(logs[0]).toBe(
      'No Electron binary found (the electron package is not installed in node_modules). ' +
        'Starting Coursewright in your browser instead.',
    );
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Coursewright test page');
    // The page is public (no data in it); the API needs the token.
    const noToken = await fetch(new URL('/api/invoke/app.info', url), { method: 'POST' });
    expect(noToken.status).toBe(401);
    expect(fs.existsSync(path.join(root, 'library'))).toBe(true);

    stop.abort();
    await running;
    await expect(fetch(url)).rejects.toThrow();
  });
});
