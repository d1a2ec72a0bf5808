import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  AppError,
  ASSET_KINDS,
  formatZodError,
  type Asset,
  type AssetDurations,
  type Block,
  type Course,
  type CourseSettingsPatch,
  type CourseSummary,
  type CourseOutline,
  type CourseTree,
  type FoundBlock,
  type Lesson,
  type LessonTree,
  type LibraryInfo,
  type Module,
  type NewBlock,
  type SearchHit,
  type TrashedCourseSummary,
} from '../../shared';
import { z } from 'zod';
import { APP_VERSION } from '../version';
import { detectMediaType } from './mime';
import { safeExtension, storeOriginal, type StoredFile } from './media-store';
import { storableSource } from './svg-store';
import { AssetRepository } from './asset-repository';
import { BlockRepository } from './block-repository';
import type { BlockQuery, CourseLibrary, ImportAssetOptions } from './course-library';
import { findCourseBlocks, readCourseOutline, readCourseTree, readLesson } from './course-reads';
import { CourseRepository, type NewCourse } from './course-repository';
import { readUserVersion, type Db } from './database';
import { duplicateCourse, type Repositories } from './duplicate-course';
import { withNewIds } from './block-ids';
import { createClock, type RepoContext } from './internals';
import { LessonRepository, type LessonPatch } from './lesson-repository';
import { ModuleRepository } from './module-repository';
import { SearchIndex } from './search-index';
import { createWriteUpkeep, type WriteUpkeep } from './write-upkeep';

const assetKindSchema = z.enum(ASSET_KINDS);

/** The course library on one SQLite connection. Every mutating method runs as one transaction. */
export class SqliteCourseLibrary implements CourseLibrary {
  readonly dir: string;
  readonly databasePath: string;
  private readonly repos: Repositories & { assets: AssetRepository };
  private readonly index: SearchIndex;
  private readonly countAll;
  private readonly taken;
  /** Courses whose card facts the running write transaction changed (recomputed just before it commits). */
  private readonly staleCards = new Set<string>();
  private depth = 0;
  private closed = false;
  private readonly upkeep: WriteUpkeep;

  constructor(
    private readonly db: Db,
    opts: { dir: string; databasePath: string },
  ) {
    connections.set(this, db);
    this.upkeep = createWriteUpkeep(db);
    this.dir = opts.dir;
    this.databasePath = opts.databasePath;
    const now = createClock();
    // `courses` is only called after construction, so the closure can refer to it before its declaration.
    const ctx: RepoContext = {
      db,
      now,
      touchCourse: (id) => {
        courses.touch(id);
        if (this.depth > 0) this.staleCards.add(id);
        else courses.refreshCard(id);
      },
      touchCourseMinutes: (id, delta) => courses.touchMinutes(id, delta),
    };
    const courses = new CourseRepository(ctx);
    this.repos = {
      courses,
      modules: new ModuleRepository(ctx),
      lessons: new LessonRepository(ctx),
      blocks: new BlockRepository(ctx),
      assets: new AssetRepository(ctx, this.dir),
    };
    this.index = new SearchIndex(db);
    this.taken = {
      course: db.prepare(`SELECT id FROM courses WHERE id IN (SELECT value FROM json_each(?))`).pluck(),
      module: db.prepare(`SELECT id FROM modules WHERE id IN (SELECT value FROM json_each(?))`).pluck(),
      lesson: db.prepare(`SELECT id FROM lessons WHERE id IN (SELECT value FROM json_each(?))`).pluck(),
      block: db.prepare(`SELECT id FROM blocks WHERE id IN (SELECT value FROM json_each(?))`).pluck(),
    };
    this.countAll = db.prepare(`SELECT
      (SELECT count(*) FROM courses) AS courses, (SELECT count(*) FROM modules) AS modules,
      (SELECT count(*) FROM lessons) AS lessons, (SELECT count(*) FROM blocks) AS blocks,
      (SELECT count(*) FROM assets) AS assets`);
  }

  /**
   * Runs `fn` as one IMMEDIATE transaction (takes the write lock up front, so concurrent writers wait, not fail).
   * Nested calls join the outer one; the outermost recomputes the card facts of every course it touched before
   * committing, so a course is written once however many of its rows changed.
   */
  transaction<T>(fn: () => T): T {
    this.depth++;
    try {
      const result = this.db
        .transaction(() => {
          const value = fn();
          if (this.depth === 1) {
            for (const id of this.staleCards) this.repos.courses.refreshCard(id);
          }
          return value;
        })
        .immediate();
      if (this.depth === 1) this.upkeep.noteWrite();
      return result;
    } catch (e) {
      // Services throw AppError only: schema failures on input become VALIDATION with the zod issues attached.
      if (e instanceof z.ZodError) throw new AppError('VALIDATION', formatZodError(e), e.issues);
      throw e;
    } finally {
      this.depth--;
      if (this.depth === 0) this.staleCards.clear();
    }
  }

