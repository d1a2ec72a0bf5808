import type { LessonPatch } from './lesson-repository';
import type {
  Asset,
  AssetDurations,
  Block,
  Course,
  CourseSettingsPatch,
  CourseSummary,
  CourseOutline,
  CourseTree,
  FoundBlock,
  Lesson,
  LessonTree,
  LibraryInfo,
  Module,
  NewBlock,
  SearchHit,
  TrashedCourseSummary,
} from '../../shared';

/** `blocks.find`: blocks of these kinds and/or with these ids. */
export interface BlockQuery {
  types?: readonly Block['type'][] | undefined;
  blockIds?: readonly string[] | undefined;
}

export interface ImportAssetOptions {
  fileName?: string | undefined;
  kind?: Asset['kind'] | undefined;
}

/**
 * The course library as the rest of main/ sees it. Implemented on SQLite by `SqliteCourseLibrary`;
 * every mutating method is one transaction and throws `AppError` (NOT_FOUND, CONFLICT, ...) on bad requests.
 */
export interface CourseLibrary {
  /** The library folder (media store, renditions, imported packages live below it). */
  readonly dir: string;
  info(): LibraryInfo;
  /**
   * Runs `fn` as one write transaction (nested calls join it). Every mutating method already is one; use this to
   * make several of them atomic together (archive import, seeding).
   */
  transaction<T>(fn: () => T): T;
  search(query: string, limit?: number): SearchHit[];

  /** Live courses only (not the ones in the trash). */
  listCourses(): CourseSummary[];
  /** NOT_FOUND for a course in the trash unless `includeTrashed` (media usage, restore previews). */
  getCourse(courseId: string, opts?: { includeTrashed?: boolean }): CourseTree;
  /** The course, modules and lessons (with block counts) without blocks: what the editor opens. NOT_FOUND as above. */
  getCourseOutline(courseId: string): CourseOutline;
  /** One lesson with its blocks; NOT_FOUND when absent or its course is in the trash. */
  getLesson(lessonId: string): LessonTree;
  /** The course's blocks matching `query`, in course order, with their lesson ids. */
  findBlocks(courseId: string, query: BlockQuery): FoundBlock[];
  createCourse(input: { title: string; description?: string | undefined; language?: string | undefined }): Course;
  /** Whether the course is the built-in sample (NOT_FOUND when absent). */
  isSample(courseId: string): boolean;
  /**
   * Inserts a whole course tree (archive import). With `freshIds`, the course, its modules, lessons, blocks and the
   * ids nested in blocks get new ids; otherwise the tree's own ids are kept. Trusted input (validated by the caller).
   */
  insertCourseTree(tree: CourseTree, opts: { freshIds: boolean }): Course;
  /** Which of `ids` are already used by a row of that kind (archive import decides whether to keep its ids). */
  idsTaken(kind: 'course' | 'module' | 'lesson' | 'block', ids: readonly string[]): string[];
  updateCourse(
    courseId: string,
    patch: {
      title?: string | undefined;
      description?: string | undefined;
      language?: string | undefined;
      settings?: CourseSettingsPatch | undefined;
    },
  ): Course;
  duplicateCourse(courseId: string, title?: string): Course;
  /** Moves the course to the trash (NOT_FOUND when it is absent or already there). */
  deleteCourse(courseId: string): void;
  /** Courses in the trash, most recently deleted first. */
  listTrashedCourses(): TrashedCourseSummary[];
  /** Brings a course back from the trash (CONFLICT when it is not in the trash). */
  restoreCourse(courseId: string): Course;
  /** Erases a course for good, whether or not it is in the trash. */
  purgeCourse(courseId: string): void;

  /** `id`: a client-generated UUID (undo/redo re-creates items under their old ids); CONFLICT when taken. */
  createModule(courseId: string, title: string, position?: number, id?: string): Module;
  renameModule(moduleId: string, title: string): Module;
  reorderModules(courseId: string, moduleIds: string[]): Module[];
  deleteModule(moduleId: string): void;

  createLesson(moduleId: string, title: string, kind?: Lesson['kind'], position?: number, id?: string): Lesson;
  updateLesson(lessonId: string, patch: LessonPatch): Lesson;
  reorderLessons(moduleId: string, lessonIds: string[]): Lesson[];
  moveLesson(lessonId: string, toModuleId: string, position?: number): Lesson;
  deleteLesson(lessonId: string): void;

  createBlock(lessonId: string, block: NewBlock, position?: number, id?: string): Block;
  /** Inserts a complete, trusted block with its own id (sample course, importers). */
  insertBlock(lessonId: string, block: Block, position?: number): Block;
  /** Saves a block's content (trusted: validated by the caller, e.g. the router against the contract). */
  updateBlock(blockId: string, block: Block): Block;
  /** `updateBlock` that also tells which course changed (the save path announces it without another look-up). */
  saveBlock(blockId: string, block: Block): { block: Block; courseId: string };
  reorderBlocks(lessonId: string, blockIds: string[]): Block[];
  moveBlock(blockId: string, toLessonId: string, position?: number): Block;
  deleteBlock(blockId: string): void;

  listAssets(): Asset[];
  getAsset(assetId: string): Asset | null;
  /** The asset holding this content, if any (the store is content-addressed). */
  findAssetBySha(sha256: string): Asset | null;
  /**
   * Forgets an asset: its row goes, and with it (cascade) its media metadata, jobs and renditions. The caller
   * removes the files afterwards, so nothing recorded ever points at a deleted file.
   */
  deleteAsset(assetId: string): void;
  /** Probed durations of video/audio assets in seconds (assets not probed yet are absent). */
  mediaDurations(): AssetDurations;
  /**
   * Copies a file into the library's content-addressed media store and records it. Importing the same content
   * again returns the existing asset (one stored copy). `fileName` defaults to the file's own name; `kind` to the
   * kind detected from its bytes and extension.
   */
  importAsset(filePath: string, opts?: ImportAssetOptions): Promise<Asset>;
  /** Resolves an asset id to its stored file (media:// protocol, exporters). Never takes a path from outside. */
  assetFile(assetId: string): { path: string; mime: string; size: number } | null;

  /** Parent look-ups (throw NOT_FOUND): used to tell which course a change belongs to. */
  getModuleCourseId(moduleId: string): string;
  getLessonCourseId(lessonId: string): string;
  getBlockCourseId(blockId: string): string;

  close(): void;
}
