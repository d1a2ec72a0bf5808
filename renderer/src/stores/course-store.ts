import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AppErrorShape,
  BlockType,
  CourseOutline,
  CoursewrightApi,
  FoundBlock,
  Lesson,
  LessonTree,
  Module,
} from '../../../shared';
import { callApi, type ErrorSink } from './call-api';
import { findCourseBlocks } from './find-blocks';
import type { LoadStatus, StoreDeps } from './library-store';

/** How many opened lessons keep their blocks (refreshed with the outline, so a return visit shows them at once). */
export const KEPT_LESSONS = 6;

export interface CourseState {
  courseId: string | null;
  /**
   * The open course in order (modules → lessons with block counts), as `courses.outline` returned it: no block
   * bodies, so a 500-lesson course opens as fast as a small one. Blocks load per lesson into `lessons`.
   */
  tree: CourseOutline | null;
  /** Lessons whose blocks are loaded (`lessons.get`), by id: the open one and the last few opened. */
  lessons: Record<string, LessonTree>;
  status: LoadStatus;
  error: AppErrorShape | null;
  pendingWrites: number;
  open(courseId: string): Promise<void>;
  close(): void;
  /** Reloads the outline and every kept lesson. */
  refresh(): Promise<void>;
  /** Loads a lesson's blocks into `lessons` (once per call in flight); null when it failed. */
  loadLesson(lessonId: string): Promise<LessonTree | null>;
  /** A lesson with its blocks: the kept copy, else loaded (without keeping it). For undo snapshots and copies. */
  lessonWithBlocks(lessonId: string): Promise<LessonTree | null>;
  /** Blocks of the open course by kind or id, asked of the host (panels that need the whole course). */
  findBlocks(query: { types?: BlockType[]; blockIds?: string[] }): Promise<FoundBlock[] | null>;
  renameCourse(title: string): Promise<boolean>;
  addModule(title: string): Promise<Module | null>;
  renameModule(moduleId: string, title: string): Promise<boolean>;
  addLesson(moduleId: string, title: string): Promise<Lesson | null>;
  renameLesson(lessonId: string, title: string): Promise<boolean>;
}

