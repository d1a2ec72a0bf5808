import { blockSchema, estimateBlockMinutes } from '../../../shared';
import { REFRESH_CARD_SQL } from '../course-cards';
import type { Migration } from './migration';

/**
 * A library of 1,000 courses stays instant:
 * - Card facts live on the course row (`card_*`), kept current in the write transaction that changes them, so the
 *   library list is one plain query. Each block carries its own reading/question `minutes` so a save adjusts the
 *   course total without reading the course. Media durations are joined at list time (probing ends later).
 * - The FTS5 index becomes external-content: it no longer stores its own copy of every text, it reads titles and
 *   `blocks.search_text` through the `search_source` view. Rowids: a block is its `seq`, a course `-2 * seq`, a
 *   lesson `-2 * seq - 1`; the expression indexes let the view find one row by rowid (snippets). Prefix indexes for
 *   2 and 3 characters: the search matches the last term as a prefix while the user types, and a short prefix of
 *   common words would otherwise merge hundreds of thousands of entries per keystroke.
 */
export const migration007LibraryScale: Migration = {
  version: 7,
  name: 'library-scale',
  up(db) {
    db.exec(`
      ALTER TABLE blocks ADD COLUMN minutes REAL NOT NULL DEFAULT 0;
      ALTER TABLE courses ADD COLUMN card_modules INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE courses ADD COLUMN card_lessons INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE courses ADD COLUMN card_minutes REAL NOT NULL DEFAULT 0;
      ALTER TABLE courses ADD COLUMN card_thumbnail TEXT;
      ALTER TABLE courses ADD COLUMN card_media TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(card_media));

      DROP TRIGGER courses_search_ai;
      DROP TRIGGER courses_search_au;
      DROP TRIGGER courses_search_ad;
      DROP TRIGGER lessons_search_ai;
      DROP TRIGGER lessons_search_au;
      DROP TRIGGER lessons_search_ad;
      DROP TRIGGER blocks_search_ai;
      DROP TRIGGER blocks_search_au;
      DROP TRIGGER blocks_search_ad;
      DROP TABLE search_index;

      CREATE INDEX courses_search_rowid ON courses (-2 * seq);
      CREATE INDEX lessons_search_rowid ON lessons (-2 * seq - 1);
      CREATE VIEW search_source (rid, title, body) AS
        SELECT -2 * seq, title, description FROM courses
        UNION ALL SELECT -2 * seq - 1, title, '' FROM lessons
        UNION ALL SELECT seq, '', search_text FROM blocks;

      CREATE VIRTUAL TABLE search_index USING fts5(
        title,
        body,
        content = 'search_source',
        content_rowid = 'rid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

      CREATE TRIGGER courses_search_ai AFTER INSERT ON courses BEGIN
        INSERT INTO search_index (rowid, title, body) VALUES (-2 * new.seq, new.title, new.description);
      END;
      CREATE TRIGGER courses_search_au AFTER UPDATE OF title, description ON courses BEGIN
        INSERT INTO search_index (search_index, rowid, title, body)
          VALUES ('delete', -2 * old.seq, old.title, old.description);
        INSERT INTO search_index (rowid, title, body) VALUES (-2 * new.seq, new.title, new.description);
      END;
      CREATE TRIGGER courses_search_ad AFTER DELETE ON courses BEGIN
        INSERT INTO search_index (search_index, rowid, title, body)
          VALUES ('delete', -2 * old.seq, old.title, old.description);
      END;

      CREATE TRIGGER lessons_search_ai AFTER INSERT ON lessons BEGIN
        INSERT INTO search_index (rowid, title, body) VALUES (-2 * new.seq - 1, new.title, '');
      END;
      CREATE TRIGGER lessons_search_au AFTER UPDATE OF title ON lessons BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', -2 * old.seq - 1, old.title, '');
        INSERT INTO search_index (rowid, title, body) VALUES (-2 * new.seq - 1, new.title, '');
      END;
      CREATE TRIGGER lessons_search_ad AFTER DELETE ON lessons BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', -2 * old.seq - 1, old.title, '');
      END;

      CREATE TRIGGER blocks_search_ai AFTER INSERT ON blocks BEGIN
        INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', new.search_text);
      END;
      CREATE TRIGGER blocks_search_au AFTER UPDATE OF search_text ON blocks BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.seq, '', old.search_text);
        INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', new.search_text);
      END;
      CREATE TRIGGER blocks_search_ad AFTER DELETE ON blocks BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.seq, '', old.search_text);
      END;

      INSERT INTO search_index (search_index) VALUES ('rebuild');
    `);

    // Per-block minutes (a block that no longer parses counts 0, as the guidance would skip it).
    // Read in batches: a statement cannot write while another one is still iterating.
    const setMinutes = db.prepare(`UPDATE blocks SET minutes = ? WHERE seq = ?`);
    const batch = db.prepare(`SELECT seq, data FROM blocks WHERE seq > ? ORDER BY seq LIMIT 2000`);
    for (let after = 0; ; ) {
      const rows = batch.all(after) as { seq: number; data: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const parsed = blockSchema.safeParse(JSON.parse(row.data));
        if (parsed.success) setMinutes.run(estimateBlockMinutes(parsed.data), row.seq);
      }
      after = rows.at(-1)!.seq;
    }
    const refresh = db.prepare(REFRESH_CARD_SQL);
    for (const id of db.prepare(`SELECT id FROM courses`).pluck().all() as string[]) refresh.run({ id });
  },
};

