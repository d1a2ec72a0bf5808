import { authorizationHeader } from './host-session';
import { UPLOAD_PATH, type AppErrorShape, type CoursewrightApi, type Result } from '../../../shared';
import { isBrowserApi } from './browser-api';

/** Where the host should write a file the author asked for, and how it then reaches them. */
export interface SaveTarget {
  /** Path for the job (`export.start`, `courses.exportArchive`): opaque to the browser, the author's own in Electron. */
  readonly outPath: string;
  /** The file the author gets: the download's name in the browser, the path in Electron. */
  readonly fileName: string;
  /** Called once the host has written `outPath`: the browser downloads it; Electron has nothing to do. */
  deliver(): void;
}

/** What uploads feed: the host's import channel for each kind (see main/host/upload-route.ts). */
export type UploadKind = 'media' | 'archive' | 'scorm' | 'cmi5' | 'captions';

interface UploadOptions {
  courseId?: string | undefined;
  /** Extra inputs of the import channel (captions: language, label). */
  params?: Record<string, string> | undefined;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal | undefined;
}

/**
 * How bytes move between the author's computer and the host, so screens and services never care: the browser
 * host downloads and uploads over HTTP; Electron works on the author's own paths (and can show a file).
 */
export interface FileTransport {
  readonly kind: 'browser' | 'electron';
  /** Only a desktop can reveal a file in its file manager. */
  readonly canShowFile: boolean;
  /**
   * Browser: a one-time download slot for `fileName`. Electron: the native Save dialog, opened at
   * `suggestedPath` when given; cancelling it answers CANCELLED.
   */
  saveTarget(fileName: string, suggestedPath?: string): Promise<Result<SaveTarget>>;
  /** True when a file chooser works (browser: upload; Electron: the File's own path); else a typed path. */
  readonly canPickFiles: boolean;
  /** Electron: where a chosen File lives on this computer (null in the browser, or for a File built in JS). */
  pathOf(file: File): string | null;
  /** Browser only: sends `file` to the host's importer for `kind`; answers the import channel's Result. */
  upload<T>(kind: UploadKind, file: File, opts?: UploadOptions): Promise<Result<T>>;
}

const fail = (error: AppErrorShape): { ok: false; error: AppErrorShape } => ({ ok: false, error });

function createBrowserTransport(api: CoursewrightApi, doc: Document = document): FileTransport {
  return {
    kind: 'browser',
    canShowFile: false,
    canPickFiles: true,
    async saveTarget(fileName) {
      const slot = await api.invoke('files.prepareDownload', { fileName });
      if (!slot.ok) return slot;
      const name = slot.value.outPath.split(/[\\/]/).pop() ?? fileName;
      return {
        ok: true,
        value: {
          outPath: slot.value.outPath,
          fileName: name,
          deliver() {
            // A plain same-origin link: its one-time download id authorises it, Content-Disposition names the file.
            const a = doc.createElement('a');
            a.href = slot.value.url;
            a.download = name;
            a.hidden = true;
            doc.body.append(a);
            a.click();
            a.remove();
          },
        },
      };
    },
    pathOf: () => null,
    upload: (kind, file, opts) => xhrUpload(kind, file, opts ?? {}),
  };
}

/** What the Save dialog offers for a file name's extension (the filter shown next to the name). */
const SAVE_FILTERS: Record<string, string> = {
  zip: 'Course package',
  cwcourse: 'Coursewright course archive',
  csv: 'CSV table',
  json: 'JSON records',
};

export function createElectronTransport(api: Pick<CoursewrightApi, 'pathForFile' | 'invoke'>): FileTransport {
  return {
    kind: 'electron',
    canShowFile: true,
    canPickFiles: typeof api.pathForFile === 'function',
    pathOf: (file) => api.pathForFile?.(file) ?? null,
    async saveTarget(fileName, suggestedPath) {
      const extension = /\.([a-z0-9]{1,12})$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'zip';
      const filter = { name: SAVE_FILTERS[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] };
      const suggested = suggestedPath?.trim();
      const chosen = await api.invoke('files.chooseSavePath', {
        fileName,
        filter,
        ...(suggested ? { suggestedPath: suggested } : {}),
      });
      if (!chosen.ok) return chosen;
      const outPath = chosen.value.path;
      if (outPath === null) return fail({ code: 'CANCELLED', message: 'Saving was cancelled.' });
      return { ok: true, value: { outPath, fileName: outPath, deliver() {} } };
    },
    upload: () =>
      Promise.resolve(fail({ code: 'VALIDATION', message: 'The desktop app opens files from their path.' })),
  };
}

export function fileTransportFor(api: CoursewrightApi): FileTransport {
  return isBrowserApi(api) ? createBrowserTransport(api) : createElectronTransport(api);
}

/** `POST /api/upload` with XMLHttpRequest (fetch has no upload progress); abort through `signal`. */
function xhrUpload<T>(kind: UploadKind, file: File, opts: UploadOptions): Promise<Result<T>> {
  return new Promise((resolve) => {
    const query = new URLSearchParams({
      ...opts.params,
      name: file.name,
      kind,
      ...(opts.courseId ? { courseId: opts.courseId } : {}),
    });
    const xhr = new XMLHttpRequest();
    const done = (r: Result<T>) => {
      opts.signal?.removeEventListener('abort', abort);
      resolve(r);
    };
    const abort = () => xhr.abort();
    if (opts.signal?.aborted)
      return done(fail({ code: 'CANCELLED', message: `Uploading ${file.name} was cancelled.` }));
    opts.signal?.addEventListener('abort', abort);
    xhr.open('POST', `${UPLOAD_PATH}?${query.toString()}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    // The host session has no cookie: the token goes in the Authorization header (see host-session.ts).
    const authorization = authorizationHeader();
    if (authorization) xhr.setRequestHeader('Authorization', authorization);
    xhr.upload.onprogress = (e) => opts.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      try {
        done(JSON.parse(xhr.responseText) as Result<T>);
      } catch {
        done(fail({ code: 'IO', message: `Uploading ${file.name} failed (HTTP ${xhr.status}).` }));
      }
    };
    xhr.onerror = () => done(fail({ code: 'IO', message: `Uploading ${file.name} failed: the connection was lost.` }));
    xhr.onabort = () => done(fail({ code: 'CANCELLED', message: `Uploading ${file.name} was cancelled.` }));
    xhr.send(file);
  });
}
