import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AppErrorShape,
  CoursewrightApi,
  MediaImportResult,
  MediaItem,
  MediaJobInfo,
  MediaUsePlace,
} from '../../../shared';
import { callApi, type ErrorSink } from '../stores/call-api';
import type { Uploader } from './upload-file';

export interface JobProgress {
  state: MediaJobInfo['state'];
  fraction: number;
  /** Estimated seconds left (null while unknown). */
  etaSeconds?: number | null | undefined;
  message?: string | undefined;
}

interface UploadEntry {
  id: number;
  name: string;
  loaded: number;
  total: number;
  state: 'uploading' | 'done' | 'failed';
  error?: string | undefined;
}

export interface MediaLibraryState {
  items: MediaItem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Live transcode progress per job id (from `media.progress`), newer than `items`. */
  jobs: Record<string, JobProgress>;
  uploads: UploadEntry[];
  /** Last job/upload state change, for the aria-live region. */
  announcement: string;
  /** Set when a delete was refused because blocks still use the asset. */
  inUse: { assetId: string; fileName: string; places: MediaUsePlace[] } | null;
  /** Electron without `pathForFile`: files cannot be read by path, the path field is the way in. */
  canImportFiles: boolean;
  load(): Promise<void>;
  /** Listens to `media.progress`; returns the unsubscribe function. */
  watch(): () => void;
  /** Uploads (browser host) or imports by path (Electron) the chosen/dropped files. */
  importFiles(files: readonly File[]): Promise<void>;
  importPaths(paths: string[]): Promise<void>;
  cancel(jobId: string): Promise<void>;
  retry(jobId: string): Promise<void>;
  remove(assetId: string): Promise<void>;
  dismissInUse(): void;
  cleanup(): Promise<void>;
}

interface MediaLibraryStoreOptions {
  api: CoursewrightApi;
  onError: ErrorSink;
  /** The browser host's upload; null under Electron (no upload route there). */
  uploader: Uploader | null;
  /** Imports use this course's media settings (quality preset, rendition size). */
  courseId?: string | undefined;
}

