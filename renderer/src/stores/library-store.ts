import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, Course, CourseSummary, CoursewrightApi } from '../../../shared';
import { callApi, type ErrorSink } from './call-api';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LibraryState {
  courses: CourseSummary[];
  status: LoadStatus;
  /** The last failure of any library action (cleared by the next success). */
  error: AppErrorShape | null;
  /** Number of writes in progress; the UI disables write controls while > 0. */
  pendingWrites: number;
  load(): Promise<void>;
  createCourse(title: string): Promise<Course | null>;
  renameCourse(courseId: string, title: string): Promise<boolean>;
  duplicateCourse(courseId: string): Promise<Course | null>;
  deleteCourse(courseId: string): Promise<boolean>;
}

export interface StoreDeps {
  /** Also told about every failure (the app-wide notice region). */
  onError?: ErrorSink;
}

/** The course list. Its actions are the only code that calls the library channels of the API. */
export function createLibraryStore(api: CoursewrightApi, deps: StoreDeps = {}): StoreApi<LibraryState> {
  return createStore<LibraryState>()((set, get) => {
    /** Overlapping loads (an action's refresh and a library.changed event) apply only the newest. */
    let loadSeq = 0;
    const fail: ErrorSink = (error) => {
      set({ error });
      deps.onError?.(error);
    };

    /** Runs a write, then reloads the list so the action resolves with state already updated. */
    const write = async <T>(run: () => Promise<T | null>): Promise<T | null> => {
      set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
      try {
        const value = await run();
        if (value !== null) {
          set({ error: null });
          await get().load();
        }
        return value;
      } finally {
        set((s) => ({ pendingWrites: s.pendingWrites - 1 }));
      }
    };

    return {
      courses: [],
      status: 'idle',
      error: null,
      pendingWrites: 0,

      async load() {
        const seq = ++loadSeq;
        if (get().status !== 'ready') set({ status: 'loading' });
        const courses = await callApi(api, 'courses.list', {}, (error) => {
          if (seq === loadSeq) fail(error);
        });
        if (seq !== loadSeq) return;
        if (courses) set({ courses, status: 'ready' });
        else if (get().status !== 'ready') set({ status: 'error' });
      },

      createCourse: (title) => write(() => callApi(api, 'courses.create', { title }, fail)),

      async renameCourse(courseId, title) {
        const course = await write(() => callApi(api, 'courses.update', { courseId, patch: { title } }, fail));
        return course !== null;
      },

      duplicateCourse: (courseId) => write(() => callApi(api, 'courses.duplicate', { courseId }, fail)),

      async deleteCourse(courseId) {
        const done = await write(() => callApi(api, 'courses.delete', { courseId }, fail));
        return done !== null;
      },
    };
  });
}
