import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration008LessonQuizSettings } from '../../../main/library/migrations/008-lesson-quiz-settings';
import { openTempLibrary, tempDir } from './helpers';

const QUIZ_MIGRATION = MIGRATIONS.indexOf(migration008LessonQuizSettings) + 1;

describe('lesson quiz settings', () => {
  it('old quiz lessons read with the defaults after the migration; stored settings come back, and go with the lesson', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'library.sqlite'));
    configureConnection(db);
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, QUIZ_MIGRATION - 1) });
    const now = new Date().toISOString();
    const [c, m, l] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    db.prepare(`INSERT INTO courses (id, title, created_at, updated_at) VALUES (?, 'Old', ?, ?)`).run(c, now, now);
    db.prepare(`INSERT INTO modules (id, course_id, position, title) VALUES (?, ?, 0, 'M')`).run(m, c);
    db.prepare(`INSERT INTO lessons (id, module_id, position, title, kind) VALUES (?, ?, 0, 'Quiz', 'quiz')`).run(l, m);
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, QUIZ_MIGRATION), backupDir: path.join(dir, 'b') });
    expect(db.prepare(`SELECT count(*) FROM lesson_quiz_settings`).pluck().get()).toBe(0);
    db.close();

    const library = await openTempLibrary({ dir });
    try {
      const old = library.getCourse(c).modules[0]!.lessons[0]!;
      expect(old).toMatchObject({ id: l, kind: 'quiz' });
      expect(old.quiz).toBeUndefined(); // the player uses the defaults
      const settings = {
        layout: 'onePerPage' as const,
        maxAttempts: 3,
        showAnswers: false,
        retakeAfterReview: false,
        timeLimitMinutes: 15,
      };
      expect(library.updateLesson(l, { quiz: settings }).quiz).toEqual(settings);
      expect(library.updateLesson(l, { title: 'Final quiz' }).quiz).toEqual(settings);
      expect(library.getCourse(c).modules[0]!.lessons[0]!.quiz).toEqual(settings);
      // A duplicate keeps them.
      const copy = library.duplicateCourse(c);
      expect(library.getCourse(copy.id).modules[0]!.lessons[0]!.quiz).toEqual(settings);
      library.deleteLesson(l);
    } finally {
      library.close();
    }
    const raw = new Database(path.join(dir, 'library.sqlite'));
    expect(raw.prepare(`SELECT count(*) FROM lesson_quiz_settings WHERE lesson_id = ?`).pluck().get(l)).toBe(0);
    raw.close();
  });
});
