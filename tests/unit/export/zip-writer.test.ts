import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shouldCompress, sortEntries, writeZip, type PackageEntry } from '../../../main/export/zip-writer';
import { leftovers, readZip } from '../../integration/export/export-test-kit';

let tmp: string;
let bigFile: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-zip-'));
  bigFile = path.join(tmp, 'big.mp4');
  fs.writeFileSync(bigFile, crypto.randomBytes(24 << 20)); // several progress steps
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const buf = (p: string, s: string): PackageEntry => ({ path: p, kind: 'buffer', data: Buffer.from(s) });

describe('zip writer', () => {
  it('writes entries in code-unit order whatever the input order, with a fixed date', async () => {
    const out = path.join(tmp, 'order.zip');
    const entries = [
      buf('media/b.png', 'b'),
      buf('Z.txt', 'z'),
      buf('a/c.js', 'c'),
      buf('a.html', 'a'),
      buf('_.css', '_'),
    ];
    await writeZip(out, entries);
    const read = await readZip(out);
    expect(read.map((e) => e.name)).toEqual(['Z.txt', '_.css', 'a.html', 'a/c.js', 'media/b.png']);
    expect(read.map((e) => e.data.toString())).toEqual(['z', '_', 'a', 'c', 'b']);
    expect(sortEntries(entries).map((e) => e.path)).toEqual(read.map((e) => e.name));
  });

  it('is byte-identical for the same entries given in a different order', async () => {
    const entries = [
      buf('x.json', '{"a":1}'),
      { path: 'm/v.mp4', kind: 'file', sourcePath: bigFile, size: 24 << 20 } as const,
    ];
    await writeZip(path.join(tmp, 'one.zip'), entries);
    await writeZip(path.join(tmp, 'two.zip'), [...entries].reverse());
    expect(fs.readFileSync(path.join(tmp, 'one.zip')).equals(fs.readFileSync(path.join(tmp, 'two.zip')))).toBe(true);
  });

  it('refuses duplicate paths', async () => {
    await expect(writeZip(path.join(tmp, 'dup.zip'), [buf('a.txt', '1'), buf('a.txt', '2')])).rejects.toThrow(
      /Duplicate/,
    );
    expect(leftovers(path.join(tmp, 'dup.zip'))).toEqual([]);
  });

  it('compresses text only', () => {
    for (const p of ['index.html', 'runtime/player.js', 'a.css', 'content/course.json', 'imsmanifest.xml', 'c.vtt']) {
      expect(shouldCompress(p)).toBe(true);
    }
    for (const p of ['v.mp4', 'a.m4a', 'a.mp3', 'i.png', 'i.JPG', 'i.webp', 'noext', 'x.bin']) {
      expect(shouldCompress(p)).toBe(false);
    }
  });

  it('leaves nothing behind when a source file cannot be read', async () => {
    const out = path.join(tmp, 'broken.zip');
    const entries: PackageEntry[] = [
      buf('a.txt', 'a'),
      { path: 'b.mp4', kind: 'file', sourcePath: bigFile, size: 24 << 20 },
      { path: 'c.mp4', kind: 'file', sourcePath: path.join(tmp, 'missing.mp4'), size: 10 },
    ];
    await expect(writeZip(out, entries)).rejects.toMatchObject({ code: 'EXPORT' });
    expect(leftovers(out)).toEqual([]);
  });

  it('replaces an existing zip only on success, and leaves it untouched on abort mid-write', async () => {
    const out = path.join(tmp, 'keep.zip');
    await writeZip(out, [buf('old.txt', 'old')]);
    const before = fs.readFileSync(out);
    const controller = new AbortController();
    const progress: number[] = [];
    const run = writeZip(out, [{ path: 'v.mp4', kind: 'file', sourcePath: bigFile, size: 24 << 20 }], {
      signal: controller.signal,
      onProgress: ({ done }) => {
        progress.push(done);
        if (done > 0) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toBeLessThan(24 << 20); // aborted part-way, not after the end
    expect(leftovers(out)).toEqual(['keep.zip']);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
  });

  it('puts CRC and sizes in every local header (no data descriptors) and passes unzip -t', async () => {
    const out = path.join(tmp, 'headers.zip');
    const small = path.join(tmp, 'small.m4a');
    fs.writeFileSync(small, crypto.randomBytes(3000));
    await writeZip(out, [
      buf('index.html', '<p>hello</p>'.repeat(50)),
      { path: 'media/a.m4a', kind: 'file', sourcePath: small, size: 3000 },
      { path: 'media/ünïcode.mp4', kind: 'file', sourcePath: bigFile, size: 24 << 20 },
    ]);
    const zip = fs.readFileSync(out);
    const expected = new Map([
      ['index.html', zlib.crc32(Buffer.from('<p>hello</p>'.repeat(50)))],
      ['media/a.m4a', zlib.crc32(fs.readFileSync(small))],
      ['media/ünïcode.mp4', zlib.crc32(fs.readFileSync(bigFile))],
    ]);
    let at = 0;
    const seen: string[] = [];
    while (zip.readUInt32LE(at) === 0x04034b50) {
      const flags = zip.readUInt16LE(at + 6);
      const csize = zip.readUInt32LE(at + 18);
      const nameLength = zip.readUInt16LE(at + 26);
      const extraLength = zip.readUInt16LE(at + 28);
      const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
      expect(flags & 0x0008).toBe(0); // no data descriptor
      expect(zip.readUInt32LE(at + 14)).toBe(expected.get(name));
      seen.push(name);
      at += 30 + nameLength + extraLength + csize;
    }
    expect(seen).toEqual([...expected.keys()]);
    expect(zip.readUInt32LE(at)).toBe(0x02014b50); // central directory follows the last entry directly
    const test = spawnSync('unzip', ['-t', out], { encoding: 'utf8' });
    expect(test.stdout).toContain('No errors detected');
    expect(test.status).toBe(0);
  });

  it('writes a valid ZIP64 layout (forced on small files) that unzip, Python and yauzl read', async () => {
    const out = path.join(tmp, 'zip64.zip');
    const entries: PackageEntry[] = [
      buf('a.json', '{"x":1}'),
      { path: 'b.mp4', kind: 'file', sourcePath: bigFile, size: 24 << 20 },
    ];
    await writeZip(out, entries, { forceZip64: true });
    const test = spawnSync('unzip', ['-t', out], { encoding: 'utf8' });
    expect(test.status).toBe(0);
    const py = spawnSync('python3', ['-m', 'zipfile', '-t', out], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    expect(py.status).toBe(0);
    const read = await readZip(out);
    expect(read.map((e) => e.name)).toEqual(['a.json', 'b.mp4']);
    expect(read[1]?.data.equals(fs.readFileSync(bigFile))).toBe(true);
    const zip = fs.readFileSync(out);
    expect(zip.readUInt32LE(zip.length - 22 - 20)).toBe(0x07064b50); // ZIP64 locator before the classic end record
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(0xffff); // classic entry count defers to ZIP64
  });
});
