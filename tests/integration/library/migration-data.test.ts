import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { blockSchema, blockText, docFromParagraphs, type Block } from '../../../shared';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS, type Migration } from '../../../main/library/migrations';
import { migration001Core } from '../../../main/library/migrations/001-core';
import { migration002SearchIndex } from '../../../main/library/migrations/002-search-index';
import { migration003Assets } from '../../../main/library/migrations/003-assets';
import { migration004MediaPipeline } from '../../../main/library/migrations/004-media-pipeline';
import { migration005Learner } from '../../../main/library/migrations/005-learner';
import { migration006CourseTrash } from '../../../main/library/migrations/006-course-trash';
import { migration007LibraryScale } from '../../../main/library/migrations/007-library-scale';
import { migration014SearchMergeOffSave } from '../../../main/library/migrations/014-search-merge-off-save';
import { migration015SlimBlockRows } from '../../../main/library/migrations/015-slim-block-rows';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { openTempLibrary, tempDir } from './helpers';

/**
 * Data-level tests, one per migration: rows written the way the previous version wrote them, then the migration,
 * then what those rows look like and how the new schema behaves with them.
 */
type Db = Database.Database;
const NOW = '2026-01-01T00:00:00.000Z';
const uuid = () => crypto.randomUUID();

/** A connection on a fresh file at the version just before `m`, as the app configures it. */
async function databaseBefore(m: Migration): Promise<{ db: Db; dir: string }> {
  const dir = tempDir();
  const db = new Database(path.join(dir, 'library.sqlite'));
  configureConnection(db);
  await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, m.version - 1) });
  return { db, dir };
}
const migrate = (db: Db, m: Migration) => migrateDatabase(db, { migrations: MIGRATIONS.slice(0, m.version) });
const one = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params);
const all = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...params);

