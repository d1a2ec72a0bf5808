import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeExtractZip, type ExtractLimits } from '../../../main/scorm-import/safe-extract';
import { AppError } from '../../../shared';
import { buildRawZip, type RawEntry } from '../../fixtures/scorm/raw-zip';

let root: string;
let parent: string;
let target: string;

beforeEach(() => {
  // root/ holds the zip and a sentinel sibling; parent/ is where packages go; nothing may land elsewhere.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-extract-'));
  parent = path.join(root, 'deep', 'packages');
  fs.mkdirSync(parent, { recursive: true });
  target = path.join(parent, 'pkg');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every file under `dir`, relative, sorted. */
function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]).map(String).sort();
}

async function extract(entries: RawEntry[], limits?: Partial<ExtractLimits>) {
  const zip = path.join(root, 'in.zip');
  fs.writeFileSync(zip, buildRawZip(entries));
  return safeExtractZip(zip, target, limits);
}

/** Refused with IMPORT and `message`, and the tree outside is exactly as before (only the zip, no target). */
async function expectRefused(entries: RawEntry[], message: RegExp, limits?: Partial<ExtractLimits>) {
  const error = await extract(entries, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT');
  expect((error as AppError).message).toMatch(message);
  expect(listTree(root)).toEqual(['deep', path.join('deep', 'packages'), 'in.zip']);
}

const ok: RawEntry = { name: 'index.html', data: '<p>hi</p>' };

describe('safeExtractZip', () => {
  it('extracts a normal package with folders and files, byte for byte', async () => {
    const big = Buffer.from('x'.repeat(50_000));
    const result = await extract([
      { name: 'imsmanifest.xml', data: '<manifest/>' },
      { name: 'shared/' },
      { name: 'shared/app.js', data: big },
      { name: 'img/logo.png', data: Buffer.from([1, 2, 3]), method: 0 },
      { name: 'ünïcode name.txt', data: 'u' },
    ]);
    expect(result.dir).toBe(target);
    expect(result.files).toEqual(['imsmanifest.xml', 'shared/app.js', 'img/logo.png', 'ünïcode name.txt']);
    expect(result.totalBytes).toBe(11 + 50_000 + 3 + 1);
    expect(fs.readFileSync(path.join(target, 'shared', 'app.js'))).toEqual(big);
    expect(fs.readFileSync(path.join(target, 'img', 'logo.png'))).toEqual(Buffer.from([1, 2, 3]));
    // No temporary folder is left next to the target.
    expect(fs.readdirSync(parent)).toEqual(['pkg']);
  });

  it.each([
    ['../evil.txt', /"\.\." segment/],
    ['a/../../evil.txt', /"\.\." segment/],
    ['/etc/evil.txt', /absolute path/],
    ['//server/share/evil.txt', /absolute path/],
    ['C:/evil.txt', /drive letter/],
    ['c:evil.txt', /drive letter/],
    ['..\\evil.txt', /backslash/],
    ['a\\..\\..\\evil.txt', /backslash/],
    ['a/./b.txt', /empty or "\." path segment/],
    ['a//b.txt', /empty or "\." path segment/],
    ['a/file:stream', /not allowed in file names/],
    ['a/nul\u0000.txt', /not allowed in file names/],
    ['con.txt', /reserved device name/],
    ['trailing. ', /ending in a dot or space/],
  ])('refuses the entry name %j', async (name, message) => {
    await expectRefused([ok, { name, data: 'pwned' }], message);
  });

  it('refuses a symbolic link even when its target stays inside', async () => {
    await expectRefused([ok, { name: 'link', data: '/etc/passwd', unixMode: 0o120777 }], /"link" is a symbolic link/);
    await expectRefused([ok, { name: 'link2', data: 'index.html', unixMode: 0o120777 }], /symbolic link/);
  });

  it('refuses special files', async () => {
    await expectRefused([ok, { name: 'fifo', unixMode: 0o010644 }], /special file/);
  });

  it('refuses duplicate names, case collisions and file/folder clashes', async () => {
    await expectRefused([ok, { name: 'index.html', data: 'again' }], /"index\.html" more than once/);
    await expectRefused(
      [ok, { name: 'INDEX.html', data: 'x' }],
      /"index\.html" and "INDEX\.html" differ only in letter case/,
    );
    await expectRefused(
      [
        { name: 'Media/a.png', data: 'a' },
        { name: 'media/b.png', data: 'b' },
      ],
      /"Media" and "media" differ only in letter case/,
    );
    await expectRefused(
      [
        { name: 'a', data: 'file' },
        { name: 'a/b.txt', data: 'x' },
      ],
      /"a" both as a file and as a folder/,
    );
    await expectRefused(
      [
        { name: 'a/b.txt', data: 'x' },
        { name: 'a', data: 'file' },
      ],
      /"a" both as a file and as a folder/,
    );
  });

  it('accepts an explicit folder entry after files inside it', async () => {
    const result = await extract([{ name: 'a/b.txt', data: 'x' }, { name: 'a/' }]);
    expect(result.files).toEqual(['a/b.txt']);
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }));
    await expectRefused(entries, /has 11 entries; at most 10 are allowed/, { maxEntries: 10 });
  });

  it('refuses too much uncompressed data', async () => {
    const data = Buffer.alloc(600_000, 7);
    await expectRefused(
      [
        { name: 'a.bin', data, method: 0 },
        { name: 'b.bin', data, method: 0 },
      ],
      /expands to more than 1\.0 MiB/,
      { maxTotalBytes: 1024 * 1024 },
    );
  });

  it('refuses an entry with a zip-bomb compression ratio (default limits)', async () => {
    await expectRefused(
      [ok, { name: 'bomb.bin', data: Buffer.alloc(20 * 1024 * 1024) }],
      /"bomb\.bin" expands \d+:1 .* typical of zip bombs \(limit 100:1\)/,
    );
  });

  it('refuses an archive whose overall ratio is typical of zip bombs, even when each entry is under the limit', async () => {
    // Each 600 KB entry is under ratioMinBytes, so only the overall ratio catches them.
    const entries = Array.from({ length: 40 }, (_, i) => ({ name: `z${i}.bin`, data: Buffer.alloc(600_000) }));
    await expectRefused(entries, /expands \d+:1 overall .* \(limit 50:1\)/);
  });

  it('refuses an entry whose data is larger than it declares (lying header) and leaves nothing', async () => {
    await expectRefused([ok, { name: 'liar.bin', data: Buffer.alloc(5_000_000, 1), declaredSize: 10 }], /"liar\.bin"/);
  });

  it('refuses encrypted entries and unreadable archives', async () => {
    await expectRefused([{ name: 'secret.txt', data: 'x', flags: 0x1 }], /"secret\.txt" is encrypted/);
    // Stored, with equal sizes (no 12-byte encryption header): yauzl's size check would speak first.
    await expectRefused(
      [
        { name: 'imsmanifest.xml', data: '<manifest/>' },
        { name: 'secret.txt', data: 'x'.repeat(44), method: 0, flags: 0x1 },
      ],
      /"secret\.txt" is encrypted/,
    );
    const zip = path.join(root, 'in.zip');
    fs.writeFileSync(zip, 'this is not a zip at all');
    await expect(safeExtractZip(zip, target)).rejects.toThrow(/in\.zip is not a readable zip archive/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses to extract over an existing folder', async () => {
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'mine');
    await expect(extract([ok])).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(target)).toEqual(['keep.txt']);
  });
});
