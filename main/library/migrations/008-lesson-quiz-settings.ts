import type { Migration } from './migration';

/**
 * Quiz lessons run as attempts (layout, attempts, review, timer). Their settings live in a side table, one
 * JSON row per lesson that has any: no row means the defaults, so existing lessons keep working unchanged.
 */
export const migration008LessonQuizSettings: Migration = {
  version: 8,
  name: 'lesson-quiz-settings',
  up(db) {
    db.exec(`
      CREATE TABLE lesson_quiz_settings (
        lesson_id TEXT PRIMARY KEY REFERENCES lessons (id) ON DELETE CASCADE,
        settings TEXT NOT NULL CHECK (json_valid(settings))
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
