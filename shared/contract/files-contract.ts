import { z } from 'zod';

/**
 * How bytes leave the host when the client cannot be given a path (the browser): the client asks for a
 * download slot, has the job write to `outPath` (a path inside `<library>/tmp` the client treats as opaque),
 * then fetches `GET /api/download/<downloadId>` once; the host streams it as an attachment and removes it.
 */
export const DOWNLOAD_PATH_PREFIX = '/api/download/';

export const downloadSlotSchema = z.object({
  downloadId: z.string().regex(/^[0-9]+-download-[0-9a-f]{16}$/),
  outPath: z.string(),
  /** Same-origin URL answering the file once (browser host). */
  url: z.string(),
});
export type DownloadSlot = z.infer<typeof downloadSlotSchema>;

export const filesChannels = {
  /** A one-time place for a file the host will write (export, archive) and the client will download. */
  'files.prepareDownload': {
    input: z.object({ fileName: z.string().trim().min(1).max(200) }),
    output: downloadSlotSchema,
  },
  /**
   * Electron: the native Save dialog, opened at `suggestedPath` (or the Documents folder with `fileName`).
   * `path` is null when the author cancels. Hosts without a desktop (browser host) answer VALIDATION.
   */
  'files.chooseSavePath': {
    input: z.object({
      fileName: z.string().trim().min(1).max(200),
      suggestedPath: z.string().max(4096).optional(),
      filter: z.object({
        name: z.string().min(1).max(80),
        extensions: z
          .array(z.string().regex(/^[a-z0-9]{1,12}$/))
          .min(1)
          .max(8),
      }),
    }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;
