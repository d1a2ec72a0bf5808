import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Course, CoursewrightApi, SearchHit, TrashedCourseSummary } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';
import { fileTransportFor, type FileTransport } from '../../api/file-transport';
import type { LibraryState } from '../../stores/library-store';

export interface LibraryToolsState {
  query: string;
  hits: SearchHit[] | null;
  searching: boolean;
  trash: TrashedCourseSummary[] | null;
  busy: boolean;
  search(query: string): Promise<void>;
  clearSearch(): void;
  loadTrash(): Promise<void>;
  restore(courseId: string): Promise<Course | null>;
  purge(courseId: string): Promise<boolean>;
  /**
   * Browser: downloads `<course>.cwcourse`; Electron: writes where the Save dialog (opened at `outPath` when
   * given) says. Answers the file's name and size, or null when it failed or the author cancelled.
   */
  exportArchive(courseId: string, outPath?: string): Promise<{ fileName: string; bytes: number } | null>;
  importArchive(path: string): Promise<Course | null>;
  /** After an archive was uploaded and imported (browser): refreshes the lists. */
  archiveImported(course: Course): Promise<void>;
  /** A new course from the sample: duplicates the sample course under a new title. */
  createFromSample(sampleId: string, title: string): Promise<Course | null>;
}

/** Library actions beyond the list itself: full-text search, trash, `.cwcourse` archives. */
export function createLibraryToolsStore(
  api: CoursewrightApi,
  library: StoreApi<LibraryState>,
  onError: ErrorSink,
  transport: FileTransport = fileTransportFor(api),
): StoreApi<LibraryToolsState> {
  return createStore<LibraryToolsState>()((set, get) => {
    let searchSeq = 0;
    const busy = async <T>(run: () => Promise<T>): Promise<T> => {
      set({ busy: true });
      try {
        return await run();
      } finally {
        set({ busy: false });
      }
    };
    const reloadAll = async () => {
      await library.getState().load();
      if (get().trash !== null) await get().loadTrash();
    };
    return {
      query: '',
      hits: null,
      searching: false,
      trash: null,
      busy: false,

      async search(query) {
        const q = query.trim();
        const seq = ++searchSeq;
        set({ query });
        if (!q) return set({ hits: null, searching: false });
        set({ searching: true });
        const hits = await callApi(api, 'library.search', { query: q, limit: 50 }, onError);
        if (seq !== searchSeq) return; // a newer query answered first
        set({ hits: hits ?? [], searching: false });
      },

      clearSearch() {
        searchSeq++;
        set({ query: '', hits: null, searching: false });
      },

      async loadTrash() {
        const trash = await callApi(api, 'courses.trash.list', {}, onError);
        if (trash) set({ trash });
      },

      restore: (courseId) =>
        busy(async () => {
          const course = await callApi(api, 'courses.restore', { courseId }, onError);
          if (course) await reloadAll();
          return course;
        }),

      purge: (courseId) =>
        busy(async () => {
          const done = await callApi(api, 'courses.purge', { courseId }, onError);
          if (done) await reloadAll();
          return done !== null;
        }),

      exportArchive: (courseId, outPath) =>
        busy(async () => {
          const title = library.getState().courses.find((c) => c.id === courseId)?.title ?? 'course';
          const target = await transport.saveTarget(`${archiveName(title)}.cwcourse`, outPath);
          if (!target.ok) {
            // Closing the Save dialog is a choice, not an error.
            if (target.error.code !== 'CANCELLED') onError(target.error);
            return null;
          }
          const done = await callApi(
            api,
            'courses.exportArchive',
            { courseId, outPath: target.value.outPath },
            onError,
          );
          if (!done) return null;
          target.value.deliver();
          return { fileName: target.value.fileName, bytes: done.bytes };
        }),

      archiveImported: async () => {
        await reloadAll();
      },

      importArchive: (path) =>
        busy(async () => {
          const course = await callApi(api, 'courses.importArchive', { path }, onError);
          if (course) await reloadAll();
          return course;
        }),

      createFromSample: (sampleId, title) =>
        busy(async () => {
          const course = await callApi(api, 'courses.duplicate', { courseId: sampleId, title }, onError);
          if (course) await reloadAll();
          return course;
        }),
    };
  });
}

/** The course's title as a file name: kept readable (spaces, accents), minus what file systems refuse. */
function archiveName(title: string): string {
  const name = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .trim()
    .slice(0, 120);
  return name || 'course';
}
