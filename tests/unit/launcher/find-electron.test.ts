import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, parseElectronVersion, resolveElectronVersion } from '../../../main/launcher/find-electron';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-find-electron-'));
  made.push(dir);
  return dir;
}

function writeFile(file: string, content: string, mode = 0o644): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, { mode });
  return file;
}

/** A project whose node_modules/electron looks like the npm package, optionally with a downloaded binary. */
function fakeElectronPackage(root: string, opts: { pathTxt?: string; binary?: boolean; mode?: number } = {}): void {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  writeFile(path.join(pkgDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.3.4' }));
  if (opts.pathTxt !== undefined) writeFile(path.join(pkgDir, 'path.txt'), opts.pathTxt);
  if (opts.binary) writeFile(path.join(pkgDir, 'dist', opts.pathTxt ?? 'electron'), '#!/bin/sh\n', opts.mode ?? 0o755);
}

describe('findElectronBinary', () => {
  it('reports a missing electron package', () => {
    const root = tempProject();
    const result = findElectronBinary({ env: {}, projectRoot: root });
    expect(result).toEqual({ found: false, binaryPath: null, reason: expect.stringContaining('not installed') });
  });

  it('reports a package installed without its binary (the offline case)', () => {
    const root = tempProject();
    fakeElectronPackage(root);
    const result = findElectronBinary({ env: {}, projectRoot: root });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/electron 45\.3\.4 is installed without its binary.*path\.txt/);
  });

  it('reports path.txt pointing at a missing dist binary', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron' });
    const result = findElectronBinary({ env: {}, projectRoot: root });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toContain('node_modules/electron/dist/electron is missing');
  });

  it.skipIf(process.platform === 'win32')('rejects a dist binary without the execute bit', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron', binary: true, mode: 0o644 });
    expect(findElectronBinary({ env: {}, projectRoot: root }).found).toBe(false);
  });

  it('finds node_modules/electron/dist/<path.txt> with the package version', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron', binary: true });
    expect(findElectronBinary({ env: {}, projectRoot: root })).toEqual({
      found: true,
      binaryPath: path.join(root, 'node_modules', 'electron', 'dist', 'electron'),
      source: 'node_modules',
      version: '45.3.4',
    });
  });

  it('handles a nested path.txt such as the macOS bundle path', () => {
    const root = tempProject();
    const rel = 'Electron.app/Contents/MacOS/Electron';
    fakeElectronPackage(root, { pathTxt: rel, binary: true });
    const result = findElectronBinary({ env: {}, projectRoot: root });
    expect(result.found && result.binaryPath).toBe(path.join(root, 'node_modules', 'electron', 'dist', rel));
  });

  it('prefers ELECTRON_PATH over node_modules, relative to the project', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron', binary: true });
    writeFile(path.join(root, 'custom', 'my-electron'), '#!/bin/sh\n', 0o755);
    const result = findElectronBinary({ env: { ELECTRON_PATH: 'custom/my-electron' }, projectRoot: root });
    expect(result).toEqual({
      found: true,
      binaryPath: path.join(root, 'custom', 'my-electron'),
      source: 'ELECTRON_PATH',
      version: null,
    });
  });

  it('does not fall back silently when ELECTRON_PATH is wrong', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron', binary: true });
    const result = findElectronBinary({ env: { ELECTRON_PATH: '/nonexistent/electron' }, projectRoot: root });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toBe('ELECTRON_PATH=/nonexistent/electron is not an executable file');
  });

  it('honours electron’s own ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = tempProject();
    fakeElectronPackage(root, { pathTxt: 'electron' });
    const dist = path.join(root, 'elsewhere');
    writeFile(path.join(dist, 'electron'), '#!/bin/sh\n', 0o755);
    const result = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, projectRoot: root });
    expect(result.found && result.source).toBe('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('matches this repository’s own install (no path.txt offline, a binary where Electron was downloaded)', () => {
    const root = path.resolve(__dirname, '../../..');
    const hasPathTxt = fs.existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));
    const result = findElectronBinary({ env: {}, projectRoot: root });
    if (hasPathTxt) expect(result.found).toBe(true);
    else expect(result).toMatchObject({ found: false, reason: expect.stringContaining('without its binary') });
  });
});

describe('Electron version', () => {
  it('parses the forms Electron prints and stores', () => {
    expect(parseElectronVersion('v45.3.4\n')).toBe('45.3.4');
    expect(parseElectronVersion('45.3.4')).toBe('45.3.4');
    expect(parseElectronVersion('46.0.0-beta.2')).toBe('46.0.0-beta.2');
    expect(parseElectronVersion('Electron 45')).toBeNull();
    expect(parseElectronVersion('')).toBeNull();
  });

  it('reads the version file Electron ships beside its binary', () => {
    const root = tempProject();
    const binary = writeFile(path.join(root, 'dist', 'electron'), '#!/bin/sh\n', 0o755);
    writeFile(path.join(root, 'dist', 'version'), '44.1.0');
    expect(resolveElectronVersion(binary, null)).toBe('44.1.0');
    expect(resolveElectronVersion(binary, '45.3.4')).toBe('45.3.4');
  });

  it.skipIf(process.platform === 'win32')('asks the binary when there is no version file', () => {
    const root = tempProject();
    const binary = writeFile(path.join(root, 'bin', 'electron'), '#!/bin/sh\necho v43.2.1\n', 0o755);
    expect(resolveElectronVersion(binary, null)).toBe('43.2.1');
  });
});
