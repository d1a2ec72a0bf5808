import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AppErrorShape,
  CoursewrightApi,
  ExportFormat,
  ExportProgressEvent,
  ExportReport,
  Scorm12StatusMapping,
} from '../../../shared';
import { callApi } from '../stores/call-api';
import { suggestOutPath } from './export-formats';

export type ExportStatus = 'idle' | 'starting' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportState {
  courseId: string;
  courseTitle: string;
  format: ExportFormat;
  outPath: string;
  /** False until the author types a path: until then the suggestion follows the format. */
  pathEdited: boolean;
  /** Where the file is written: this computer (Electron) or the one running `coursewright serve`. */
  host: 'electron' | 'browser' | null;
  libraryPath: string | null;
  status: ExportStatus;
  jobId: string | null;
  phase: string;
  done: number;
  total: number;
  report: ExportReport | null;
  error: AppErrorShape | null;
  /** Outcome of the last "Show file" (null: not asked since the export finished). */
  shown: { shown: boolean; reason?: string | undefined } | null;
  /** The course's LMS reporting settings (null until loaded). */
  reporting: { scorm12Status: Scorm12StatusMapping; scorm12MasteryScore: boolean; passingScore: number } | null;
  /** Stores a reporting setting in the course (it applies to every later export). */
  setReporting(patch: { scorm12Status?: Scorm12StatusMapping; scorm12MasteryScore?: boolean }): Promise<void>;
  /** Loads where exports go (host kind, library folder) for the default path, and the reporting settings. */
  init(): Promise<void>;
  setFormat(format: ExportFormat): void;
  setOutPath(outPath: string): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  /** Reveals the finished package in the file manager (on the computer that wrote it). */
  showFile(): Promise<void>;
  /** Back to the form after a finished, failed or cancelled export. */
  reset(): void;
  /** Starts listening to `export.progress`; returns the unsubscribe (call from an effect). */
  connect(): () => void;
}

const FINAL: ReadonlySet<ExportStatus> = new Set(['done', 'failed', 'cancelled']);

/**
 * One course's export: the form, the running job fed by `export.progress` events, and the report.
 * The only code that calls the export channels. Errors stay in the dialog (not the app-wide notices):
 * the author is looking at it.
 */
export function createExportStore(
  api: CoursewrightApi,
  course: { courseId: string; courseTitle: string },
): StoreApi<ExportState> {
  return createStore<ExportState>()((set, get) => {
    /** Events may arrive before `export.start` resolves with the job id: keep the latest per job. */
    const early = new Map<string, ExportProgressEvent>();
    const setError = (error: AppErrorShape) => set({ error });

    const apply = (event: ExportProgressEvent) => {
      const s = get();
      if (event.jobId !== s.jobId || FINAL.has(s.status)) return;
      set({
        phase: event.phase,
        done: event.done,
        total: event.total,
        status: event.state,
        report: event.report ?? null,
        error: event.error ?? null,
      });
    };

    const onProgress = (event: ExportProgressEvent) => {
      const s = get();
      if (s.status === 'starting' && s.jobId === null) {
        early.set(event.jobId, event);
        return;
      }
      apply(event);
    };

    return {
      ...course,
      format: 'scorm12',
      outPath: suggestOutPath(null, course.courseTitle, 'scorm12'),
      pathEdited: false,
      host: null,
      libraryPath: null,
      status: 'idle',
      jobId: null,
      phase: '',
      done: 0,
      total: 0,
      report: null,
      error: null,
      shown: null,

      reporting: null,
      async setReporting(patch) {
        const before = get().reporting;
        if (!before) return;
        set({ reporting: { ...before, ...patch } });
        const saved = await callApi(
          api,
          'courses.update',
          { courseId: get().courseId, patch: { settings: patch } },
          setError,
        );
        if (!saved) set({ reporting: before });
      },
      async init() {
        const [info, library, tree] = await Promise.all([
          callApi(api, 'app.info', {}, setError),
          callApi(api, 'library.info', {}, setError),
          callApi(api, 'courses.get', { courseId: get().courseId }, setError),
        ]);
        const libraryPath = library?.path ?? null;
        const settings = tree?.settings;
        set((s) => ({
          reporting: settings
            ? {
                scorm12Status: settings.scorm12Status,
                scorm12MasteryScore: settings.scorm12MasteryScore,
                passingScore: settings.passingScore,
              }
            : null,
          host: info?.host ?? null,
          libraryPath,
          outPath: s.pathEdited ? s.outPath : suggestOutPath(libraryPath, s.courseTitle, s.format),
        }));
      },
      setFormat(format) {
        set((s) => ({
          format,
          outPath: s.pathEdited ? s.outPath : suggestOutPath(s.libraryPath, s.courseTitle, format),
        }));
      },
      setOutPath(outPath) {
        set({ outPath, pathEdited: true });
      },
      async start() {
        const s = get();
        if (s.status === 'starting' || s.status === 'running') return;
        const outPath = s.outPath.trim();
        if (!outPath) {
          set({ error: { code: 'VALIDATION', message: 'Choose where to save the package.' } });
          return;
        }
        early.clear();
        set({
          status: 'starting',
          jobId: null,
          phase: 'prepare',
          done: 0,
          total: 0,
          report: null,
          error: null,
          shown: null,
        });
        const started = await callApi(
          api,
          'export.start',
          { courseId: s.courseId, format: s.format, outPath },
          setError,
        );
        if (!started) {
          set({ status: 'failed' });
          return;
        }
        set({ jobId: started.jobId, status: 'running' });
        const pending = early.get(started.jobId);
        early.clear();
        if (pending) apply(pending);
      },
      async cancel() {
        const { jobId, status } = get();
        if (!jobId || status !== 'running') return;
        // The job's final event (state 'cancelled') settles the status; nothing to do if it already ended.
        await callApi(api, 'export.cancel', { jobId }, setError);
      },
      async showFile() {
        const { report } = get();
        if (!report) return;
        set({ shown: null });
        const result = await callApi(api, 'app.showItemInFolder', { path: report.outPath }, setError);
        // A newer export may have replaced the report while the call was out.
        if (result && get().report === report) set({ shown: result });
      },
      reset() {
        if (!FINAL.has(get().status)) return;
        set({ status: 'idle', jobId: null, phase: '', done: 0, total: 0, report: null, error: null, shown: null });
      },
      connect: () => api.on('export.progress', onProgress),
    };
  });
}
