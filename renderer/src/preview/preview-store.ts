import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, CoursewrightApi, ExportFormat } from '../../../shared';
import { callApi } from '../stores/call-api';

export type PreviewDevice = 'phone' | 'tablet' | 'desktop';
export const DEVICE_WIDTHS: Readonly<Record<PreviewDevice, number>> = { phone: 375, tablet: 768, desktop: 1280 };

export interface PreviewState {
  courseId: string;
  format: ExportFormat;
  device: PreviewDevice;
  status: 'idle' | 'building' | 'ready' | 'failed';
  /** URL of the stand-in LMS page launching the build, on the content origin (never the app's). */
  launchUrl: string | null;
  /** Course frame width when `launchUrl` was loaded; later device changes are posted to the page. */
  launchWidth: number;
  error: AppErrorShape | null;
  /** (Re)exports the course to a preview build in the current format. */
  build(): Promise<void>;
  setFormat(format: ExportFormat): Promise<void>;
  setDevice(device: PreviewDevice): void;
}

/**
 * The in-app preview of one course: the exact export output in the stand-in LMS page. The only code
 * that calls `export.preview`. A newer build request wins over a slower older one.
 */
export function createPreviewStore(api: CoursewrightApi, courseId: string): StoreApi<PreviewState> {
  return createStore<PreviewState>()((set, get) => {
    let seq = 0;
    let contentBase: string | null = null;
    const build = async () => {
      const mine = ++seq;
      set({ status: 'building', error: null });
      const setError = (error: AppErrorShape) => {
        if (mine === seq) set({ error });
      };
      contentBase ??= (await callApi(api, 'app.info', {}, setError))?.contentBase ?? null;
      if (mine !== seq) return;
      if (!contentBase) {
        setError({ code: 'INTERNAL', message: 'This host cannot show previews (no content origin).' });
        set({ status: 'failed', launchUrl: null });
        return;
      }
      const result = await callApi(api, 'export.preview', { courseId, format: get().format }, setError);
      if (mine !== seq) return;
      if (result) {
        // launchUrl is relative to the content base: previews run on the content origin, cut off from the API.
        const launchUrl = `${contentBase}/${result.launchUrl}`;
        set({ status: 'ready', launchUrl, launchWidth: DEVICE_WIDTHS[get().device] });
      } else set({ status: 'failed', launchUrl: null });
    };
    return {
      courseId,
      format: 'scorm12',
      device: 'desktop',
      status: 'idle',
      launchUrl: null,
      launchWidth: DEVICE_WIDTHS.desktop,
      error: null,
      build,
      async setFormat(format) {
        if (format === get().format && get().status !== 'failed') return;
        set({ format });
        await build();
      },
      setDevice(device) {
        set({ device });
      },
    };
  });
}
