import { blockSchema, blockText } from '../../../shared';
import type { Migration } from './migration';

/**
 * Full-text search (FTS5) over course title/description, lesson titles and block text.
 * Rows are keyed by rowid = seq * 4 + kind (0 course, 1 lesson, 2 block) and maintained by triggers, so
 * every write, cascade delete and move stays in sync inside the writer's own transaction. Block text is
 * computed in JS (`blockText`) and stored in `blocks.search_text` by the repository.
 */
export const migration002SearchIndex: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`
      ALTER TABLE blocks ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED,
        owner_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER courses_search_ai AFTER INSERT ON courses BEGIN
        INSERT INTO search_index (rowid, kind, owner_id, title, body)
        VALUES (new.seq * 4, 'course', new.id, new.title, new.description);
      END;
      CREATE TRIGGER courses_search_au AFTER UPDATE OF title, description ON courses BEGIN
        UPDATE search_index SET title = new.title, body = new.description WHERE rowid = new.seq * 4;
      END;
      CREATE TRIGGER courses_search_ad AFTER DELETE ON courses BEGIN
        DELETE FROM search_index WHERE rowid = old.seq * 4;
      END;

      CREATE TRIGGER lessons_search_ai AFTER INSERT ON lessons BEGIN
        INSERT INTO search_index (rowid, kind, owner_id, title, body)
        VALUES (new.seq * 4 + 1, 'lesson', new.id, new.title, '');
      END;
      CREATE TRIGGER lessons_search_au AFTER UPDATE OF title ON lessons BEGIN
        UPDATE search_index SET title = new.title WHERE rowid = new.seq * 4 + 1;
      END;
      CREATE TRIGGER lessons_search_ad AFTER DELETE ON lessons BEGIN
        DELETE FROM search_index WHERE rowid = old.seq * 4 + 1;
      END;

      CREATE TRIGGER blocks_search_ai AFTER INSERT ON blocks BEGIN
        INSERT INTO search_index (rowid, kind, owner_id, title, body)
        VALUES (new.seq * 4 + 2, 'block', new.id, '', new.search_text);
      END;
      CREATE TRIGGER blocks_search_au AFTER UPDATE OF search_text ON blocks BEGIN
        UPDATE search_index SET body = new.search_text WHERE rowid = new.seq * 4 + 2;
      END;
      CREATE TRIGGER blocks_search_ad AFTER DELETE ON blocks BEGIN
        DELETE FROM search_index WHERE rowid = old.seq * 4 + 2;
      END;
    `);

    // Back-fill what existed before the index (the triggers only see future writes).
    db.exec(`
      INSERT INTO search_index (rowid, kind, owner_id, title, body)
        SELECT seq * 4, 'course', id, title, description FROM courses;
      INSERT INTO search_index (rowid, kind, owner_id, title, body)
        SELECT seq * 4 + 1, 'lesson', id, title, '' FROM lessons;
    `);
    const rows = db.prepare(`SELECT seq, data FROM blocks`).all() as { seq: number; data: string }[];
    const setText = db.prepare(`UPDATE blocks SET search_text = ? WHERE seq = ?`);
    for (const row of rows) {
      const parsed = blockSchema.safeParse(JSON.parse(row.data));
      // (The update trigger finds no FTS row yet: the rows are inserted below.)
      if (parsed.success) setText.run(blockText(parsed.data), row.seq);
    }
    db.exec(`
      INSERT INTO search_index (rowid, kind, owner_id, title, body)
        SELECT seq * 4 + 2, 'block', id, '', search_text FROM blocks;
    `);
  },
};
