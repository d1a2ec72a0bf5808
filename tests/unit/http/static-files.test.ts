import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../../main/library/mime';
import { findStaticFile, resolveStaticPath } from '../../../main/http/static-files';

const ROOT = path.resolve('/srv/app');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html', true],
    ['/index.html', 'index.html', true],
    ['/assets/app.js', 'assets/app.js', false],
    ['/assets/', 'assets/index.html', true],
    ['/fonts/My%20Font.woff2', 'fonts/My Font.woff2', false],
  ])('%s → %s', (url, rel, isIndex) => {
    const r = resolveStaticPath(ROOT, url);
    expect(r).toMatchObject({ ok: true, path: path.join(ROOT, rel), isIndex });
  });

  it.each([
    ['/../etc/passwd'],
    ['/assets/../../etc/passwd'],
    ['/%2e%2e/etc/passwd'],
    ['/%2E%2E%2Fetc%2Fpasswd'],
    ['/..%2f..%2fetc/passwd'],
    ['/%252e%252e/etc/passwd'],
    ['/..\\..\\etc\\passwd'],
    ['/%5c..%5cetc'],
    ['/assets/./app.js'],
    ['//etc/passwd'],
    ['/C:/Windows/win.ini'],
    ['/index.html%00.js'],
    ['/%00'],
    ['/%E0%A4%A'],
    ['relative/path'],
    [''],
    ['/' + 'a'.repeat(3000)],
  ])('refuses %s', (url) => {
    const r = resolveStaticPath(ROOT, url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([400, 403]).toContain(r.status);
  });

  it('gives mime types', () => {
    expect(resolveStaticPath(ROOT, '/')).toMatchObject({ mime: 'text/html; charset=utf-8' });
    expect(mimeTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/style.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x.dir/noext')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/archive.unknown')).toBe('application/octet-stream');
  });
});

describe('findStaticFile', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-static-'));
    root = path.join(tmp, 'root');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'leak.txt'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds files with their size', async () => {
    expect(await findStaticFile(root, '/')).toMatchObject({ ok: true, size: 15, isIndex: true });
    expect(await findStaticFile(root, '/assets/a.js')).toMatchObject({ ok: true, size: 14 });
  });

  it('answers 404 for missing files and directories', async () => {
    expect(await findStaticFile(root, '/missing.js')).toMatchObject({ ok: false, status: 404 });
    expect(await findStaticFile(root, '/assets')).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses a symlink that points outside the root', async () => {
    expect(await findStaticFile(root, '/leak.txt')).toMatchObject({ ok: false, status: 403 });
  });
});
