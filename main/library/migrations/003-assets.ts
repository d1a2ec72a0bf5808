import type { Migration } from './migration';

/**
 * Imported media. Originals live in a content-addressed store (`media/originals/<2 hex>/<sha256><ext>`);
 * `stored_path` is relative to the library folder so a library can be moved or copied as a whole.
 * One row per distinct content (`sha256` is unique): importing the same file twice returns the first asset.
 */
export const migration003Assets: Migration = {
  version: 3,
  name: 'assets',
  up(db) {
    db.exec(`
      CREATE TABLE assets (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'captions', 'other')),
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        mime TEXT NOT NULL,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        stored_path TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
