import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration013LessonHeader as headerMigration } from '../../../main/library/migrations/013-lesson-header';
import { LessonRepository } from '../../../main/library/lesson-repository';
import { codeOf, openTempLibrary, tempDir } from './helpers';

/** Data-level test of the migration that gives lessons an optional header (image or colour band). */
const NOW = '2026-01-01T00:00:00.000Z';
const index = MIGRATIONS.indexOf(headerMigration);
const IMAGE = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

async function libraryBefore(): Promise<Database.Database> {
  const db = new Database(path.join(tempDir(), 'library.sqlite'));
  configureConnection(db);
  expect(index).toBeGreaterThan(0);
  await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, index) });
  db.exec(`
    INSERT INTO courses (id, title, description, created_at, updated_at) VALUES ('c', 'Botany', '', '${NOW}', '${NOW}');
    INSERT INTO modules (id, course_id, position, title) VALUES ('m', 'c', 0, 'Module');
    INSERT INTO lessons (id, module_id, position, title, kind) VALUES ('l1', 'm', 0, 'Leaves', 'content');
    INSERT INTO lessons (id, module_id, position, title, kind) VALUES ('l2', 'm', 1, 'Quiz', 'quiz');`);
  return db;
}

describe(`migration ${headerMigration.name}`, () => {
  it('keeps every lesson, with no header, and then stores headers as JSON (refusing anything else)', async () => {
    const db = await libraryBefore();
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, index + 1) });
    expect(db.pragma('user_version', { simple: true })).toBe(headerMigration.version);
    const rows = db.prepare(`SELECT id, title, kind, header FROM lessons ORDER BY position`).all();
    expect(rows).toEqual([
      { id: 'l1', title: 'Leaves', kind: 'content', header: null },
      { id: 'l2', title: 'Quiz', kind: 'quiz', header: null },
    ]);
    // The repository reads the migrated rows as lessons without a header.
    const repo = new LessonRepository({ db, now: () => NOW, touchCourse: () => undefined } as never);
    expect(repo.get('l1')).toEqual({ id: 'l1', moduleId: 'm', title: 'Leaves', kind: 'content' });
    expect(() => db.prepare(`UPDATE lessons SET header = 'not json' WHERE id = 'l1'`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('round-trips a header through update, duplicate and removal', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Geology' });
    const lesson = lib.createLesson(lib.createModule(course.id, 'Rocks').id, 'Volcanic');
    const band = { color: '#aa3300', imageAssetId: null, imageAlt: '', imageDecorative: false };
    expect(lib.updateLesson(lesson.id, { header: band }).header).toEqual(band);
    expect(lib.getCourse(course.id).modules[0]?.lessons[0]?.header).toEqual(band);
    // A title change keeps the header.
    expect(lib.updateLesson(lesson.id, { title: 'Lava' }).header?.color).toBe('#aa3300');
    const copy = lib.duplicateCourse(course.id);
    expect(lib.getCourse(copy.id).modules[0]?.lessons[0]?.header?.color).toBe('#aa3300');
    expect(codeOf(() => lib.updateLesson(lesson.id, { header: { ...band, color: 'red' } }))).toBe('VALIDATION');
    expect(
      lib.updateLesson(lesson.id, { header: { ...band, color: null, imageAssetId: IMAGE } }).header?.imageAssetId,
    ).toBe(IMAGE);
    expect(lib.updateLesson(lesson.id, { header: null }).header).toBeUndefined();
    expect(lib.getCourse(course.id).modules[0]?.lessons[0]?.header).toBeUndefined();
  });
});
