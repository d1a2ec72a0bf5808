import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appErrorOfAsync, openTempLibrary, tempDir } from './helpers';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5e5b1c90000000049454e44ae426082',
  'hex',
);

describe('assets', () => {
  it('stores a file content-addressed, records it, and resolves it by id only', async () => {
    const lib = await openTempLibrary();
    const src = path.join(tempDir(), 'Logo Picture.PNG');
    fs.writeFileSync(src, PNG);
    const asset = await lib.importAsset(src);
    expect(asset).toMatchObject({ kind: 'image', mime: 'image/png', fileName: 'Logo Picture.PNG', size: PNG.length });
    const file = lib.assetFile(asset.id)!;
    expect(file.path).toBe(path.join(lib.dir, 'media', 'originals', asset.sha256.slice(0, 2), `${asset.sha256}.png`));
    expect(fs.readFileSync(file.path).equals(PNG)).toBe(true);
    expect(lib.listAssets()).toEqual([asset]);
    expect(lib.assetFile(crypto.randomUUID())).toBeNull();
    expect(lib.assetFile('../../etc/passwd')).toBeNull();
    // No temp files left behind.
    expect(fs.readdirSync(path.join(lib.dir, 'media', 'originals')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('deduplicates: the same content twice (even under another name) is stored once and returns the same asset', async () => {
    const lib = await openTempLibrary();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.png'), PNG);
    fs.writeFileSync(path.join(dir, 'b.png'), PNG);
    fs.writeFileSync(path.join(dir, 'c.bin'), PNG);
    const [a, b] = await Promise.all([
      lib.importAsset(path.join(dir, 'a.png')),
      lib.importAsset(path.join(dir, 'b.png')),
    ]);
    const c = await lib.importAsset(path.join(dir, 'c.bin'));
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect(lib.listAssets()).toHaveLength(1);
    const shard = path.join(lib.dir, 'media', 'originals', a.sha256.slice(0, 2));
    expect(fs.readdirSync(shard)).toEqual([`${a.sha256}.png`]);
  });

  it('detects types from content, honours an explicit kind, and fails cleanly on a missing file', async () => {
    const lib = await openTempLibrary();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'subs.txt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'just text');
    expect(await lib.importAsset(path.join(dir, 'subs.txt'))).toMatchObject({ kind: 'captions', mime: 'text/vtt' });
    expect(await lib.importAsset(path.join(dir, 'notes.txt'), { kind: 'other', fileName: 'Notes.txt' })).toMatchObject({
      kind: 'other',
      fileName: 'Notes.txt',
    });
    const error = await appErrorOfAsync(() => lib.importAsset(path.join(dir, 'missing.mp4')));
    expect(error.code).toBe('IO');
    expect(lib.listAssets()).toHaveLength(2);
  });

  it('removes stale temp files left by an interrupted import, but not fresh ones', async () => {
    const dir = tempDir();
    const originals = path.join(dir, 'media', 'originals');
    fs.mkdirSync(originals, { recursive: true });
    const stale = path.join(originals, `.incoming-${crypto.randomUUID()}.part`);
    const fresh = path.join(originals, `.incoming-${crypto.randomUUID()}.part`);
    fs.writeFileSync(stale, 'partial');
    fs.writeFileSync(fresh, 'in progress elsewhere');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, old, old);
    await openTempLibrary({ dir });
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('keeps assets referenced by a duplicated course shared (same asset id)', async () => {
    const lib = await openTempLibrary();
    const src = path.join(tempDir(), 'pic.png');
    fs.writeFileSync(src, PNG);
    const asset = await lib.importAsset(src);
    const course = lib.createCourse({ title: 'With image' });
    const lesson = lib.createLesson(lib.createModule(course.id, 'M').id, 'L');
    lib.createBlock(lesson.id, { type: 'image', assetId: asset.id, alt: 'A dot' });
    const copy = lib.getCourse(lib.duplicateCourse(course.id).id);
    expect(copy.modules[0]!.lessons[0]!.blocks[0]).toMatchObject({ type: 'image', assetId: asset.id });
    expect(lib.info().counts.assets).toBe(1);
  });
});
