import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configureConnection, migrateDatabase, openDatabase } from '../../../main/library/database';
import { MIGRATIONS, type Migration } from '../../../main/library/migrations';
import { openCourseLibrary } from '../../../main/library/open-library';
import { appErrorOfAsync, openTempLibrary, tempDir } from './helpers';

const LATEST = MIGRATIONS.length;

function rawDb(dir: string, name = 'library.sqlite') {
  const db = new Database(path.join(dir, name));
  configureConnection(db);
  return db;
}
const objects = (db: Database.Database, type: string) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? ORDER BY name`).pluck().all(type) as string[]).filter(
    (n) => !n.startsWith('sqlite_') && !n.startsWith('search_index_'),
  );
const schemaObjects = (db: Database.Database) =>
  (db.prepare(`SELECT type || ':' || name FROM sqlite_master`).pluck().all() as string[]).filter(
    (n) => !/^table:search_index_/.test(n),
  );
const version = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/** Inserts a course with one module, lesson and block through raw SQL valid at schema version 1. */
function insertV1Course(db: Database.Database, title: string) {
  const now = new Date().toISOString();
  const [course, module, lesson, block] = ['c', 'm', 'l', 'b'].map(() => crypto.randomUUID()) as [
    string,
    string,
    string,
    string,
  ];
  db.prepare(`INSERT INTO courses (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(
    course,
    title,
    now,
    now,
  );
  db.prepare(`INSERT INTO modules (id, course_id, position, title) VALUES (?, ?, 0, 'Module')`).run(module, course);
  db.prepare(`INSERT INTO lessons (id, module_id, position, title, kind) VALUES (?, ?, 0, 'Lesson', 'content')`).run(
    lesson,
    module,
  );
  const data = JSON.stringify({ id: block, type: 'heading', level: 2, text: 'Photosynthesis explained' });
  db.prepare(`INSERT INTO blocks (id, lesson_id, position, type, data) VALUES (?, ?, 0, 'heading', ?)`).run(
    block,
    lesson,
    data,
  );
  return { course, module, lesson, block };
}

