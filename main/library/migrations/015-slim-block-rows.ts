import type { Migration } from './migration';

/** The triggers that keep the search index in step with courses, lessons and blocks (external content). */
const SEARCH_TRIGGERS_SQL = `
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
    INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', block_text(new.type, new.data));
  END;
  CREATE TRIGGER blocks_search_au AFTER UPDATE OF data ON blocks BEGIN
    INSERT INTO search_index (search_index, rowid, title, body)
      VALUES ('delete', old.seq, '', block_text(old.type, old.data));
    INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', block_text(new.type, new.data));
  END;
  CREATE TRIGGER blocks_search_ad AFTER DELETE ON blocks BEGIN
    INSERT INTO search_index (search_index, rowid, title, body)
      VALUES ('delete', old.seq, '', block_text(old.type, old.data));
  END;`;

/**
 * Issue 14 (DB size ≤ 0.6× the previous layout, measured against a library built by that code: 690 MB compacted):
 * - A block row's JSON no longer repeats the block's `id` and `type`, which its columns hold (~60 bytes a block);
 *   the repository puts them back on read, and `block_text(type, data)` takes the type from the column.
 * - The search index keeps, for each word, the rows and columns it occurs in, not its positions (FTS5
 *   `detail=column`): half the index. Nothing the app asks of it needs positions: the search ANDs single words
 *   (the query splits text into words as the tokenizer does, so it never sends a phrase), bm25 weighs columns, and
 *   snippets re-read the text of the rows shown. The 2- and 3-character prefix indexes stay (typing "pr" stays fast).
 *   Nor does it keep each row's column sizes (`columnsize=0`, 7 MB on 1,000 courses): bm25 tokenizes the rows it
 *   ranks anyway, for lack of positions, and takes the sizes from there at no measurable cost.
 * The index is rebuilt from the rows, and its settings (rank, automerge off: migration 014) are set again.
 */
export const migration015SlimBlockRows: Migration = {
  version: 15,
  name: 'slim-block-rows',
  up(db) {
    db.exec(`
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
      DROP VIEW search_source;

      UPDATE blocks SET data = json_remove(data, '$.id', '$.type');

      CREATE VIEW search_source (rid, title, body) AS
        SELECT -2 * seq, title, description FROM courses
        UNION ALL SELECT -2 * seq - 1, title, '' FROM lessons
        UNION ALL SELECT seq, '', block_text(type, data) FROM blocks;
      CREATE VIRTUAL TABLE search_index USING fts5(
        title,
        body,
        content = 'search_source',
        content_rowid = 'rid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3',
        detail = column,
        columnsize = 0
      );
      INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
      INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
      ${SEARCH_TRIGGERS_SQL}
      INSERT INTO search_index (search_index) VALUES ('rebuild');
    `);
  },
};
