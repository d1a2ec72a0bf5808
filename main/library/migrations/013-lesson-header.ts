import type { Migration } from './migration';

/**
 * A lesson may have a header over its title: an image from the library or a colour band (JSON, see
 * `lessonHeaderSchema`). NULL means no header, so every existing lesson keeps looking as it did.
 */
export const migration013LessonHeader: Migration = {
  version: 13,
  name: 'lesson-header',
  up(db) {
    db.exec(`ALTER TABLE lessons ADD COLUMN header TEXT CHECK (header IS NULL OR json_valid(header));`);
  },
};