/** The course open in the editor: its outline, and the blocks of the lessons opened. */
export function createCourseStore(api: CoursewrightApi, deps: StoreDeps = {}): StoreApi<CourseState> {
  return createStore<CourseState>()((set, get) => {
    let loadSeq = 0;
    /** Per lesson, the number of its latest fetch: an older answer never replaces a newer one. */
    let fetchSeq = 0;
    const lessonFetches = new Map<string, number>();
    const inFlight = new Map<string, Promise<LessonTree | null>>();
    const fail: ErrorSink = (error) => {
      set({ error });
      deps.onError?.(error);
    };

    /** Fetches a lesson's blocks and keeps them (most recent last, at most KEPT_LESSONS); NOT_FOUND drops it. */
    const fetchLesson = async (courseId: string, lessonId: string, report: boolean): Promise<LessonTree | null> => {
      const seq = ++fetchSeq;
      lessonFetches.set(lessonId, seq);
      let gone = false;
      const lesson = await callApi(api, 'lessons.get', { lessonId }, (error) => {
        gone = error.code === 'NOT_FOUND';
        if (report && !gone) fail(error);
      });
      if (get().courseId !== courseId || lessonFetches.get(lessonId) !== seq) return lesson;
      set((s) => {
        const { [lessonId]: _old, ...rest } = s.lessons;
        if (!lesson) return gone ? { lessons: rest } : {};
        const ids = Object.keys(rest);
        const kept = ids.length >= KEPT_LESSONS ? ids.slice(ids.length - KEPT_LESSONS + 1) : ids;
        return { lessons: { ...Object.fromEntries(kept.map((id) => [id, rest[id]!])), [lessonId]: lesson } };
      });
      return lesson;
    };

    const load = async (courseId: string) => {
      const seq = ++loadSeq;
      let gone = false;
      // The kept lessons reload beside the outline (same round trip on the WebSocket), never the whole course.
      const kept = Object.keys(get().lessons).map((id) => fetchLesson(courseId, id, false));
      const tree = await callApi(api, 'courses.outline', { courseId }, (error) => {
        gone = error.code === 'NOT_FOUND';
        if (seq === loadSeq) fail(error);
      });
      await Promise.all(kept);
      if (seq !== loadSeq || get().courseId !== courseId) return;
      if (tree) set({ tree, status: 'ready' });
      // Deleted (here or in another window): drop the stale tree; other failures keep what is on screen.
      else set(gone ? { tree: null, lessons: {}, status: 'error' } : { status: 'error' });
    };

    /** Writes need an open course; they refresh the tree before resolving. */
    const write = async <T>(run: (courseId: string) => Promise<T | null>): Promise<T | null> => {
      const courseId = get().courseId;
      if (!courseId) return null;
      set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
      try {
        const value = await run(courseId);
        if (value !== null) {
          set({ error: null });
          await load(courseId);
        }
        return value;
      } finally {
        set((s) => ({ pendingWrites: s.pendingWrites - 1 }));
      }
    };

    return {
      courseId: null,
      tree: null,
      lessons: {},
      status: 'idle',
      error: null,
      pendingWrites: 0,

      async open(courseId) {
        if (get().courseId === courseId && get().status === 'ready') return get().refresh();
        set({ courseId, tree: null, lessons: {}, status: 'loading', error: null });
        await load(courseId);
        // Recent courses (File ▸ Open Recent, the library): best effort, a failure here is not the user's concern.
        if (get().courseId === courseId && get().status === 'ready') {
          void callApi(api, 'courses.opened', { courseId }, () => undefined);
        }
      },

      close() {
        loadSeq++;
        lessonFetches.clear();
        inFlight.clear();
        set({ courseId: null, tree: null, lessons: {}, status: 'idle', error: null });
      },

      async refresh() {
        const courseId = get().courseId;
        if (courseId) await load(courseId);
      },

      loadLesson(lessonId) {
        const courseId = get().courseId;
        if (!courseId) return Promise.resolve(null);
        const running = inFlight.get(lessonId);
        if (running) return running;
        const next = fetchLesson(courseId, lessonId, true).finally(() => inFlight.delete(lessonId));
        inFlight.set(lessonId, next);
        return next;
      },

      async lessonWithBlocks(lessonId) {
        return get().lessons[lessonId] ?? (await callApi(api, 'lessons.get', { lessonId }, fail));
      },

      async findBlocks(query) {
        const { courseId, tree } = get();
        if (!courseId) return null;
        const lessons = (tree?.modules ?? []).flatMap((m) => m.lessons.map((l) => l.id));
        const place = new Map(lessons.map((id, i) => [id, i]));
        return findCourseBlocks(api, courseId, query, fail, (id) => place.get(id) ?? lessons.length);
      },

      async renameCourse(title) {
        const course = await write((courseId) => callApi(api, 'courses.update', { courseId, patch: { title } }, fail));
        return course !== null;
      },

      addModule: (title) => write((courseId) => callApi(api, 'modules.create', { courseId, title }, fail)),

      async renameModule(moduleId, title) {
        return (await write(() => callApi(api, 'modules.rename', { moduleId, title }, fail))) !== null;
      },

      addLesson: (moduleId, title) => write(() => callApi(api, 'lessons.create', { moduleId, title }, fail)),

      async renameLesson(lessonId, title) {
        return (await write(() => callApi(api, 'lessons.update', { lessonId, patch: { title } }, fail))) !== null;
      },
    };
  });
}

/** Finds a lesson (and its module) in the open outline. */
export function findLesson(tree: CourseOutline | null, lessonId: string | null | undefined) {
  if (!tree || !lessonId) return null;
  for (const module of tree.modules) {
    const lesson = module.lessons.find((l) => l.id === lessonId);
    if (lesson) return { module, lesson };
  }
  return null;
}
