import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AppErrorShape, Result } from '../../../../shared';
import type { FileTransport, UploadKind } from '../../api/file-transport';

interface FileImportProps<T> {
  transport: FileTransport;
  kind: UploadKind;
  /** e.g. "Course archive (.cwcourse)"; the field's label. */
  label: string;
  /** `accept` of the file input, e.g. ".cwcourse". */
  accept: string;
  submitLabel: string;
  /** Media uploads: the course the file is imported for. */
  courseId?: string | undefined;
  /** Extra inputs sent with the upload (captions: language, label). */
  params?: Record<string, string> | undefined;
  /** Extra fields shown before the button (captions: language, label). */
  children?: ReactNode;
  /** Electron: imports from the author's own path. */
  importPath: (path: string) => Promise<Result<T>>;
  onImported: (value: T) => void;
  onError: (error: AppErrorShape) => void;
  disabled?: boolean;
}

/**
 * One way to bring a file in, whatever the host: the browser uploads the chosen file (progress, Cancel); Electron
 * takes a path on this computer. Either way the caller gets the import channel's value.
 */
export function FileImport<T>(props: FileImportProps<T>) {
  const {
    transport,
    kind,
    label,
    accept,
    submitLabel,
    importPath,
    onImported,
    onError,
    disabled,
    courseId,
    params,
    children,
  } = props;
  const fieldId = useId();
  const statusId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [path, setPath] = useState('');
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const busy = progress !== null;
  // Electron's file chooser is the native Open dialog; a typed path only where a File has no path.
  const pickFile = transport.canPickFiles;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    let result: Result<T>;
    if (transport.kind === 'browser') {
      if (!file) return;
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ loaded: 0, total: file.size });
      result = await transport.upload<T>(kind, file, {
        courseId,
        params,
        signal: abort.signal,
        onProgress: (loaded, total) => setProgress({ loaded, total }),
      });
      controller.current = null;
    } else {
      const chosen = (file ? transport.pathOf(file) : null) ?? path.trim();
      if (!chosen) return;
      setProgress({ loaded: 0, total: 0 });
      result = await importPath(chosen);
    }
    setProgress(null);
    if (!result.ok) {
      // A cancel is the author's own doing: no error for it.
      if (result.error.code !== 'CANCELLED') onError(result.error);
      return;
    }
    setFile(null);
    setPath('');
    if (fileInput.current) fileInput.current.value = '';
    onImported(result.value);
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : null;
  return (
    <form className="archive-form file-import" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        {pickFile ? (
          <input
            ref={fileInput}
            id={fieldId}
            type="file"
            accept={accept}
            disabled={busy || disabled}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        ) : (
          <input
            id={fieldId}
            type="text"
            value={path}
            placeholder={`Full path of the ${accept} file`}
            disabled={busy || disabled}
            onChange={(e) => setPath(e.target.value)}
          />
        )}
      </div>
      {children}
      {busy ? (
        <div className="file-import-progress">
          <progress max={100} value={percent ?? undefined} aria-labelledby={statusId} />
          <span id={statusId} role="status">
            {percent === null ? 'Importing…' : percent < 100 ? `Uploading: ${percent}%` : 'Importing…'}
          </span>
          {transport.kind === 'browser' ? (
            <button type="button" className="button" onClick={() => controller.current?.abort()}>
              Cancel
            </button>
          ) : null}
        </div>
      ) : (
        <button type="submit" className="button" disabled={disabled || (pickFile ? !file : !path.trim())}>
          {submitLabel}
        </button>
      )}
    </form>
  );
}
