import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { DATABASE_FILE } from '../../../main/library/open-library';
import { MediaService } from '../../../main/media/media-service';
import { scanAssetUsage } from '../../../main/media/media-usage';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { buildCourse, codeOf, openTempLibrary, tempDir } from '../library/helpers';
import type { CourseLibrary } from '../../../main/library/course-library';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { SAMPLE_MEDIA } from '../../../main/library/sample/index';

const count = (lib: CourseLibrary, table: string) =>
  libraryConnection(lib).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('course trash (library)', () => {
  it('delete moves a course to the trash: hidden from the list, get and search, but nothing is erased', async () => {
    const lib = await openTempLibrary();
    const { course } = buildCourse(lib, 'Zanzibar');
    const keep = buildCourse(lib, 'Keeper');
    expect(lib.search('Zanzibar').length).toBeGreaterThan(0);

    lib.deleteCourse(course.id);
    expect(lib.listCourses().map((c) => c.id)).toEqual([keep.course.id]);
    const trash = lib.listTrashedCourses();
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: course.id, title: 'Zanzibar', moduleCount: 2, lessonCount: 4 });
    // Trash cards carry the same extras as library cards (8 headings like "Zanzibar M1 L1 B1": 32 words at 200 words/min).
    expect(trash[0]!.estimatedMinutes).toBeCloseTo(32 / 200, 9);
    expect(trash[0]!.thumbnailAssetId).toBeNull();
    expect(Date.parse(trash[0]!.deletedAt)).not.toBeNaN();
    expect(codeOf(() => lib.getCourse(course.id))).toBe('NOT_FOUND');
    expect(lib.getCourse(course.id, { includeTrashed: true }).modules).toHaveLength(2);
    expect(lib.search('Zanzibar')).toEqual([]);
    expect(lib.search('Keeper').length).toBeGreaterThan(0);
    // Still all there: 2 courses × (2 modules, 4 lessons, 8 blocks).
    expect([count(lib, 'courses'), count(lib, 'modules'), count(lib, 'lessons'), count(lib, 'blocks')]).toEqual([
      2, 4, 8, 16,
    ]);
    // Deleting again: it is no longer in the library.
    expect(codeOf(() => lib.deleteCourse(course.id))).toBe('NOT_FOUND');
    // A trashed course is read-only (an editor still open on it gets NOT_FOUND), and nothing was changed.
    const frozen = lib.getCourse(course.id, { includeTrashed: true });
    const lesson = frozen.modules[0]!.lessons[0]!;
    expect(codeOf(() => lib.updateCourse(course.id, { title: 'Renamed' }))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.createModule(course.id, 'New'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.renameModule(frozen.modules[0]!.id, 'New'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.createBlock(lesson.id, { type: 'divider', style: 'line' }))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.deleteBlock(lesson.blocks[0]!.id))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.moveLesson(keep.lessons[0]!.id, frozen.modules[0]!.id))).toBe('NOT_FOUND');
    expect(lib.getCourse(course.id, { includeTrashed: true })).toEqual(frozen);
    expect(lib.getCourse(keep.course.id).modules[0]!.lessons).toHaveLength(2);
  });

  it('restore brings the course back whole, searchable, at its old place; restoring a live course is CONFLICT', async () => {
    const lib = await openTempLibrary();
    const { course } = buildCourse(lib, 'Yodel');
    const before = lib.getCourse(course.id);
    lib.deleteCourse(course.id);
    const restored = lib.restoreCourse(course.id);
    expect(restored.id).toBe(course.id);
    expect(lib.getCourse(course.id)).toEqual(before);
    expect(lib.listTrashedCourses()).toEqual([]);
    expect(lib.listCourses().map((c) => c.id)).toEqual([course.id]);
    expect(lib.search('Yodel M1 L1 B1')[0]).toMatchObject({ courseId: course.id, kind: 'block' });
    expect(codeOf(() => lib.restoreCourse(course.id))).toBe('CONFLICT');
    expect(codeOf(() => lib.restoreCourse('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('purge erases a trashed or live course for good, with its index rows', async () => {
    const lib = await openTempLibrary();
    const a = buildCourse(lib, 'Alpha');
    const b = buildCourse(lib, 'Beta');
    lib.deleteCourse(a.course.id);
    lib.purgeCourse(a.course.id);
    lib.purgeCourse(b.course.id);
    expect(lib.listTrashedCourses()).toEqual([]);
    expect(lib.listCourses()).toEqual([]);
    expect([count(lib, 'courses'), count(lib, 'blocks'), count(lib, 'search_index')]).toEqual([0, 0, 0]);
    expect(codeOf(() => lib.purgeCourse(a.course.id))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.restoreCourse(a.course.id))).toBe('NOT_FOUND');
  });

  it('migration 6 upgrades a version 5 library with every existing course live', async () => {
    const dir = tempDir();
    const { db } = await openDatabase(path.join(dir, DATABASE_FILE), { migrations: MIGRATIONS.slice(0, 5) });
    db.prepare(`DELETE FROM library_meta WHERE key = 'sample_pending'`).run();
    db.prepare(
      `INSERT INTO courses (id, title, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'Old', ?, ?)`,
    ).run(new Date().toISOString(), new Date().toISOString());
    db.close();
    const lib = await openTempLibrary({ dir });
    expect(lib.info().schemaVersion).toBeGreaterThanOrEqual(6);
    expect(lib.listCourses().map((c) => c.title)).toEqual(['Old']);
    expect(lib.listTrashedCourses()).toEqual([]);
    lib.deleteCourse('11111111-1111-4111-8111-111111111111');
    expect(lib.listTrashedCourses().map((c) => c.title)).toEqual(['Old']);
  });

  it('media of a trashed course still counts as used (media clean-up must not break a restore)', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const sample = lib.listCourses()[0]!;
    const used = scanAssetUsage(lib);
    expect(used.size).toBeGreaterThan(0);
    lib.deleteCourse(sample.id);
    expect([...scanAssetUsage(lib).keys()].sort()).toEqual([...used.keys()].sort());
    const media = new MediaService({ library: lib });
    try {
      expect((await media.cleanupUnused()).deletedAssetIds).toEqual([]);
      expect(lib.listAssets()).toHaveLength(Object.keys(SAMPLE_MEDIA).length);
      // Once purged, the media really is unused.
      lib.purgeCourse(sample.id);
      expect((await media.cleanupUnused()).deletedAssetIds).toHaveLength(Object.keys(SAMPLE_MEDIA).length);
    } finally {
      await media.close();
    }
  });
});

