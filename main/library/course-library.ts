import type {
  Asset,
  Block,
  ChannelOutput,
  Course,
  CourseSettingsPatch,
  CourseSummary,
  CourseTree,
  Lesson,
  LibraryInfo,
  Module,
  NewBlock,
  SearchHit,
  TrashedCourseSummary,
} from '../../shared';

export interface ImportAssetOptions {
  fileName?: string | undefined;
  kind?: Asset['kind'] | undefined;
}

/**
 * The course library as the rest of main/ sees it. Implemented on SQLite by `SqliteCourseLibrary`;
 * every mutating method is one transaction and throws `AppError` (NOT_FOUND, CONFLICT, ...) on bad requests.
 */
export interface CourseLibrary {
  info(): LibraryInfo;
  search(query: string, limit?: number): SearchHit[];

  /** Live courses only (not the ones in the trash). */
  listCourses(): CourseSummary[];
  /** NOT_FOUND for a course in the trash unless `includeTrashed` (media usage, restore previews). */
  getCourse(courseId: string, opts?: { includeTrashed?: boolean }): CourseTree;
  createCourse(input: { title: string; description?: string | undefined; language?: string | undefined }): Course;
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
  updateLesson(lessonId: string, patch: { title?: string | undefined; kind?: Lesson['kind'] | undefined }): Lesson;
  reorderLessons(moduleId: string, lessonIds: string[]): Lesson[];
  moveLesson(lessonId: string, toModuleId: string, position?: number): Lesson;
  deleteLesson(lessonId: string): void;

  createBlock(lessonId: string, block: NewBlock, position?: number, id?: string): Block;
  updateBlock(blockId: string, block: Block): Block;
  reorderBlocks(lessonId: string, blockIds: string[]): Block[];
  moveBlock(blockId: string, toLessonId: string, position?: number): Block;
  deleteBlock(blockId: string): void;

  listAssets(): Asset[];
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

export type { ChannelOutput };
