import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { blockText, docFromParagraphs, type Block } from '../../../shared';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration011BlockTextFromJson as textMigration } from '../../../main/library/migrations/011-block-text-from-json';
import { openTempLibrary, tempDir } from './helpers';

/** Data-level test of the migration that drops `blocks.search_text` and derives the indexed text from the JSON. */
const NOW = '2026-01-01T00:00:00.000Z';
const index = MIGRATIONS.indexOf(textMigration);

async function libraryBefore(): Promise<Database.Database> {
  const db = new Database(path.join(tempDir(), 'library.sqlite'));
  configureConnection(db);
  expect(index).toBeGreaterThan(0);
  await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, index) });
  db.exec(`
    INSERT INTO courses (id, title, description, created_at, updated_at) VALUES ('c', 'Botany', 'Plants', '${NOW}', '${NOW}');
    INSERT INTO modules (id, course_id, position, title) VALUES ('m', 'c', 0, 'Module');
    INSERT INTO lessons (id, module_id, position, title, kind) VALUES ('l', 'm', 0, 'Leaves', 'content');`);
  const insert = db.prepare(
    `INSERT INTO blocks (id, lesson_id, position, type, data, search_text) VALUES (?, 'l', ?, ?, ?, ?)`,
  );
  blocks.forEach((b, i) => insert.run(b.id, i, b.type, JSON.stringify(b), blockText(b)));
  return db;
}
const blocks: Block[] = [
  { id: 'b1', type: 'heading', level: 2, text: 'Photosynthesis' },
  { id: 'b2', type: 'richText', doc: docFromParagraphs('Chlorophyll absorbs light.') },
];
const matches = (db: Database.Database, q: string) =>
  db.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid`).pluck().all(q);
const integrityCheck = (db: Database.Database) =>
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`);

describe(`migration ${textMigration.name}`, () => {
  it('drops the text column, keeps every row findable and the index consistent with the JSON', async () => {
    const db = await libraryBefore();
    const seq = db.prepare(`SELECT seq FROM blocks WHERE id = ?`).pluck();
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, index + 1) });

    const columns = db.prepare(`SELECT name FROM pragma_table_info('blocks')`).pluck().all();
    expect(columns).not.toContain('search_text');
    expect(db.prepare(`SELECT count(*) FROM blocks`).pluck().get()).toBe(2);
    expect(matches(db, 'chlorophyll')).toEqual([seq.get('b2')]);
    expect(matches(db, 'photosynthesis')).toEqual([seq.get('b1')]);
    integrityCheck(db);

    // Writes after the migration keep the index in step through the triggers: update, insert, delete.
    const edited: Block = { id: 'b2', type: 'richText', doc: docFromParagraphs('Stomata exchange gases.') };
    db.prepare(`UPDATE blocks SET data = ? WHERE id = 'b2'`).run(JSON.stringify(edited));
    expect(matches(db, 'chlorophyll')).toEqual([]);
    expect(matches(db, 'stomata')).toEqual([seq.get('b2')]);
    db.prepare(`DELETE FROM blocks WHERE id = 'b1'`).run();
    expect(matches(db, 'photosynthesis')).toEqual([]);
    integrityCheck(db);
    // The snippet reads the text through the view, derived from the JSON.
    expect(
      db
        .prepare(
          `SELECT snippet(search_index, -1, '[', ']', '…', 8) FROM search_index WHERE search_index MATCH 'gases'`,
        )
        .pluck()
        .get(),
    ).toBe('Stomata exchange [gases].');
    db.close();
  });

  it('the library search and saves work without the column', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Geology' });
    const lesson = lib.createLesson(lib.createModule(course.id, 'Rocks').id, 'Volcanic');
    const block = lib.createBlock(lesson.id, { type: 'heading', level: 2, text: 'Basalt columns' });
    expect(lib.search('basalt').map((h) => h.blockId)).toEqual([block.id]);
    lib.updateBlock(block.id, { ...block, text: 'Granite domes' } as Block);
    expect(lib.search('basalt')).toEqual([]);
    expect(lib.search('granite')[0]?.snippet).toContain('«Granite»');
  });
});
