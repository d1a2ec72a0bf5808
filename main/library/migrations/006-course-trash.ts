import type { Migration } from './migration';

/**
 * Course trash (main/authoring/): deleting a course sets `deleted_at` instead of erasing it, so it can be restored;
 * purging erases it for good. Trashed courses are hidden from the library list and from search.
 */
export const migration006CourseTrash: Migration = {
  version: 6,
  name: 'course-trash',
  up(db) {
    db.exec(`
      ALTER TABLE courses ADD COLUMN deleted_at TEXT;
      CREATE INDEX courses_deleted ON courses (deleted_at);
    `);
  },
};
