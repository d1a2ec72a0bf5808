import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_MEDIA } from '../../../main/library/sample';
import { courseAssetIds, remapCourseAssets } from '../../../main/authoring/archive-format';
import { exportCourseArchive, importCourseArchive } from '../../../main/authoring/course-archive';
import type { SqliteCourseLibrary } from '../../../main/library/open-library';
import type { CourseTree } from '../../../shared';
import { appErrorOfAsync, openTempLibrary, tempDir } from '../library/helpers';
import { librarySnapshot, readTestZip, writeTestZip, type ZipEntry } from './archive-kit';

/** The sample's media files (video, audio, image, captions, worksheet…). */
const SAMPLE_ASSET_COUNT = Object.keys(SAMPLE_MEDIA).length;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** JSON with object keys sorted: stored rows keep their writer's key order, parsed ones the schema's. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;

/** The course's content with ids numbered by first appearance and asset ids replaced by their content hash. */
function content(lib: SqliteCourseLibrary, tree: CourseTree): string {
  const sha = new Map(courseAssetIds(tree).map((id) => [id, `sha:${lib.getAsset(id)!.sha256}`]));
  const { createdAt: _c, updatedAt: _u, ...rest } = remapCourseAssets(tree, sha);
  const seen = new Map<string, string>();
  return JSON.stringify(canonical(rest)).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size}`);
    return seen.get(id)!;
  });
}

const allIds = (tree: CourseTree) => [
  tree.id,
  ...tree.modules.flatMap((m) => [m.id, ...m.lessons.flatMap((l) => [l.id, ...l.blocks.map((b) => b.id)])]),
];

async function sampleArchive(): Promise<{ lib: SqliteCourseLibrary; tree: CourseTree; file: string }> {
  const lib = await openTempLibrary({ seedSample: true });
  const tree = lib.getCourse(lib.listCourses()[0]!.id);
  const file = path.join(tempDir('cw-archive-out-'), 'sample.cwcourse');
  const result = await exportCourseArchive(lib, tree.id, file);
  expect(result).toEqual({ path: file, bytes: fs.statSync(file).size });
  return { lib, tree, file };
}

describe('course archive (.cwcourse)', () => {
  it('round-trips the sample course into another library: same content, same ids, media present and intact', async () => {
    const { lib, tree, file } = await sampleArchive();
    const entries = await readTestZip(file);
    expect(entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    expect(entries[0]!.name).toBe('course.json');
    expect(entries.filter((e) => e.name.startsWith('media/'))).toHaveLength(SAMPLE_ASSET_COUNT);

    const other = await openTempLibrary();
    const imported = await importCourseArchive(other, file);
    expect(imported.id).toBe(tree.id);
    const copy = other.getCourse(imported.id);
    expect(allIds(copy)).toEqual(allIds(tree));
    expect(content(other, copy)).toBe(content(lib, tree));
    for (const id of courseAssetIds(copy)) {
      const stored = other.assetFile(id)!;
      const sha = createHash('sha256').update(fs.readFileSync(stored.path)).digest('hex');
      expect(sha).toBe(other.getAsset(id)!.sha256);
    }
    expect(other.listAssets()).toHaveLength(SAMPLE_ASSET_COUNT);
  });

  it('imports into the library that already has the course with new ids everywhere, sharing the stored media', async () => {
    const { lib, tree, file } = await sampleArchive();
    const assetsBefore = lib.listAssets();
    const imported = await importCourseArchive(lib, file);
    expect(imported.id).not.toBe(tree.id);
    const copy = lib.getCourse(imported.id);
    const oldIds = new Set(allIds(tree));
    expect(allIds(copy).filter((id) => oldIds.has(id))).toEqual([]);
    expect(content(lib, copy)).toBe(content(lib, tree));
    expect(lib.listAssets()).toEqual(assetsBefore);
    expect(lib.listCourses()).toHaveLength(2);
    // The trashed original still blocks its ids: importing again after deleting it also gets new ids.
    lib.deleteCourse(tree.id);
    expect((await importCourseArchive(lib, file)).id).not.toBe(tree.id);
  });

  it('is deterministic: the same course exports to identical bytes', async () => {
    const { lib, tree, file } = await sampleArchive();
    const second = path.join(path.dirname(file), 'again.cwcourse');
    await exportCourseArchive(lib, tree.id, second);
    expect(fs.readFileSync(second).equals(fs.readFileSync(file))).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['again.cwcourse', 'sample.cwcourse']);
  });

  it('refuses a relative or non-.cwcourse output path and an unknown course', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Tiny' });
    expect((await appErrorOfAsync(() => exportCourseArchive(lib, course.id, 'tiny.cwcourse'))).code).toBe('VALIDATION');
    const dir = tempDir();
    expect((await appErrorOfAsync(() => exportCourseArchive(lib, course.id, path.join(dir, 'x.zip')))).code).toBe(
      'VALIDATION',
    );
    fs.mkdirSync(path.join(dir, 'folder.cwcourse'));
    expect(
      (await appErrorOfAsync(() => exportCourseArchive(lib, course.id, path.join(dir, 'folder.cwcourse')))).code,
    ).toBe('IO');
    fs.rmdirSync(path.join(dir, 'folder.cwcourse'));
    const missingDir = path.join(dir, 'nope', 'x.cwcourse');
    expect((await appErrorOfAsync(() => exportCourseArchive(lib, course.id, missingDir))).code).toBe('IO');
    // A block pointing at media that is not in the library: refused, and no file is left behind.
    const mod = lib.createModule(course.id, 'M');
    const lesson = lib.createLesson(mod.id, 'L');
    const dangling = '22222222-2222-4222-8222-222222222222';
    lib.createBlock(lesson.id, { type: 'audio', assetId: dangling, title: 'Lost' });
    const danglingError = await appErrorOfAsync(() =>
      exportCourseArchive(lib, course.id, path.join(dir, 'd.cwcourse')),
    );
    expect(danglingError.code).toBe('EXPORT');
    expect(danglingError.message).toContain(dangling);
    expect(fs.readdirSync(dir)).toEqual([]);
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect((await appErrorOfAsync(() => exportCourseArchive(lib, ghost, path.join(dir, 'g.cwcourse')))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('hostile and broken archives are refused with IMPORT and change nothing', () => {
  type Case = (
    entries: ZipEntry[],
    json: Record<string, unknown>,
  ) => {
    entries: ZipEntry[];
    rename?: [string, string][];
    limits?: Record<string, number>;
    message: RegExp;
  };
  const withJson = (entries: ZipEntry[], json: unknown) => [
    { name: 'course.json', data: Buffer.from(JSON.stringify(json)) },
    ...entries.filter((e) => e.name !== 'course.json'),
  ];
  const course = (json: Record<string, unknown>) => json.course as CourseTree;
  const media = (entries: ZipEntry[]) => entries.filter((e) => e.name.startsWith('media/'));

  const cases: Record<string, Case> = {
    'path traversal (../)': (entries) => ({
      entries: [...entries, { name: 'XXXXXXXXXXXXevil', data: Buffer.from('x') }],
      rename: [['XXXXXXXXXXXXevil', '../../../../evil']],
      message: /damaged|unexpected/,
    }),
    'absolute path': (entries) => ({
      entries: [...entries, { name: 'XXXXXevil', data: Buffer.from('x') }],
      rename: [['XXXXXevil', '/tmp/evil']],
      message: /damaged|unexpected/,
    }),
    'unexpected file': (entries) => ({
      entries: [...entries, { name: 'notes.txt', data: Buffer.from('hi') }],
      message: /unexpected file "notes\.txt"/,
    }),
    'no course.json': (entries) => ({ entries: media(entries), message: /course\.json is missing/ }),
    'course.json not JSON': (entries) => ({
      entries: [{ name: 'course.json', data: Buffer.from('{"format": "coursewright-course",') }, ...media(entries)],
      message: /not valid JSON/,
    }),
    'course.json fails the schema': (entries, json) => ({
      entries: withJson(entries, { ...json, course: { ...course(json), title: '' } }),
      message: /not a valid course.*title/,
    }),
    'newer archive format': (entries, json) => ({
      entries: withJson(entries, { ...json, formatVersion: 99 }),
      message: /newer Coursewright/,
    }),
    'a referenced asset is not listed': (entries, json) => ({
      entries: withJson(entries, { ...json, assets: (json.assets as unknown[]).slice(1) }),
      message: /not in the archive|unexpected file/,
    }),
    'a listed media file is missing': (entries) => ({
      entries: entries.filter((e) => !e.name.endsWith('.svg')),
      message: /is missing/,
    }),
    'media bytes do not match the checksum': (entries) => ({
      entries: entries.map((e) =>
        e.name.endsWith('.vtt') ? { ...e, data: Buffer.from(e.data.toString().replace('W', 'w')) } : e,
      ),
      message: /checksum/,
    }),
    'an SVG declaring entities (XXE)': (entries, json) => {
      const svg = Buffer.from(
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
      );
      const sha = createHash('sha256').update(svg).digest('hex');
      // The sample has several SVGs: only the first one is replaced.
      const old = (json.assets as { fileName: string; sha256: string }[]).find((a) => a.fileName.endsWith('.svg'))!;
      const assets = (json.assets as { fileName: string; sha256: string; size: number }[]).map((a) =>
        a === old ? { ...a, sha256: sha, size: svg.length } : a,
      );
      return {
        entries: withJson(
          entries.map((e) => (e.name === `media/${old.sha256}.svg` ? { name: `media/${sha}.svg`, data: svg } : e)),
          { ...json, assets },
        ),
        message: /not a safe, well-formed SVG/,
      };
    },
    'duplicate ids in the course': (entries, json) => {
      const tree = course(json);
      const [m0, m1] = tree.modules;
      return {
        entries: withJson(entries, { ...json, course: { ...tree, modules: [m0, { ...m1!, id: m0!.id }] } }),
        message: /used twice/,
      };
    },
    'zip bomb beyond the size limit': (entries) => ({
      entries,
      limits: { maxTotalBytes: 64 * 1024 },
      message: /expands to more than/,
    }),
    'too many files': (entries) => ({ entries, limits: { maxEntries: 3 }, message: /more than 3 files/ }),
  };

  it.each(Object.keys(cases))('%s', async (name) => {
    const { lib, file } = await sampleArchive();
    const original = await readTestZip(file);
    const json = JSON.parse(original[0]!.data.toString()) as Record<string, unknown>;
    const bad = cases[name]!(original, json);
    const badFile = path.join(path.dirname(file), 'bad.cwcourse');
    await writeTestZip(badFile, bad.entries, bad.rename);
    const before = librarySnapshot(lib);
    const error = await appErrorOfAsync(() => importCourseArchive(lib, badFile, { limits: bad.limits }));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toMatch(/^This course archive cannot be imported: /);
    expect(error.message).toMatch(bad.message);
    expect(librarySnapshot(lib)).toEqual(before);
  });

  it('a failure while writing the course removes the media that import had added', async () => {
    const { file } = await sampleArchive();
    const lib = await openTempLibrary();
    const before = librarySnapshot(lib);
    const failing = Object.assign(Object.create(lib) as SqliteCourseLibrary, {
      insertCourseTree: () => {
        throw new Error('disk full');
      },
    });
    const error = await appErrorOfAsync(() => importCourseArchive(failing, file));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toMatch(/could not be written \(disk full\)/);
    expect(librarySnapshot(lib)).toEqual(before);
  });

  it('refuses a file that is not a zip, and a missing file', async () => {
    const lib = await openTempLibrary();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'junk.cwcourse'), 'PK\u0003\u0004 this is not really a zip');
    const before = librarySnapshot(lib);
    expect((await appErrorOfAsync(() => importCourseArchive(lib, path.join(dir, 'junk.cwcourse')))).message).toMatch(
      /not a readable \.cwcourse/,
    );
    expect((await appErrorOfAsync(() => importCourseArchive(lib, path.join(dir, 'none.cwcourse')))).code).toBe(
      'IMPORT',
    );
    expect(librarySnapshot(lib)).toEqual(before);
  });
});