/** What each migration adds, checked right after it ran on a database holding version N-1 data. */
const EXPECTATIONS: Record<number, (db: Database.Database, seeded: { course: string; block: string }) => void> = {
  1: (db) => {
    expect(objects(db, 'table')).toEqual(
      expect.arrayContaining(['blocks', 'courses', 'lessons', 'library_meta', 'modules']),
    );
    const strict = db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'courses'`).pluck().get();
    expect(strict).toBe(1);
  },
  2: (db, seeded) => {
    expect(objects(db, 'table')).toContain('search_index');
    expect(objects(db, 'trigger')).toEqual(expect.arrayContaining(['blocks_search_ai', 'courses_search_ad']));
    // Back-filled from data that existed before the index.
    const owners = db
      .prepare(`SELECT owner_id FROM search_index WHERE search_index MATCH 'photosynthesis'`)
      .pluck()
      .all();
    expect(owners).toEqual([seeded.block]);
  },
  3: (db) => {
    expect(objects(db, 'table')).toContain('assets');
    const cols = db.prepare(`SELECT name FROM pragma_table_info('assets')`).pluck().all();
    expect(cols).toEqual(expect.arrayContaining(['id', 'sha256', 'stored_path', 'kind', 'mime']));
  },
};

describe('schema migrations', () => {
  it('knows consecutive versions starting at 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  for (const migration of MIGRATIONS) {
    const n = migration.version;
    it(`migration ${n} (${migration.name}) upgrades a version ${n - 1} database and keeps its data`, async () => {
      const dir = tempDir();
      const db = rawDb(dir);
      try {
        await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, n - 1) });
        expect(version(db)).toBe(n - 1);
        const seeded = n > 1 ? insertV1Course(db, 'Biology basics') : null;
        const schemaBefore = schemaObjects(db);

        const outcome = await migrateDatabase(db, {
          migrations: MIGRATIONS.slice(0, n),
          backupDir: path.join(dir, 'b'),
        });
        expect(outcome).toMatchObject({ from: n - 1, to: n });
        expect(version(db)).toBe(n);
        if (seeded) {
          expect(db.prepare(`SELECT title FROM courses WHERE id = ?`).pluck().get(seeded.course)).toBe(
            'Biology basics',
          );
          expect(db.prepare(`SELECT count(*) FROM blocks WHERE id = ?`).pluck().get(seeded.block)).toBe(1);
        }
        // No migration loses a schema object (FTS5 shadow tables are the index's own business: an external-content
        // index has no content table); some only change columns.
        const schemaAfter = schemaObjects(db);
        expect(schemaAfter).toEqual(expect.arrayContaining(schemaBefore));
        EXPECTATIONS[n]?.(db, seeded ?? { course: '', block: '' });
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    });
  }

  it('runs every migration from an empty database, and the library works on the result', async () => {
    const dir = tempDir();
    const { db, migration } = await openDatabase(path.join(dir, 'library.sqlite'));
    expect(migration).toEqual({ from: 0, to: LATEST, backupPath: null });
    expect(version(db)).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();

    const library = await openTempLibrary({ dir });
    expect(library.info().schemaVersion).toBe(LATEST);
    expect(fs.readdirSync(dir)).not.toContain('backups'); // nothing to back up on a fresh library
  });

  it('applies all pending migrations in one transaction: a failure leaves version and tables unchanged', async () => {
    const failing: Migration = {
      version: LATEST + 1,
      name: 'explodes',
      up(db) {
        db.exec(`CREATE TABLE half_done (x INTEGER) STRICT`);
        throw new Error('boom');
      },
    };
    for (const start of [0, 1]) {
      const dir = tempDir();
      const db = rawDb(dir);
      try {
        await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, start) });
        const before = { version: version(db), tables: objects(db, 'table') };
        const error = await appErrorOfAsync(() => migrateDatabase(db, { migrations: [...MIGRATIONS, failing] }));
        expect(error.message).toMatch(/left unchanged.*boom/);
        expect({ version: version(db), tables: objects(db, 'table') }).toEqual(before);
        expect(objects(db, 'table')).not.toContain('half_done');
      } finally {
        db.close();
      }
    }
  });

  it('refuses a database written by a newer Coursewright and leaves the file byte-for-byte unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const db = new Database(file);
    db.exec(`CREATE TABLE future_stuff (x INTEGER); INSERT INTO future_stuff VALUES (42);`);
    db.pragma(`user_version = ${LATEST + 5}`);
    db.close();
    const bytes = fs.readFileSync(file);

    const error = await appErrorOfAsync(() => openCourseLibrary({ dir }));
    expect(error.code).toBe('LIBRARY_TOO_NEW');
    expect(error.message).toContain(`schema version ${LATEST + 5}`);
    expect(error.message).toContain(`up to ${LATEST}`);
    expect(error.message).toMatch(/Update Coursewright/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('library.sqlite'))).toEqual(['library.sqlite']);
  });

  it('backs up a non-empty database before migrating it, and the backup opens at the old version', async () => {
    const dir = tempDir();
    const db = rawDb(dir);
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, 1) });
    const seeded = insertV1Course(db, 'Keep me');
    db.close();

    const library = await openTempLibrary({ dir });
    expect(library.info().schemaVersion).toBe(LATEST);
    expect(library.getCourse(seeded.course).title).toBe('Keep me');
    expect(library.search('photosynthesis').map((h) => h.blockId)).toEqual([seeded.block]);

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^library-v1-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
    const backup = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    try {
      expect(version(backup)).toBe(1);
      expect(backup.prepare(`SELECT title FROM courses`).pluck().all()).toEqual(['Keep me']);
      expect(objects(backup, 'table')).not.toContain('assets');
    } finally {
      backup.close();
    }

    // Opening again at the newest version takes no further backup.
    library.close();
    await openTempLibrary({ dir });
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('reports a file that is not a database as LIBRARY_CORRUPT', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'library.sqlite'), 'this is not sqlite at all, just some text '.repeat(40));
    const error = await appErrorOfAsync(() => openCourseLibrary({ dir }));
    expect(error.code).toBe('LIBRARY_CORRUPT');
  });
});