  info(): LibraryInfo {
    return {
      path: this.dir,
      databasePath: this.databasePath,
      schemaVersion: readUserVersion(this.db),
      appVersion: APP_VERSION,
      counts: this.countAll.get() as LibraryInfo['counts'],
    };
  }

  search(query: string, limit?: number): SearchHit[] {
    return this.index.search(query, limit);
  }

  listCourses(): CourseSummary[] {
    return this.repos.courses.list();
  }

  getCourse(courseId: string, opts: { includeTrashed?: boolean } = {}): CourseTree {
    return this.db.transaction(() => readCourseTree(this.repos, courseId, opts.includeTrashed ?? false))();
  }

  getCourseOutline(courseId: string): CourseOutline {
    return this.db.transaction(() => readCourseOutline(this.repos, courseId))();
  }

  getLesson(lessonId: string): LessonTree {
    return this.db.transaction(() => readLesson(this.repos, lessonId))();
  }

  findBlocks(courseId: string, query: BlockQuery): FoundBlock[] {
    return this.db.transaction(() => findCourseBlocks(this.repos, courseId, query))();
  }

  isSample(courseId: string): boolean {
    return this.repos.courses.isSample(courseId);
  }

  createCourse(input: NewCourse): Course {
    return this.transaction(() => this.repos.courses.create(input));
  }

  /** Creates a course flagged as the built-in sample (used by the seeder). */
  createSampleCourse(input: NewCourse): Course {
    return this.repos.courses.create(input, { isSample: true });
  }

  updateCourse(
    courseId: string,
    patch: {
      title?: string | undefined;
      description?: string | undefined;
      language?: string | undefined;
      settings?: CourseSettingsPatch | undefined;
    },
  ): Course {
    return this.transaction(() => this.repos.courses.update(courseId, patch));
  }

  duplicateCourse(courseId: string, title?: string): Course {
    return this.transaction(() => duplicateCourse(this.repos, courseId, title));
  }

  /** Moves the course to the trash: nothing is erased until `purgeCourse`. */
  deleteCourse(courseId: string): void {
    this.transaction(() => this.repos.courses.trash(courseId));
  }

  listTrashedCourses(): TrashedCourseSummary[] {
    return this.repos.courses.listTrashed();
  }

  restoreCourse(courseId: string): Course {
    return this.transaction(() => {
      this.repos.courses.restore(courseId);
      return this.repos.courses.get(courseId);
    });
  }

  purgeCourse(courseId: string): void {
    this.transaction(() => this.repos.courses.delete(courseId));
  }

  /**
   * Inserts a whole course tree (archive import). With `freshIds`, the course, its modules, lessons, blocks and the
   * ids nested in blocks get new ids (as in duplicate); otherwise the tree's own ids are kept. Call it inside
   * `transaction()` together with whatever else must be atomic with it.
   */
  insertCourseTree(tree: CourseTree, opts: { freshIds: boolean }): Course {
    // (The repositories type ids as UUID strings; the tree's ids were validated as UUIDs.)
    const id = (old: string) => (opts.freshIds ? randomUUID() : (old as ReturnType<typeof randomUUID>));
    const course = this.repos.courses.create(
      { title: tree.title, description: tree.description, language: tree.language, settings: tree.settings },
      { id: id(tree.id) },
    );
    for (const module of tree.modules) {
      const m = this.repos.modules.create(course.id, module.title, undefined, id(module.id));
      for (const lesson of module.lessons) {
        const l = this.repos.lessons.create(
          m.id,
          lesson.title,
          lesson.kind,
          undefined,
          id(lesson.id),
          lesson.quiz,
          lesson.header,
        );
        for (const block of lesson.blocks) {
          this.repos.blocks.insert(l.id, opts.freshIds ? withNewIds(block, randomUUID) : block);
        }
      }
    }
    return this.repos.courses.get(course.id);
  }

  createModule(courseId: string, title: string, position?: number, id?: string): Module {
    return this.transaction(() => this.repos.modules.create(courseId, title, position, id));
  }

  renameModule(moduleId: string, title: string): Module {
    return this.transaction(() => this.repos.modules.rename(moduleId, title));
  }

  reorderModules(courseId: string, moduleIds: string[]): Module[] {
    return this.transaction(() => this.repos.modules.reorder(courseId, moduleIds));
  }

  deleteModule(moduleId: string): void {
    this.transaction(() => this.repos.modules.delete(moduleId));
  }

  createLesson(moduleId: string, title: string, kind?: Lesson['kind'], position?: number, id?: string): Lesson {
    return this.transaction(() => this.repos.lessons.create(moduleId, title, kind, position, id));
  }

  updateLesson(lessonId: string, patch: LessonPatch): Lesson {
    return this.transaction(() => this.repos.lessons.update(lessonId, patch));
  }

