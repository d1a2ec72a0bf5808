import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaEntryName } from '../../../main/authoring/archive-format';
import { exportCourseArchive, importCourseArchive } from '../../../main/authoring/course-archive';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { seedSampleCourse } from '../../../main/library/sample';
import { resolveResourcesDir } from '../../../main/library/resources-dir';
import { sanitizeSvg } from '../../../main/security/svg-sanitize';
import { MEDIA_CSP } from '../../../main/security/csp';
import { HOSTILE_SVG } from '../../fixtures/media/hostile-svg';
import { readTestZip, writeTestZip } from '../authoring/archive-kit';
import { rawRequest, startHostFixture, type HostFixture } from '../host/host-test-kit';
import { openMedia, tempDir } from './media-test-kit';

/** Issue 13 §1: whichever way an SVG arrives, the library stores and serves only the sanitizer's output. */
const CLEAN = sanitizeSvg(HOSTILE_SVG);

function storedText(library: SqliteCourseLibrary, assetId: string): string {
  const file = library.assetFile(assetId);
  if (!file) throw new Error(`asset ${assetId} has no file`);
  return fs.readFileSync(file.path, 'utf8');
}

function expectHarmless(svg: string): void {
  expect(svg).not.toMatch(/<script|onload|alert|courses\.create|\\72l|127\.0\.0\.1:9/i);
  expect(svg).toContain('<circle');
}

describe('only sanitized SVG is stored', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cw-svg-store-');
    fs.writeFileSync(path.join(dir, 'hostile.svg'), HOSTILE_SVG);
    // Named as a PNG: the library records what the bytes say (SVG), so it must sanitize it too.
    fs.writeFileSync(path.join(dir, 'disguised.png'), HOSTILE_SVG);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('media import (the CLI and /api/upload path) stores the sanitized SVG', async () => {
    const { library, media } = await openMedia(path.join(dir, 'lib-import'));
    try {
      const [result] = await media.importMedia([path.join(dir, 'hostile.svg')]);
      expect(result?.error).toBeNull();
      const stored = storedText(library, result!.asset!.id);
      expectHarmless(stored);
      expect(stored).toBe(CLEAN);
    } finally {
      await media.close();
      library.close();
    }
  });

  it('a file whose bytes are SVG is sanitized whatever its name', async () => {
    const library = await openCourseLibrary({ dir: path.join(dir, 'lib-disguised'), seedSample: false });
    try {
      const asset = await library.importAsset(path.join(dir, 'disguised.png'));
      expect(asset.mime).toBe('image/svg+xml');
      expect(storedText(library, asset.id)).toBe(CLEAN);
      // Nothing left over from the sanitized copy.
      const originals = path.join(library.dir, 'media', 'originals');
      expect(fs.readdirSync(originals).filter((n) => n.startsWith('.incoming-'))).toEqual([]);
    } finally {
      library.close();
    }
  });

  it('.cwcourse import stores the sanitized SVG, and a second import of the same archive adds nothing', async () => {
    const source = await openCourseLibrary({ dir: path.join(dir, 'lib-source'), seedSample: true });
    const archive = path.join(dir, 'course.cwcourse');
    try {
      const [course] = source.listCourses();
      await exportCourseArchive(source, course!.id, archive);
    } finally {
      source.close();
    }
    // Swap the sample's SVG for the hostile one (and its recorded sha256), as an attacker's archive would carry.
    const entries = await readTestZip(archive);
    const json = entries.find((e) => e.name === 'course.json')!;
    const doc = JSON.parse(json.data.toString('utf8')) as {
      assets: { id: string; fileName: string; sha256: string; size: number }[];
    };
    const svgAsset = doc.assets.find((a) => a.fileName === 'sync-vs-async.svg')!;
    const svgEntry = entries.find((e) => e.name === mediaEntryName(svgAsset))!;
    svgEntry.data = Buffer.from(HOSTILE_SVG, 'utf8');
    svgAsset.sha256 = createHash('sha256').update(svgEntry.data).digest('hex');
    svgAsset.size = svgEntry.data.length;
    svgEntry.name = mediaEntryName(svgAsset);
    json.data = Buffer.from(JSON.stringify(doc), 'utf8');
    await writeTestZip(archive, entries);

    const target = await openCourseLibrary({ dir: path.join(dir, 'lib-target'), seedSample: false });
    try {
      await importCourseArchive(target, archive);
      const svg = target.listAssets().find((a) => a.fileName === 'sync-vs-async.svg')!;
      expectHarmless(storedText(target, svg.id));
      const assetsBefore = target.listAssets().length;
      await importCourseArchive(target, archive);
      expect(target.listAssets()).toHaveLength(assetsBefore);
      expectHarmless(storedText(target, svg.id));
    } finally {
      target.close();
    }
  });

  it('sample seeding stores the sanitized SVG', async () => {
    const resources = path.join(dir, 'resources');
    fs.cpSync(path.join(resolveResourcesDir(), 'sample'), path.join(resources, 'sample'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'sample', 'sync-vs-async.svg'), HOSTILE_SVG);
    const library = await openCourseLibrary({ dir: path.join(dir, 'lib-sample'), seedSample: false });
    try {
      expect(await seedSampleCourse(library, resources)).not.toBeNull();
      const svg = library.listAssets().find((a) => a.fileName === 'sync-vs-async.svg')!;
      expectHarmless(storedText(library, svg.id));
    } finally {
      library.close();
    }
  });
});

