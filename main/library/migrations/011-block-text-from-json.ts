import type { Migration } from './migration';

/**
 * The block text leaves the table (issue 14: DB size): `blocks.search_text` was a second copy of every block's text
 * beside its JSON. The search index (external content over `search_source`) now derives it from `blocks.data`
 * through the `block_text()` SQL function every connection registers (`registerSqlFunctions`). The index is rebuilt
 * so that it holds exactly what `block_text()` returns today: FTS5 deletes a row with the text computed at delete time.
 */
export const migration011BlockTextFromJson: Migration = {
  version: 11,
  name: 'block-text-from-json',
  up(db) {
    db.exec(`
      DROP TRIGGER blocks_search_ai;
      DROP TRIGGER blocks_search_au;
      DROP TRIGGER blocks_search_ad;
      DROP VIEW search_source;
      ALTER TABLE blocks DROP COLUMN search_text;

      CREATE VIEW search_source (rid, title, body) AS
        SELECT -2 * seq, title, description FROM courses
        UNION ALL SELECT -2 * seq - 1, title, '' FROM lessons
        UNION ALL SELECT seq, '', block_text(data) FROM blocks;

      CREATE TRIGGER blocks_search_ai AFTER INSERT ON blocks BEGIN
        INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', block_text(new.data));
      END;
      CREATE TRIGGER blocks_search_au AFTER UPDATE OF data ON blocks BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.seq, '', block_text(old.data));
        INSERT INTO search_index (rowid, title, body) VALUES (new.seq, '', block_text(new.data));
      END;
      CREATE TRIGGER blocks_search_ad AFTER DELETE ON blocks BEGIN
        INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', old.seq, '', block_text(old.data));
      END;

      INSERT INTO search_index (search_index) VALUES ('rebuild');
    `);
  },
};
