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
import { fileTransportFor, type FileTransport, type SaveTarget } from '../api/file-transport';
import { slugify, suggestOutPath } from './export-formats';

type ExportStatus = 'idle' | 'starting' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportState {
  courseId: string;
  courseTitle: string;
  format: ExportFormat;
  /** Electron: where the Save dialog opens (the last place saved to, else next to the library). */
  outPath: string;
  /** False until the author saved somewhere: until then the suggestion follows the format. */
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
  /** How the package reaches the author: a browser download, or a path on this computer (Electron). */
  transport: FileTransport['kind'];
  /** Browser: the downloaded file's name once the package was handed to the browser. */
  downloaded: string | null;
  /** Outcome of the last "Show file" (null: not asked since the export finished). */
  shown: { shown: boolean; reason?: string | undefined } | null;
  /** The course's LMS reporting settings (null until loaded). */
  reporting: { scorm12Status: Scorm12StatusMapping; scorm12MasteryScore: boolean; passingScore: number } | null;
  /** Stores a reporting setting in the course (it applies to every later export). */
  setReporting(patch: { scorm12Status?: Scorm12StatusMapping; scorm12MasteryScore?: boolean }): Promise<void>;
  /** Loads where exports go (host kind, library folder) for the default path, and the reporting settings. */
  init(): Promise<void>;
  setFormat(format: ExportFormat): void;
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
  transport: FileTransport = fileTransportFor(api),
): StoreApi<ExportState> {
  return createStore<ExportState>()((set, get) => {
    const setError = (error: AppErrorShape) => set({ error });
    /** Where the running job writes, and how the result then reaches the author. */
    let target: SaveTarget | null = null;

    const apply = (event: ExportProgressEvent) => {
      const s = get();
      if (event.jobId !== s.jobId || FINAL.has(s.status)) return;
      if (event.state === 'done' && target) {
        target.deliver();
        if (transport.kind === 'browser') set({ downloaded: target.fileName });
        target = null;
      }
      set({
        phase: event.phase,
        done: event.done,
        total: event.total,
        status: event.state,
        report: event.report ?? null,
        error: event.error ?? null,
      });
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
      transport: transport.kind,
      downloaded: null,

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
          // Only the settings are needed: the outline, not the whole tree.
          callApi(api, 'courses.outline', { courseId: get().courseId }, setError),
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
      async start() {
        const s = get();
        if (s.status === 'starting' || s.status === 'running') return;
        // The job id is ours: events that arrive before `export.start` answers already match it.
        const jobId = crypto.randomUUID();
        set({
          status: 'starting',
          jobId,
          phase: 'prepare',
          done: 0,
          total: 0,
          report: null,
          error: null,
          shown: null,
          downloaded: null,
        });
        // Electron: the native Save dialog, opened at the suggested path; the browser: a download slot.
        const chosen = await transport.saveTarget(`${slugify(s.courseTitle)}-${s.format}.zip`, s.outPath);
        if (!chosen.ok) {
          // Closing the Save dialog is a choice: back to the form, no error.
          if (chosen.error.code === 'CANCELLED') set({ status: 'idle', jobId: null, phase: '' });
          else set({ status: 'failed', error: chosen.error });
          return;
        }
        target = chosen.value;
        // The next export opens the Save dialog where the author saved this one.
        if (transport.kind === 'electron') set({ outPath: chosen.value.outPath, pathEdited: true });
        const started = await callApi(
          api,
          'export.start',
          { courseId: s.courseId, format: s.format, outPath: chosen.value.outPath, jobId },
          setError,
        );
        if (!started) {
          set({ status: 'failed' });
          return;
        }
        // The final event may already have settled the job while the call was out.
        if (get().status === 'starting') set({ status: 'running' });
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
        target = null;
        set({
          status: 'idle',
          jobId: null,
          phase: '',
          done: 0,
          total: 0,
          report: null,
          error: null,
          shown: null,
          downloaded: null,
        });
      },
      connect: () => api.on('export.progress', apply),
    };
  });
}