describe('media responses of the browser host', () => {
  let fx: HostFixture;
  const bearer = () => ({ Authorization: `Bearer ${fx.host.token}` });
  beforeAll(async () => {
    fx = await startHostFixture({ seedSample: false });
  });
  afterAll(async () => fx?.close());

  it('/api/upload stores the sanitized SVG and /media/<id> serves it sandboxed, nosniff', async () => {
    const up = await rawRequest(fx.host.port, {
      method: 'POST',
      path: '/api/upload?name=hostile.svg',
      headers: { ...bearer(), Origin: fx.host.origin, 'Content-Type': 'application/octet-stream' },
      body: HOSTILE_SVG,
    });
    expect(up.status).toBe(200);
    const result = JSON.parse(up.body.toString('utf8')) as { ok: boolean; value: { asset: { id: string } }[] };
    expect(result.ok).toBe(true);
    const id = result.value[0]!.asset.id;
    expectHarmless(storedText(fx.library, id));

    const res = await rawRequest(fx.host.port, { path: `/media/${id}`, headers: bearer() });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['content-security-policy']).toBe(MEDIA_CSP);
    expect(res.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expectHarmless(res.body.toString('utf8'));
  });

  it('an unsanitized SVG already in an old library is sanitized on the way out', async () => {
    const asset = await fx.library.importAsset(
      writeTemp(fx.tmp, 'legacy.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'),
    );
    // What a library written before store-time sanitization holds: the hostile original under the asset's row.
    fs.writeFileSync(fx.library.assetFile(asset.id)!.path, HOSTILE_SVG);
    const res = await rawRequest(fx.host.port, { path: `/media/${asset.id}`, headers: bearer() });
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe(CLEAN);
    expect(res.headers['content-security-policy']).toBe(MEDIA_CSP);
    const ranged = await rawRequest(fx.host.port, {
      path: `/media/${asset.id}`,
      headers: { ...bearer(), Range: 'bytes=0-3' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.body.toString('utf8')).toBe(CLEAN.slice(0, 4));
  });

  it('every media answer carries the media CSP, other types and errors included', async () => {
    const asset = await fx.library.importAsset(writeTemp(fx.tmp, 'clip.bin', 'not really media'));
    const ok = await rawRequest(fx.host.port, { path: `/media/${asset.id}`, headers: bearer() });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toBe(MEDIA_CSP);
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    const missing = await rawRequest(fx.host.port, {
      path: `/media/00000000-0000-4000-8000-000000000000`,
      headers: bearer(),
    });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(MEDIA_CSP);
  });
});

function writeTemp(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