describe('course trash (channels)', () => {
  let env: InProcessApi | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it('courses.delete → courses.trash.list → courses.restore → courses.purge, announcing each change', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const reasons: string[] = [];
    api.on('library.changed', (e) => reasons.push(e.reason));
    const created = await api.invoke('courses.create', { title: 'Round trip' });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;

    expect((await api.invoke('courses.delete', { courseId: id })).ok).toBe(true);
    const listed = await api.invoke('courses.list', {});
    expect(listed.ok && listed.value).toEqual([]);
    const trash = await api.invoke('courses.trash.list', {});
    expect(trash.ok && trash.value.map((c) => c.id)).toEqual([id]);

    const restored = await api.invoke('courses.restore', { courseId: id });
    expect(restored.ok && restored.value.title).toBe('Round trip');
    const again = await api.invoke('courses.restore', { courseId: id });
    expect(!again.ok && again.error.code).toBe('CONFLICT');

    const purged = await api.invoke('courses.purge', { courseId: id });
    expect(purged).toEqual({ ok: true, value: { deleted: true } });
    const gone = await api.invoke('courses.get', { courseId: id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    const trashAfter = await api.invoke('courses.trash.list', {});
    expect(trashAfter.ok && trashAfter.value).toEqual([]);
    const bad = await api.invoke('courses.purge', { courseId: 'not-an-id' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');

    await new Promise((r) => setTimeout(r, 10));
    expect(reasons).toEqual(['courses.create', 'courses.delete', 'courses.restore', 'courses.purge']);
  });
});
