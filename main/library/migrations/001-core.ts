import type { Migration } from './migration';

/**
 * Courses, modules, lessons and blocks. `seq` is an explicit INTEGER PRIMARY KEY so the FTS index can key
 * rows by a rowid that VACUUM never renumbers; `id` (UUID) is what everything else refers to.
 * Children carry an explicit `position` (0..n-1 among their siblings, kept contiguous by the repositories).
 */
export const migration001Core: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE library_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE courses (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX courses_updated ON courses (updated_at DESC);

      CREATE TABLE modules (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL
      ) STRICT;
      CREATE INDEX modules_parent ON modules (course_id, position);

      CREATE TABLE lessons (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('content', 'quiz'))
      ) STRICT;
      CREATE INDEX lessons_parent ON lessons (module_id, position);

      CREATE TABLE blocks (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        type TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX blocks_parent ON blocks (lesson_id, position);
    `);
    // Only a brand-new library runs this migration, so this is exactly "created fresh": the sample course is
    // seeded once (the flag is cleared in the same transaction that inserts it, so a crash in between retries).
    db.prepare(`INSERT INTO library_meta (key, value) VALUES ('sample_pending', '1')`).run();
  },
};