/** Inserts a course tree with raw SQL valid from version 1 on; `search_text` too once migration 002 added it. */
function insertCourse(db: Db, title: string, lessons: { title: string; blocks: Block[] }[][], description = '') {
  const hasSearchText = (all(db, `SELECT name FROM pragma_table_info('blocks')`) as string[]).includes('search_text');
  const course = uuid();
  db.prepare(`INSERT INTO courses (id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(
    course,
    title,
    description,
    NOW,
    NOW,
  );
  const ids = { course, modules: [] as string[], lessons: [] as string[] };
  lessons.forEach((moduleLessons, mi) => {
    const module = uuid();
    ids.modules.push(module);
    db.prepare(`INSERT INTO modules (id, course_id, position, title) VALUES (?, ?, ?, ?)`).run(
      module,
      course,
      mi,
      `Module ${mi + 1}`,
    );
    moduleLessons.forEach((lesson, li) => {
      const lessonId = uuid();
      ids.lessons.push(lessonId);
      db.prepare(`INSERT INTO lessons (id, module_id, position, title, kind) VALUES (?, ?, ?, ?, 'content')`).run(
        lessonId,
        module,
        li,
        lesson.title,
      );
      lesson.blocks.forEach((block, bi) => {
        if (hasSearchText) {
          db.prepare(
            `INSERT INTO blocks (id, lesson_id, position, type, data, search_text) VALUES (?, ?, ?, ?, ?, ?)`,
          ).run(block.id, lessonId, bi, block.type, JSON.stringify(block), blockText(block));
        } else {
          db.prepare(`INSERT INTO blocks (id, lesson_id, position, type, data) VALUES (?, ?, ?, ?, ?)`).run(
            block.id,
            lessonId,
            bi,
            block.type,
            JSON.stringify(block),
          );
        }
      });
    });
  });
  return ids;
}
const heading = (text: string): Block => ({ id: uuid(), type: 'heading', level: 2, text });
const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const insertAsset = (db: Db, kind: string, sha = uuid().replace(/-/g, '').padEnd(64, '0')) => {
  const id = uuid();
  db.prepare(
    `INSERT INTO assets (id, kind, sha256, mime, file_name, size, stored_path, created_at)
     VALUES (?, ?, ?, 'application/octet-stream', 'f', 1, 'media/f', ?)`,
  ).run(id, kind, sha, NOW);
  return id;
};

describe('migration data', () => {
  it(`${migration001Core.name}: a new library is flagged for the sample, with defaults, checks and cascades`, async () => {
    const { db } = await databaseBefore(migration001Core);
    await migrate(db, migration001Core);
    expect(one(db, `SELECT value FROM library_meta WHERE key = 'sample_pending'`)).toBe('1');
    const ids = insertCourse(db, 'Defaults', [[{ title: 'L', blocks: [heading('Hello')] }]]);
    expect(db.prepare(`SELECT description, language, settings, is_sample FROM courses`).get()).toEqual({
      description: '',
      language: 'en',
      settings: '{}',
      is_sample: 0,
    });
    expect(() =>
      db
        .prepare(`INSERT INTO lessons (id, module_id, position, title, kind) VALUES (?, ?, 0, 'x', 'bogus')`)
        .run(uuid(), ids.modules[0]),
    ).toThrow(/CHECK/);
    db.prepare(`DELETE FROM courses WHERE id = ?`).run(ids.course);
    expect(
      one(db, `SELECT (SELECT count(*) FROM modules) + (SELECT count(*) FROM lessons) + (SELECT count(*) FROM blocks)`),
    ).toBe(0);
    db.close();
  });

  it(`${migration002SearchIndex.name}: back-fills block text and indexes rows that existed before`, async () => {
    const { db } = await databaseBefore(migration002SearchIndex);
    const rich: Block = { id: uuid(), type: 'richText', doc: docFromParagraphs('Chlorophyll absorbs light.') };
    const broken = { id: uuid(), type: 'heading', level: 9, text: 'unparseable heading' } as unknown as Block;
    const ids = insertCourse(db, 'Botany', [[{ title: 'Leaves', blocks: [heading('Photosynthesis'), rich, broken] }]]);
    await migrate(db, migration002SearchIndex);

    expect(all(db, `SELECT search_text FROM blocks ORDER BY position`)).toEqual([
      'Photosynthesis',
      'Chlorophyll absorbs light.',
      '', // a block that no longer parses gets no text, and the migration goes on
    ]);
    const owners = (q: string) => all(db, `SELECT owner_id FROM search_index WHERE search_index MATCH ?`, q);
    expect(owners('botany')).toEqual([ids.course]);
    expect(owners('leaves')).toEqual([ids.lessons[0]]);
    expect(owners('chlorophyll')).toEqual([rich.id]);
    // The triggers keep later writes in step.
    db.prepare(`UPDATE lessons SET title = 'Roots' WHERE id = ?`).run(ids.lessons[0]);
    expect(owners('leaves')).toEqual([]);
    expect(owners('roots')).toEqual([ids.lessons[0]]);
    db.close();
  });

  it(`${migration003Assets.name}: keeps the courses and records content-addressed assets once`, async () => {
    const { db } = await databaseBefore(migration003Assets);
    const ids = insertCourse(db, 'Kept', [[{ title: 'L', blocks: [heading('Still here')] }]]);
    await migrate(db, migration003Assets);
    expect(one(db, `SELECT title FROM courses WHERE id = ?`, ids.course)).toBe('Kept');
    const sha = 'a'.repeat(64);
    insertAsset(db, 'image', sha);
    expect(() => insertAsset(db, 'image', sha)).toThrow(/UNIQUE/);
    expect(() => insertAsset(db, 'image', 'short')).toThrow(/CHECK/);
    expect(() => insertAsset(db, 'hologram')).toThrow(/CHECK/);
    db.close();
  });

  it(`${migration004MediaPipeline.name}: media rows hang off existing assets and go with them`, async () => {
    const { db } = await databaseBefore(migration004MediaPipeline);
    const asset = insertAsset(db, 'video');
    await migrate(db, migration004MediaPipeline);
    db.prepare(`INSERT INTO media_meta (asset_id, media_kind, duration, updated_at) VALUES (?, 'video', 12.5, ?)`).run(
      asset,
      NOW,
    );
    const job = db.prepare(
      `INSERT INTO media_jobs (id, asset_id, kind, state, created_at, updated_at) VALUES (?, ?, 'video', ?, ?, ?)`,
    );
    job.run(uuid(), asset, 'queued', NOW, NOW);
    expect(() => job.run(uuid(), asset, 'exploded', NOW, NOW)).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO media_renditions (asset_id, purpose, path, mime, size, created_at) VALUES (?, 'mp4', 'r', 'video/mp4', 1, ?)`,
    ).run(asset, NOW);
    db.prepare(`DELETE FROM assets WHERE id = ?`).run(asset);
    expect(
      one(
        db,
        `SELECT (SELECT count(*) FROM media_meta) + (SELECT count(*) FROM media_jobs) + (SELECT count(*) FROM media_renditions)`,
      ),
    ).toBe(0);
    db.close();
  });

  it(`${migration005Learner.name}: attempts on existing courses, one target each, erased with their course`, async () => {
    const { db } = await databaseBefore(migration005Learner);
    const ids = insertCourse(db, 'Played', [[{ title: 'L', blocks: [heading('Hi')] }]]);
    await migrate(db, migration005Learner);
    const learner = uuid();
    db.prepare(`INSERT INTO learners (id, name, created_at) VALUES (?, 'Ada', ?)`).run(learner, NOW);
    const attempt = db.prepare(
      `INSERT INTO attempts (id, learner_id, package_id, course_id, number, format, started_at, last_opened_at)
       VALUES (?, ?, ?, ?, 1, 'scorm12', ?, ?)`,
    );
    const attemptId = uuid();
    attempt.run(attemptId, learner, null, ids.course, NOW, NOW);
    expect(() => attempt.run(uuid(), learner, null, null, NOW, NOW)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO cmi (attempt_id, sco_id, data, updated_at) VALUES (?, 'sco', '{}', ?)`).run(attemptId, NOW);
    db.prepare(`DELETE FROM courses WHERE id = ?`).run(ids.course);
    expect(one(db, `SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM cmi)`)).toBe(0);
    db.close();
  });

  it(`${migration006CourseTrash.name}: every existing course stays live`, async () => {
    const { db, dir } = await databaseBefore(migration006CourseTrash);
    const ids = insertCourse(db, 'Live', [[{ title: 'L', blocks: [heading('Hi')] }]]);
    await migrate(db, migration006CourseTrash);
    expect(one(db, `SELECT deleted_at FROM courses WHERE id = ?`, ids.course)).toBeNull();
    db.close();
    const lib = await openTempLibrary({ dir });
    expect(lib.listCourses().map((c) => c.id)).toEqual([ids.course]);
    expect(lib.listTrashedCourses()).toEqual([]);
  });

  it(`${migration007LibraryScale.name}: card facts back-filled from existing rows; the index no longer keeps a copy`, async () => {
    const { db, dir } = await databaseBefore(migration007LibraryScale);
    const image = insertAsset(db, 'image');
    const later = insertAsset(db, 'image');
    const video = insertAsset(db, 'video');
    db.prepare(`INSERT INTO media_meta (asset_id, media_kind, duration, updated_at) VALUES (?, 'video', 600, ?)`).run(
      video,
      NOW,
    );
    const rich: Block = { id: uuid(), type: 'richText', doc: docFromParagraphs(words(400)) };
    const question: Block = {
      id: uuid(),
      type: 'question',
      question: { kind: 'trueFalse', prompt: 'Sure?', correct: true, feedback: {}, points: 1, maxAttempts: 0 },
    };
    const full = insertCourse(
      db,
      'Ocean currents',
      [
        [
          { title: 'Gulf stream', blocks: [rich, blockSchema.parse({ id: uuid(), type: 'video', assetId: video })] },
          {
            title: 'Tides',
            blocks: [
              question,
              blockSchema.parse({ id: uuid(), type: 'image', assetId: image, alt: '', decorative: true }),
            ],
          },
        ],
        [
          {
            title: 'Winds',
            blocks: [blockSchema.parse({ id: uuid(), type: 'image', assetId: later, alt: '', decorative: true })],
          },
        ],
      ],
      'Thermohaline circulation explained',
    );
    const empty = insertCourse(db, 'Empty shell', []);
    const trashed = insertCourse(db, 'Ocean trash', [[{ title: 'Gone', blocks: [heading('Thermohaline again')] }]]);
    db.prepare(`UPDATE courses SET deleted_at = ? WHERE id = ?`).run(NOW, trashed.course);

    await migrate(db, migration007LibraryScale);
    const card = (id: string) =>
      db
        .prepare(
          `SELECT card_modules, card_lessons, card_minutes, card_thumbnail, card_media FROM courses WHERE id = ?`,
        )
        .get(id);
    expect(card(full.course)).toEqual({
      card_modules: 2,
      card_lessons: 3,
      card_minutes: 400 / 200 + 1,
      card_thumbnail: image,
      card_media: JSON.stringify([video]),
    });
    expect(card(empty.course)).toEqual({
      card_modules: 0,
      card_lessons: 0,
      card_minutes: 0,
      card_thumbnail: null,
      card_media: '[]',
    });
    expect(all(db, `SELECT name FROM sqlite_master WHERE name = 'search_index_content'`)).toEqual([]);
    // The index matches its content (the view over the tables) row for row.
    db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();
    db.close();

    const lib = await openTempLibrary({ dir });
    const cards = lib.listCourses();
    expect(cards.find((c) => c.id === full.course)).toMatchObject({
      moduleCount: 2,
      lessonCount: 3,
      thumbnailAssetId: image,
    });
    expect(cards.find((c) => c.id === full.course)!.estimatedMinutes).toBeCloseTo(3 + 10, 9);
    expect(lib.search('thermohaline')).toEqual([
      expect.objectContaining({
        kind: 'course',
        courseId: full.course,
        snippet: '«Thermohaline» circulation explained',
      }),
    ]);
    expect(lib.search('tides')).toEqual([expect.objectContaining({ kind: 'lesson', lessonId: full.lessons[1] })]);
    expect(lib.search('word399')).toEqual([expect.objectContaining({ kind: 'block', blockId: rich.id })]);
    // Later writes keep both the index and the cards in step.
    lib.updateLesson(full.lessons[1]!, { title: 'Moon pull' });
    expect(lib.search('tides')).toEqual([]);
    expect(lib.search('moon')).toHaveLength(1);
  });
  it(`${migration014SearchMergeOffSave.name}: the index stops merging inside writes and still finds what it held`, async () => {
    const { db } = await databaseBefore(migration014SearchMergeOffSave);
    const course = insertCourse(db, 'Tidal energy', [[{ title: 'Barrages', blocks: [heading('Lagoon turbines')] }]]);
    const config = () => db.prepare(`SELECT k, v FROM search_index_config WHERE k = 'automerge'`).all();
    expect(config()).toEqual([]); // FTS5's default: merge every 4 segments, inside the write that adds them
    await migrate(db, migration014SearchMergeOffSave);
    expect(config()).toEqual([{ k: 'automerge', v: 0 }]);
    db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();
    const hits = (q: string) => all(db, `SELECT rowid FROM search_index WHERE search_index MATCH ?`, q);
    expect(hits('lagoon')).toHaveLength(1);
    expect(hits('tidal')).toHaveLength(1);
    expect(all(db, `SELECT id FROM courses`)).toEqual([course.course]);
    db.close();
  });

  it(`${migration015SlimBlockRows.name}: block rows drop the id and kind their columns hold; the index drops positions`, async () => {
    const { db, dir } = await databaseBefore(migration015SlimBlockRows);
    const image = insertAsset(db, 'image');
    const blocks: Block[] = [
      heading('Lagoon turbines'),
      { id: uuid(), type: 'richText', doc: docFromParagraphs('Self-paced e-learning about tidal barrages.') },
      blockSchema.parse({ id: uuid(), type: 'image', assetId: image, alt: 'A lagoon wall', decorative: false }),
      {
        id: uuid(),
        type: 'question',
        question: {
          kind: 'trueFalse',
          prompt: 'Tides are lunar?',
          correct: true,
          feedback: {},
          points: 1,
          maxAttempts: 0,
        },
      },
    ];
    const course = insertCourse(db, 'Tidal energy', [[{ title: 'Barrages', blocks }]], 'Power from the sea');
    db.prepare(`UPDATE courses SET card_thumbnail = NULL WHERE id = ?`).run(course.course);
    const rowData = () => all(db, `SELECT data FROM blocks ORDER BY position`) as string[];
    expect(rowData().every((d) => 'id' in JSON.parse(d) && 'type' in JSON.parse(d))).toBe(true);
    const sizeBefore = rowData().join('').length;

    await migrate(db, migration015SlimBlockRows);
    const rows = db.prepare(`SELECT id, type, data FROM blocks ORDER BY position`).all() as Record<string, string>[];
    // Everything but the id and kind is kept as it was, and those are in the row's columns.
    expect(rows.map((r) => ({ type: r.type, ...JSON.parse(r.data!), id: r.id }))).toEqual(blocks);
    expect(rows.every((r) => !('id' in JSON.parse(r.data!)) && !('type' in JSON.parse(r.data!)))).toBe(true);
    expect(rowData().join('').length).toBeLessThan(sizeBefore - blocks.length * 40);
    expect(one(db, `SELECT sql FROM sqlite_master WHERE name = 'search_index'`)).toMatch(/detail = column/);
    expect(all(db, `SELECT name FROM sqlite_master WHERE name = 'search_index_docsize'`)).toEqual([]);
    expect(
      db.prepare(`SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'rank') ORDER BY k`).all(),
    ).toEqual([
      { k: 'automerge', v: 0 },
      { k: 'rank', v: 'bm25(5.0, 1.0)' },
    ]);
    db.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();
    const hits = (q: string) => all(db, `SELECT rowid FROM search_index WHERE search_index MATCH ?`, q);
    expect(hits('"lagoon"')).toHaveLength(2); // the heading and the image's alt text
    expect(hits('"barr"*')).toHaveLength(2); // the lesson title and the rich text
    expect(hits('"lunar"')).toHaveLength(1);
    expect(() => hits('"e learning"')).toThrow(/phrase/); // why the app's queries never hold a phrase
    db.close();

    const lib = await openTempLibrary({ dir });
    const tree = lib.getCourse(course.course);
    expect(tree.modules[0]!.lessons[0]!.blocks).toEqual(blocks);
    expect(lib.search('e-learning').map((h) => h.blockId)).toEqual([blocks[1]!.id]);
    expect(lib.search('tides are').map((h) => h.blockId)).toEqual([blocks[3]!.id]);
    // json_extract on the slim row still finds an image's asset: the save sees the asset change and the card's
    // thumbnail is recomputed from the rows.
    const later = insertAsset(libraryConnection(lib), 'image');
    lib.updateBlock(blocks[2]!.id, { ...blocks[2]!, assetId: later, alt: 'A sea wall' } as Block);
    expect(lib.listCourses()[0]!.thumbnailAssetId).toBe(later);
    expect(lib.search('lagoon').map((h) => h.blockId)).toEqual([blocks[0]!.id]);
    expect(lib.search('sea wall').map((h) => h.blockId)).toEqual([blocks[2]!.id]);
    expect(lib.getLesson(course.lessons[0]!).blocks[2]).toEqual({ ...blocks[2]!, assetId: later, alt: 'A sea wall' });
  });
});