/** The media library panel's state; the only code in the panel that calls the API. */
export function createMediaLibraryStore(opts: MediaLibraryStoreOptions): StoreApi<MediaLibraryState> {
  const { api, onError, uploader, courseId } = opts;
  // Electron's preload offers it (optional member of the api); bound so `this` stays the api object.
  const pathForFile = api.pathForFile ? (file: File) => api.pathForFile?.(file) ?? null : null;
  let nextUpload = 1;
  const course = courseId ? { courseId } : {};

  return createStore<MediaLibraryState>()((set, get) => {
    const announce = (announcement: string) => set({ announcement });
    const reportImport = (results: readonly MediaImportResult[]) => {
      for (const r of results) if (r.error) onError(r.error);
      const ok = results.filter((r) => r.asset).map((r) => r.file);
      if (ok.length) announce(`Imported ${ok.join(', ')}; processing.`);
    };
    const patchUpload = (id: number, patch: Partial<UploadEntry>) =>
      set((s) => ({ uploads: s.uploads.map((u) => (u.id === id ? { ...u, ...patch } : u)) }));

    const uploadOne = async (file: File, upload: Uploader) => {
      const id = nextUpload++;
      set((s) => ({
        uploads: [...s.uploads, { id, name: file.name, loaded: 0, total: file.size, state: 'uploading' }],
      }));
      announce(`Uploading ${file.name}.`);
      const result = await upload(file, {
        courseId,
        onProgress: (loaded, total) => patchUpload(id, { loaded, total }),
      });
      if (!result.ok) {
        patchUpload(id, { state: 'failed', error: result.error.message });
        announce(`Upload of ${file.name} failed.`);
        onError(result.error);
        return;
      }
      const failed = result.value.find((r) => r.error);
      patchUpload(
        id,
        failed?.error ? { state: 'failed', error: failed.error.message } : { state: 'done', loaded: file.size },
      );
      reportImport(result.value);
    };

    return {
      items: [],
      status: 'idle',
      jobs: {},
      uploads: [],
      announcement: '',
      inUse: null,
      canImportFiles: uploader !== null || pathForFile !== null,
      async load() {
        if (get().status === 'idle') set({ status: 'loading' });
        // The whole library: cleanup and captions are library-wide, and new captions belong to no course yet.
        const items = await callApi(api, 'media.list', {}, onError);
        set(items ? { items, status: 'ready' } : { status: 'error' });
      },
      watch() {
        return api.on('media.progress', (e) => {
          const before = get().jobs[e.jobId]?.state;
          set((s) => ({
            jobs: {
              ...s.jobs,
              [e.jobId]: { state: e.state, fraction: e.fraction, etaSeconds: e.etaSeconds, message: e.message },
            },
          }));
          if (before === e.state) return;
          const name = get().items.find((i) => i.id === e.assetId)?.fileName ?? 'A file';
          announce(`${name}: ${e.state === 'running' ? 'processing' : e.state}.`);
          // A job that has ended changes the asset's status and renditions.
          if (e.state !== 'running' && e.state !== 'queued') void get().load();
        });
      },
      async importFiles(files) {
        if (uploader) {
          for (const file of files) await uploadOne(file, uploader);
        } else if (pathForFile) {
          const paths = files.map(pathForFile).filter((p): p is string => typeof p === 'string' && p !== '');
          if (paths.length < files.length) {
            onError({ code: 'VALIDATION', message: 'Some files have no path on disk; use the file path field.' });
          }
          await get().importPaths(paths);
          return;
        } else {
          onError({ code: 'VALIDATION', message: 'Type the file path in the import field instead.' });
          return;
        }
        await get().load();
      },
      async importPaths(paths) {
        if (paths.length === 0) return;
        const results = await callApi(api, 'media.import', { paths, ...course }, onError);
        if (results) reportImport(results);
        await get().load();
      },
      async cancel(jobId) {
        const job = await callApi(api, 'media.cancel', { jobId }, onError);
        if (job) announce(`Job ${job.state}.`);
        await get().load();
      },
      async retry(jobId) {
        const job = await callApi(api, 'media.retry', { jobId }, onError);
        if (job) {
          set((s) => ({ jobs: { ...s.jobs, [jobId]: { state: job.state, fraction: job.progress } } }));
          announce('Job queued again.');
        }
        await get().load();
      },
      async remove(assetId) {
        const item = get().items.find((i) => i.id === assetId);
        const result = await api
          .invoke('media.delete', { assetId })
          .catch((e: unknown): { ok: false; error: AppErrorShape } => ({
            ok: false,
            error: { code: 'INTERNAL', message: `Unexpected error: ${String(e)}` },
          }));
        if (result.ok) {
          set({ inUse: null });
          announce(`${item?.fileName ?? 'Media'} deleted.`);
        } else if (result.error.code === 'IN_USE') {
          set({ inUse: { assetId, fileName: item?.fileName ?? assetId, places: placesFrom(result.error.details) } });
          announce(`${item?.fileName ?? 'Media'} is still in use and was not deleted.`);
        } else onError(result.error);
        await get().load();
      },
      dismissInUse() {
        set({ inUse: null });
      },
      async cleanup() {
        const result = await callApi(api, 'media.cleanup', {}, onError);
        if (result) {
          const mb = (result.freedBytes / 1_048_576).toFixed(1);
          announce(`Removed ${result.deletedAssetIds.length} unused file(s), ${mb} MB freed.`);
        }
        await get().load();
      },
    };
  });
}

function placesFrom(details: unknown): MediaUsePlace[] {
  const places = (details as { places?: unknown } | undefined)?.places;
  return Array.isArray(places) ? (places as MediaUsePlace[]) : [];
}