  reorderLessons(moduleId: string, lessonIds: string[]): Lesson[] {
    return this.transaction(() => this.repos.lessons.reorder(moduleId, lessonIds));
  }

  moveLesson(lessonId: string, toModuleId: string, position?: number): Lesson {
    return this.transaction(() => this.repos.lessons.move(lessonId, toModuleId, position));
  }

  deleteLesson(lessonId: string): void {
    this.transaction(() => this.repos.lessons.delete(lessonId));
  }

  createBlock(lessonId: string, block: NewBlock, position?: number, id?: string): Block {
    return this.transaction(() => this.repos.blocks.create(lessonId, block, position, id));
  }

  /** Inserts a block with its id as given (sample course, importers). */
  insertBlock(lessonId: string, block: Block, position?: number): Block {
    return this.transaction(() => this.repos.blocks.insert(lessonId, block, position));
  }

  updateBlock(blockId: string, block: Block): Block {
    return this.saveBlock(blockId, block).block;
  }

  saveBlock(blockId: string, block: Block): { block: Block; courseId: string } {
    return this.transaction(() => this.repos.blocks.update(blockId, block));
  }

  reorderBlocks(lessonId: string, blockIds: string[]): Block[] {
    return this.transaction(() => this.repos.blocks.reorder(lessonId, blockIds));
  }

  moveBlock(blockId: string, toLessonId: string, position?: number): Block {
    return this.transaction(() => this.repos.blocks.move(blockId, toLessonId, position));
  }

  deleteBlock(blockId: string): void {
    this.transaction(() => this.repos.blocks.delete(blockId));
  }

  getModuleCourseId(moduleId: string): string {
    return this.repos.modules.courseIdOf(moduleId);
  }

  getLessonCourseId(lessonId: string): string {
    return this.repos.lessons.courseIdOf(lessonId);
  }

  getBlockCourseId(blockId: string): string {
    return this.repos.blocks.courseIdOf(blockId);
  }

  listAssets(): Asset[] {
    return this.repos.assets.list();
  }

  getAsset(assetId: string): Asset | null {
    return this.repos.assets.get(assetId);
  }

  findAssetBySha(sha256: string): Asset | null {
    return this.repos.assets.findBySha256(sha256);
  }

  deleteAsset(assetId: string): void {
    this.transaction(() => this.repos.assets.delete(assetId));
  }

  mediaDurations(): AssetDurations {
    return this.repos.assets.durations();
  }

  idsTaken(kind: 'course' | 'module' | 'lesson' | 'block', ids: readonly string[]): string[] {
    return ids.length === 0 ? [] : (this.taken[kind].all(JSON.stringify(ids)) as string[]);
  }

  assetFile(assetId: string): { path: string; mime: string; size: number } | null {
    return this.repos.assets.file(assetId);
  }

  async importAsset(filePath: string, opts: ImportAssetOptions = {}): Promise<Asset> {
    const kindOk = opts.kind === undefined || assetKindSchema.safeParse(opts.kind).success;
    if (!kindOk) throw new AppError('VALIDATION', `Unknown asset kind "${String(opts.kind)}".`);
    const fileName = path.basename(opts.fileName ?? filePath);
    // Only sanitized SVG is ever stored (svg-store.ts); other files are copied as they are.
    const source = await storableSource(this.dir, filePath, fileName);
    let stored: StoredFile;
    try {
      stored = await storeOriginal(this.dir, source.path, safeExtension(fileName));
    } finally {
      await source.done();
    }
    const type = detectMediaType(fileName, stored.head);
    const kind = opts.kind ?? type.kind;
    const asset = this.transaction(() =>
      this.repos.assets.insertOrGet({
        kind,
        sha256: stored.sha256,
        mime: type.mime,
        fileName,
        size: stored.size,
        storedPath: stored.relativePath,
      }),
    );
    // Same content imported under another extension: the first file is the one on record; drop the extra copy.
    const recorded = this.repos.assets.file(asset.id);
    if (recorded && path.resolve(recorded.path) !== path.resolve(stored.absolutePath)) {
      await fsp.rm(stored.absolutePath, { force: true });
    }
    return asset;
  }

  /** Closes the connection (idempotent). WAL is checkpointed by SQLite on the last close. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.upkeep.close();
    this.db.close();
  }
}

const connections = new WeakMap<CourseLibrary, Db>();

/**
 * The SQLite connection behind a library, for the modules that keep their OWN tables in the library file (media
 * pipeline, learner records, imported packages). The library's tables (courses, modules, lessons, blocks, assets,
 * search) are reached through `CourseLibrary` only. INTERNAL for a library that is not SQLite-backed.
 */
export function libraryConnection(library: CourseLibrary): Db {
  const db = connections.get(library);
  if (!db) throw new AppError('INTERNAL', 'This library is not backed by a SQLite file.');
  return db;
}
