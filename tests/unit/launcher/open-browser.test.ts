import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commandOnPath,
  openBrowser,
  planBrowserOpen,
  planFolderOpen,
  type BrowserEnvironment,
} from '../../../main/desktop/open-browser';

const URL_WITH_TOKEN = 'http://127.0.0.1:4321/?token=abc123&x=1';

function environment(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  commands: string[] = ['xdg-open', 'open', 'cmd'],
): BrowserEnvironment & { asked: string[] } {
  const asked: string[] = [];
  return {
    platform,
    env,
    asked,
    commandExists: (command) => {
      asked.push(command);
      return commands.includes(command);
    },
  };
}

describe('planBrowserOpen', () => {
  it('uses xdg-open on Linux with an X11 display', () => {
    expect(planBrowserOpen(URL_WITH_TOKEN, environment('linux', { DISPLAY: ':0' }))).toEqual({
      open: true,
      command: 'xdg-open',
      args: [URL_WITH_TOKEN],
      windowsVerbatimArguments: false,
    });
  });

  it('accepts a Wayland session too', () => {
    const plan = planBrowserOpen(URL_WITH_TOKEN, environment('linux', { WAYLAND_DISPLAY: 'wayland-0' }));
    expect(plan.open).toBe(true);
  });

  it('does not open anything on a Linux machine without a display, and does not even look for xdg-open', () => {
    const env = environment('linux', {});
    const plan = planBrowserOpen(URL_WITH_TOKEN, env);
    expect(plan).toEqual({ open: false, reason: expect.stringContaining('DISPLAY') });
    expect(env.asked).toEqual([]);
  });

  it('does not open when xdg-open is not installed', () => {
    const plan = planBrowserOpen(URL_WITH_TOKEN, environment('freebsd', { DISPLAY: ':0' }, []));
    expect(plan).toEqual({ open: false, reason: 'xdg-open was not found' });
  });

  it('uses open on macOS without needing DISPLAY', () => {
    const plan = planBrowserOpen(URL_WITH_TOKEN, environment('darwin', {}));
    expect(plan).toMatchObject({ open: true, command: 'open', args: [URL_WITH_TOKEN] });
  });

  it('quotes the URL for cmd /c start on Windows so & stays inside it', () => {
    const plan = planBrowserOpen(URL_WITH_TOKEN, environment('win32', {}));
    expect(plan).toEqual({
      open: true,
      command: 'cmd',
      args: ['/d', '/s', '/c', `start "" "${URL_WITH_TOKEN}"`],
      windowsVerbatimArguments: true,
    });
  });

  it('refuses URLs cmd.exe would reinterpret', () => {
    const plan = planBrowserOpen('http://127.0.0.1:1/?q=%PATH%', environment('win32', {}));
    expect(plan.open).toBe(false);
  });

  it('skips under CI and when the user opts out', () => {
    expect(planBrowserOpen(URL_WITH_TOKEN, environment('linux', { DISPLAY: ':0', CI: 'true' }))).toEqual({
      open: false,
      reason: 'running under CI',
    });
    expect(planBrowserOpen(URL_WITH_TOKEN, environment('darwin', { COURSEWRIGHT_NO_BROWSER: '1' })).open).toBe(false);
    expect(planBrowserOpen(URL_WITH_TOKEN, environment('darwin', { CI: 'false' })).open).toBe(true);
  });

  it('only opens http(s) URLs', () => {
    expect(planBrowserOpen('file:///etc/passwd', environment('darwin', {})).open).toBe(false);
    expect(planBrowserOpen('javascript:alert(1)', environment('darwin', {})).open).toBe(false);
    expect(planBrowserOpen('not a url', environment('darwin', {})).open).toBe(false);
  });
});

describe('openBrowser', () => {
  it('returns the reason instead of spawning or throwing when it should not open', () => {
    expect(openBrowser(URL_WITH_TOKEN, environment('linux', {}))).toEqual({
      opened: false,
      reason: expect.stringContaining('no graphical session'),
    });
  });
});

describe('commandOnPath', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')('finds only executable files on PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-path-'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'runme'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'plain'), 'text', { mode: 0o644 });
    fs.mkdirSync(path.join(dir, 'folder'));
    const env = { PATH: `/nonexistent:${dir}` };
    expect(commandOnPath('runme', env, 'linux')).toBe(true);
    expect(commandOnPath('plain', env, 'linux')).toBe(false);
    expect(commandOnPath('folder', env, 'linux')).toBe(false);
    expect(commandOnPath('missing', env, 'linux')).toBe(false);
    expect(commandOnPath('runme', {}, 'linux')).toBe(false);
  });

  it('tries PATHEXT extensions on Windows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-pathext-'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'tool.EXE'), '');
    expect(commandOnPath('tool', { Path: dir, PATHEXT: '.COM;.EXE' }, 'win32')).toBe(true);
    expect(commandOnPath('tool', { Path: dir, PATHEXT: '.BAT' }, 'win32')).toBe(false);
  });
});

describe('planFolderOpen', () => {
  it('hands an absolute folder to the same launchers as URLs', () => {
    expect(planFolderOpen('/home/ana/exports', environment('linux', { DISPLAY: ':0' }))).toEqual({
      open: true,
      command: 'xdg-open',
      args: ['/home/ana/exports'],
      windowsVerbatimArguments: false,
    });
    expect(planFolderOpen('/Users/ana/exports', environment('darwin', {}))).toMatchObject({
      open: true,
      command: 'open',
      args: ['/Users/ana/exports'],
    });
    expect(planFolderOpen('C:\\Users\\ana\\exports', environment('win32', {}))).toMatchObject({
      open: true,
      command: 'cmd',
      args: ['/d', '/s', '/c', 'start "" "C:\\Users\\ana\\exports"'],
    });
  });

  it('refuses relative paths (which could also read as options) and paths cmd.exe would mangle', () => {
    expect(planFolderOpen('-exports', environment('linux', { DISPLAY: ':0' }))).toEqual({
      open: false,
      reason: 'not an absolute path',
    });
    expect(planFolderOpen('exports', environment('win32', {}))).toMatchObject({ open: false });
    expect(planFolderOpen('C:\\100%\\x', environment('win32', {}))).toMatchObject({ open: false });
  });

  it('respects CI and the missing display like URLs do', () => {
    expect(planFolderOpen('/tmp', environment('linux', { DISPLAY: ':0', CI: '1' }))).toEqual({
      open: false,
      reason: 'running under CI',
    });
    expect(planFolderOpen('/tmp', environment('linux', {}))).toMatchObject({ open: false });
  });
});
