import { UPLOAD_PATH, type MediaImportResult, type Result } from '../../../shared';
import { authorizationHeader } from '../api/host-session';

/** Uploads one file to the browser host; `onProgress(loaded, total)` follows the request body. */
export type Uploader = (
  file: File,
  opts: { courseId?: string | undefined; onProgress: (loaded: number, total: number) => void },
) => Promise<Result<MediaImportResult[]>>;

/**
 * `POST /api/upload` with XMLHttpRequest (fetch has no upload progress), the token in the Authorization header
 * (there is no cookie); the host answers the `media.import` Result.
 */
export const xhrUploader: Uploader = (file, { courseId, onProgress }) =>
  new Promise((resolve) => {
    const query = new URLSearchParams({ name: file.name, ...(courseId ? { courseId } : {}) });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_PATH}?${query.toString()}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const authorization = authorizationHeader();
    if (authorization) xhr.setRequestHeader('Authorization', authorization);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    const fail = (message: string): void => resolve({ ok: false, error: { code: 'MEDIA', message } });
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<MediaImportResult[]>);
      } catch {
        fail(`Uploading ${file.name} failed (HTTP ${xhr.status}).`);
      }
    };
    xhr.onerror = () => fail(`Uploading ${file.name} failed: the connection was lost.`);
    xhr.onabort = () => fail(`Uploading ${file.name} was cancelled.`);
    xhr.send(file);
  });
