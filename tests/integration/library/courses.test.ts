import { describe, expect, it } from 'vitest';
import { blockSchema, channels, type Block } from '../../../shared';
import { buildCourse, codeOf, openTempLibrary } from './helpers';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

describe('courses, lessons and blocks', () => {
  it('creates a course with default settings and lists courses most recently changed first', async () => {
    const lib = await openTempLibrary();
    const a = lib.createCourse({ title: '  First  ' });
    expect(a.title).toBe('First');
    expect(a.language).toBe('en');
    expect(a.settings.passingScore).toBe(80);
    expect(a.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const b = lib.createCourse({ title: 'Second', description: 'd', language: 'de' });
    expect(lib.listCourses().map((c) => c.id)).toEqual([b.id, a.id]);
    lib.createModule(a.id, 'Touches A');
    const list = lib.listCourses();
    expect(list.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ moduleCount: 1, lessonCount: 0, isSample: false });
  });

  it('updates titles and merges partial settings (nested groups one level deep)', async () => {
    const lib = await openTempLibrary();
    const c = lib.createCourse({ title: 'Settings' });
    const u1 = lib.updateCourse(c.id, { settings: { passingScore: 65, theme: { brandColor: '#ff0000' } } });
    expect(u1.settings.passingScore).toBe(65);
    expect(u1.settings.theme).toEqual({
      brandColor: '#ff0000',
      fontFamily: 'system',
      logoAssetId: null,
      name: 'clean',
      variant: 'light',
    });
    // A course created today opens on a cover page.
    expect(c.settings.cover.enabled).toBe(true);
    const u2 = lib.updateCourse(c.id, { title: 'Renamed', settings: { navigation: 'linear' } });
    expect(u2).toMatchObject({ title: 'Renamed', description: '' });
    expect(u2.settings).toMatchObject({ passingScore: 65, navigation: 'linear', theme: { brandColor: '#ff0000' } });
    expect(u2.updatedAt > u1.updatedAt).toBe(true);
    expect(lib.getCourse(c.id)).toMatchObject({ title: 'Renamed', settings: u2.settings });
    expect(codeOf(() => lib.updateCourse(c.id, { settings: { passingScore: 101 } }))).toBe('VALIDATION');
    expect(codeOf(() => lib.updateCourse(c.id, { title: '   ' }))).toBe('VALIDATION');
    expect(lib.getCourse(c.id).settings.passingScore).toBe(65);
  });

  it('bumps the course updated_at on every change inside it', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons, blocks } = buildCourse(lib);
    const stamps: string[] = [lib.getCourse(course.id).updatedAt];
    const steps = [
      () => lib.renameModule(modules[0]!.id, 'Renamed'),
      () => lib.updateLesson(lessons[0]!.id, { kind: 'quiz' }),
      () => lib.updateBlock(blocks[0]!.id, { ...(blocks[0] as Block & { type: 'heading' }), text: 'Changed' }),
      () => lib.deleteBlock(blocks[1]!.id),
      () => lib.reorderModules(course.id, [modules[1]!.id, modules[0]!.id]),
    ];
    for (const step of steps) {
      step();
      stamps.push(lib.getCourse(course.id).updatedAt);
    }
    expect(new Set(stamps).size).toBe(stamps.length);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('validates blocks when writing, assigns ids and applies defaults', async () => {
    const lib = await openTempLibrary();
    const { lessons } = buildCourse(lib);
    const lesson = lessons[0]!.id;
    const image = lib.createBlock(lesson, { type: 'image', assetId: null });
    expect(image).toMatchObject({ type: 'image', alt: '', decorative: false });
    expect(blockSchema.parse(image)).toEqual(image);
    expect(codeOf(() => lib.createBlock(lesson, { type: 'heading', level: 1 as 2, text: 'x' }))).toBe('VALIDATION');
    expect(codeOf(() => lib.createBlock(lesson, { type: 'nope' } as never))).toBe('VALIDATION');
    const bad = {
      type: 'richText',
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
        ],
      },
    } as const;
    expect(codeOf(() => lib.createBlock(lesson, bad as never))).toBe('VALIDATION');
  });

  it('updateBlock refuses an id mismatch or a type change (CONFLICT)', async () => {
    const lib = await openTempLibrary();
    const { blocks } = buildCourse(lib);
    const [b1, b2] = blocks as [Block, Block];
    expect(codeOf(() => lib.updateBlock(b1.id, { ...b2 }))).toBe('CONFLICT');
    expect(codeOf(() => lib.updateBlock(b1.id, { id: b1.id, type: 'divider', style: 'line' }))).toBe('CONFLICT');
    expect(codeOf(() => lib.updateBlock(crypto.randomUUID(), b1))).toBe('NOT_FOUND');
    const updated = lib.updateBlock(b1.id, { id: b1.id, type: 'heading', level: 3, text: 'Updated' });
    expect(updated).toEqual({ id: b1.id, type: 'heading', level: 3, text: 'Updated' });
  });

  it('trusts stored rows on read; the contract check on the way out still catches a row edited behind its back', async () => {
    const lib = await openTempLibrary();
    const { course, blocks } = buildCourse(lib);
    const db = libraryConnection(lib);
    db.prepare(`UPDATE blocks SET data = json_set(data, '$.level', 7) WHERE id = ?`).run(blocks[0]!.id);
    const tree = lib.getCourse(course.id);
    expect(channels['courses.get'].output.safeParse(tree).success).toBe(false);
    // What would break the code reading it is still refused at once: not an object, or not a block of a known kind.
    // The kind is the row's column (migration 015: the JSON no longer repeats it).
    db.prepare(`UPDATE blocks SET type = 'bogus' WHERE id = ?`).run(blocks[0]!.id);
    expect(codeOf(() => lib.getCourse(course.id))).toBe('LIBRARY_CORRUPT');
    // A row still holding its id and kind in the JSON (as before 015) reads as the columns say.
    db.prepare(`UPDATE blocks SET type = ?, data = ? WHERE id = ?`).run(
      blocks[0]!.type,
      JSON.stringify({ ...blocks[0], id: 'stale', type: 'image' }),
      blocks[0]!.id,
    );
    expect(lib.getCourse(course.id).modules[0]!.lessons[0]!.blocks[0]).toEqual(blocks[0]);
    db.prepare(`UPDATE blocks SET data = '[1]' WHERE id = ?`).run(blocks[1]!.id);
    expect(codeOf(() => lib.getCourse(course.id))).toBe('LIBRARY_CORRUPT');
  });

  it('lesson updates keep unspecified fields, and parent look-ups resolve the course', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons, blocks } = buildCourse(lib);
    expect(lib.updateLesson(lessons[0]!.id, { title: 'New title' })).toMatchObject({
      title: 'New title',
      kind: 'content',
    });
    expect(lib.updateLesson(lessons[0]!.id, { kind: 'quiz' })).toMatchObject({ title: 'New title', kind: 'quiz' });
    expect(lib.getModuleCourseId(modules[1]!.id)).toBe(course.id);
    expect(lib.getLessonCourseId(lessons[3]!.id)).toBe(course.id);
    expect(lib.getBlockCourseId(blocks[7]!.id)).toBe(course.id);
  });

  it('info() reports paths, versions and counts', async () => {
    const lib = await openTempLibrary();
    buildCourse(lib);
    const info = lib.info();
    expect(info.path).toBe(lib.dir);
    expect(info.databasePath).toBe(`${lib.dir}/library.sqlite`);
    expect(info.counts).toEqual({ courses: 1, modules: 2, lessons: 4, blocks: 8, assets: 0 });
    expect(info.appVersion).toMatch(/\d+\.\d+\.\d+/);
  });
});
