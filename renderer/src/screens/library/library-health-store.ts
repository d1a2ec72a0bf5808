import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CoursewrightApi, LibraryCheck } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';

interface LibraryHealthState {
  checking: boolean;
  /** The last check's answer (null before the first). */
  report: LibraryCheck | null;
  /** What to do after scheduling a restore (restart), once scheduled. */
  restoreMessage: string | null;
  check(): Promise<void>;
  restore(backupPath: string): Promise<void>;
}

/** The library health panel: an integrity check on demand and a restore from the pre-upgrade backup. */
export function createLibraryHealthStore(api: CoursewrightApi, onError: ErrorSink): StoreApi<LibraryHealthState> {
  return createStore<LibraryHealthState>()((set) => ({
    checking: false,
    report: null,
    restoreMessage: null,
    async check() {
      set({ checking: true });
      try {
        const report = await callApi(api, 'library.check', { full: true }, onError);
        if (report) set({ report, restoreMessage: null });
      } finally {
        set({ checking: false });
      }
    },
    async restore(backupPath) {
      const done = await callApi(api, 'library.restoreBackup', { backupPath }, onError);
      if (done) set({ restoreMessage: done.message });
    },
  }));
}

/** Shows what opening the library did (an upgrade and its backup, a restore) once; the host says it only once. */
export async function showOpenNotice(api: CoursewrightApi, show: (message: string) => void): Promise<void> {
  // No notice is better than an error about a notice: failures are ignored.
  const answer = await callApi(api, 'library.openNotice', {}, () => undefined);
  if (answer?.notice) show(answer.notice);
}
