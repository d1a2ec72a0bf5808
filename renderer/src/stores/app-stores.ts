import type { StoreApi } from 'zustand/vanilla';
import type { CoursewrightApi } from '../../../shared';
import { isBrowserApi } from '../api/browser-api';
import { createConnectionStore, type ConnectionStoreState } from './connection-store';
import { createCourseStore, type CourseState } from './course-store';
import { createLibraryStore, type LibraryState } from './library-store';
import { createNavStore, type NavState } from './nav-store';
import { createNoticeStore, type NoticeState } from './notice-store';

export interface AppStores {
  api: CoursewrightApi;
  library: StoreApi<LibraryState>;
  course: StoreApi<CourseState>;
  nav: StoreApi<NavState>;
  notices: StoreApi<NoticeState>;
  connection: StoreApi<ConnectionStoreState>;
  /** Stops listening to API events. */
  dispose(): void;
}

/** Builds every store around one API object and refreshes them when the library changes elsewhere. */
export function createAppStores(api: CoursewrightApi): AppStores {
  const notices = createNoticeStore();
  const onError = notices.getState().pushError;
  const library = createLibraryStore(api, { onError });
  const course = createCourseStore(api, { onError });
  const nav = createNavStore();
  const connection = createConnectionStore(isBrowserApi(api) ? api.connectionState : 'open');
  const unwatchConnection = isBrowserApi(api)
    ? api.onConnectionChange((state) => connection.getState().setState(state))
    : () => undefined;

  // A store with a write in flight skips the event: its action reloads once the write has answered,
  // and the host announces a change before it answers, so refreshing here would load twice.
  const unsubscribe = api.on('library.changed', ({ courseId }) => {
    const lib = library.getState();
    if (lib.status !== 'idle' && lib.pendingWrites === 0) void lib.load();
    const open = course.getState();
    if (open.courseId && open.pendingWrites === 0 && (courseId === null || courseId === open.courseId)) {
      void open.refresh();
    }
  });

  return {
    api,
    library,
    course,
    nav,
    notices,
    connection,
    dispose: () => {
      unsubscribe();
      unwatchConnection();
    },
  };
}
