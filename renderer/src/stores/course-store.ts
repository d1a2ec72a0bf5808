import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, CourseTree, CoursewrightApi, Lesson, Module } from '../../../shared';
import { callApi, type ErrorSink } from './call-api';
import type { LoadStatus, StoreDeps } from './library-store';

export interface CourseState {
  courseId: string | null;
  /** The open course in order (modules → lessons → blocks), as `courses.get` returned it. */
  tree: CourseTree | null;
  status: LoadStatus;
  error: AppErrorShape | null;
  pendingWrites: number;
  open(courseId: string): Promise<void>;
  close(): void;
  refresh(): Promise<void>;
  renameCourse(title: string): Promise<boolean>;
  addModule(title: string): Promise<Module | null>;
  renameModule(moduleId: string, title: string): Promise<boolean>;
  addLesson(moduleId: string, title: string): Promise<Lesson | null>;
  renameLesson(lessonId: string, title: string): Promise<boolean>;
}

/** The course open in the editor. Block editing (issue 5) adds its actions next to these. */
export function createCourseStore(api: CoursewrightApi, deps: StoreDeps = {}): StoreApi<CourseState> {
  return createStore<CourseState>()((set, get) => {
    let loadSeq = 0;
    const fail: ErrorSink = (error) => {
      set({ error });
      deps.onError?.(error);
    };

    const load = async (courseId: string) => {
      const seq = ++loadSeq;
      let gone = false;
      const tree = await callApi(api, 'courses.get', { courseId }, (error) => {
        gone = error.code === 'NOT_FOUND';
        if (seq === loadSeq) fail(error);
      });
      if (seq !== loadSeq || get().courseId !== courseId) return;
      if (tree) set({ tree, status: 'ready' });
      // Deleted (here or in another window): drop the stale tree; other failures keep what is on screen.
      else set(gone ? { tree: null, status: 'error' } : { status: 'error' });
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
      status: 'idle',
      error: null,
      pendingWrites: 0,

      async open(courseId) {
        if (get().courseId === courseId && get().status === 'ready') return get().refresh();
        set({ courseId, tree: null, status: 'loading', error: null });
        await load(courseId);
        // Recent courses (File ▸ Open Recent, the library): best effort, a failure here is not the user's concern.
        if (get().courseId === courseId && get().status === 'ready') {
          void callApi(api, 'courses.opened', { courseId }, () => undefined);
        }
      },

      close() {
        loadSeq++;
        set({ courseId: null, tree: null, status: 'idle', error: null });
      },

      async refresh() {
        const courseId = get().courseId;
        if (courseId) await load(courseId);
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

/** Finds a lesson (and its module) in the open tree. */
export function findLesson(tree: CourseTree | null, lessonId: string | null | undefined) {
  if (!tree || !lessonId) return null;
  for (const module of tree.modules) {
    const lesson = module.lessons.find((l) => l.id === lessonId);
    if (lesson) return { module, lesson };
  }
  return null;
}
