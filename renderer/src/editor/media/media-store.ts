import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Asset, CoursewrightApi, MediaItem } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';

interface MediaProgress {
  state: string;
  fraction: number;
  /** Estimated seconds left (null while unknown). */
  etaSeconds?: number | null | undefined;
}

export interface MediaState {
  items: MediaItem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Latest transcode progress per asset (from `media.progress`). */
  progress: Record<string, MediaProgress>;
  load(): Promise<void>;
  /** Imports files by path (the browser host has no file dialog); returns the new asset ids. */
  importPaths(paths: string[], courseId?: string): Promise<string[]>;
  /** Imports files by path and returns the stored assets (files refused are reported, not returned). */
  importAssets(paths: string[], courseId?: string): Promise<Asset[]>;
  /** Starts listening to transcode progress; returns the unsubscribe function. */
  watch(): () => void;
}

/** The media library as the block editors' pickers see it. */
export function createMediaStore(api: CoursewrightApi, onError: ErrorSink): StoreApi<MediaState> {
  return createStore<MediaState>()((set, get) => ({
    items: [],
    status: 'idle',
    progress: {},
    async load() {
      if (get().status === 'idle') set({ status: 'loading' });
      const items = await callApi(api, 'media.list', {}, onError);
      set(items ? { items, status: 'ready' } : { status: 'error' });
    },
    async importAssets(paths, courseId) {
      if (paths.length === 0) return [];
      const results = await callApi(api, 'media.import', { paths, ...(courseId ? { courseId } : {}) }, onError);
      if (!results) return [];
      for (const r of results) if (r.error) onError(r.error);
      await get().load();
      return results.flatMap((r) => (r.asset ? [r.asset] : []));
    },
    async importPaths(paths, courseId) {
      const results = await callApi(api, 'media.import', { paths, ...(courseId ? { courseId } : {}) }, onError);
      if (!results) return [];
      for (const r of results) if (r.error) onError(r.error);
      await get().load();
      return results.flatMap((r) => (r.asset ? [r.asset.id] : []));
    },
    watch() {
      return api.on('media.progress', (event) => {
        set((s) => ({
          progress: {
            ...s.progress,
            [event.assetId]: { state: event.state, fraction: event.fraction, etaSeconds: event.etaSeconds },
          },
        }));
        // A finished job changes the asset's status: reload the list once it is final.
        if (event.state !== 'running' && event.state !== 'queued') void get().load();
      });
    },
  }));
}
