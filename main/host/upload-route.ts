import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { err, idSchema, type MediaImportResult, type Result } from '../../shared';
import type { Router } from '../ipc/router';
import { sendJson } from './http-routes';

/** Default upload cap: big lecture recordings fit, a runaway client does not fill the disk. */
const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** Temp uploads live inside the library folder so the store's rename stays on one file system. */
export const UPLOADS_DIR = '.uploads';

interface UploadRouteOptions {
  router: Router;
  libraryDir: string;
  /** Our own page's origins; any other Origin is refused (as for `/api/invoke`). */
  ownOrigins: ReadonlySet<string>;
  maxBytes?: number;
}

/**
 * What an upload is for, and the channel that imports it from the temp file. Each importer copies or
 * extracts what it keeps, so the temp file can go as soon as the channel answers.
 */
const UPLOAD_KINDS = {
  media: 'media.import',
  archive: 'courses.importArchive',
  scorm: 'scorm.import',
  cmi5: 'cmi5.import',
  captions: 'captions.import',
} as const;
type UploadKind = keyof typeof UPLOAD_KINDS;

const isUploadKind = (k: string): k is UploadKind => Object.prototype.hasOwnProperty.call(UPLOAD_KINDS, k);

/**
 * `POST /api/upload?name=<file name>[&kind=media|archive|scorm][&courseId=<id>]`: browsers give no file paths,
 * so the body is streamed to a temp file, handed to the kind's import channel (`media.import` by default) and
 * the temp file removed. Answers that channel's Result (for media, `file` set to the given name).
 * The caller has already checked the token.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  opts: UploadRouteOptions,
): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined && !opts.ownOrigins.has(origin)) {
    req.resume();
    return sendJson(res, 403, err('FORBIDDEN', 'Cross-origin upload refused.'), { Connection: 'close' });
  }
  if (req.method !== 'POST') {
    req.resume();
    return sendJson(res, 405, err('VALIDATION', 'Use POST with the file as the body.'), { Allow: 'POST' });
  }
  const name = safeFileName(url.searchParams.get('name'));
  const rawCourse = url.searchParams.get('courseId');
  const courseId = rawCourse === null ? null : idSchema.safeParse(rawCourse);
  const kind = url.searchParams.get('kind') ?? 'media';
  if (!name || (courseId && !courseId.success) || !isUploadKind(kind)) {
    req.resume();
    const message = !name
      ? 'Give the file name as ?name=<file name>.'
      : !isUploadKind(kind)
        ? `kind must be one of ${Object.keys(UPLOAD_KINDS).join(', ')}.`
        : 'courseId is not a valid id.';
    return sendJson(res, 400, err('VALIDATION', message), { Connection: 'close' });
  }
  const limit = opts.maxBytes ?? MAX_UPLOAD_BYTES;
  const tooLarge = () =>
    sendJson(res, 413, err('VALIDATION', `${name} is too large to upload (limit ${limit} bytes).`), {
      Connection: 'close',
    });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return tooLarge();
  }

  const dir = path.join(opts.libraryDir, UPLOADS_DIR, randomBytes(12).toString('hex'));
  await fs.mkdir(dir, { recursive: true });
  let answer: unknown = null;
  let outcome: Awaited<ReturnType<typeof receive>> = 'aborted';
  try {
    const temp = path.join(dir, name);
    outcome = await receive(req, temp, limit);
    if (outcome === 'ok' && kind === 'media') {
      const input = { paths: [temp], ...(courseId?.success ? { courseId: courseId.data } : {}) };
      const result = (await opts.router.dispatch('media.import', input, { host: 'browser' })) as Result<
        MediaImportResult[]
      >;
      // Never echo the temp path: the client knows its file by name.
      answer = result.ok ? { ok: true, value: result.value.map((r) => ({ ...r, file: name })) } : result;
    } else if (outcome === 'ok') {
      const input = { path: temp, ...(kind === 'captions' ? captionParams(url) : {}) };
      answer = hideTempPath(await opts.router.dispatch(UPLOAD_KINDS[kind], input, { host: 'browser' }), temp, name);
    }
  } finally {
    // Removed before answering: the store has its own copy, and a client seeing the answer sees no temp file.
    await fs.rm(dir, { recursive: true, force: true });
  }
  if (outcome === 'too-large') return tooLarge();
  // The client went away mid-upload: nobody to answer.
  if (outcome === 'aborted') return void res.destroy();
  sendJson(res, 200, answer);
}

/** `&language=en&label=English`: the router validates them like any `captions.import` input. */
function captionParams(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['language', 'label', 'videoBlockId']) {
    const value = url.searchParams.get(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Error messages may name the file they could not read: show the client its own file name instead. */
function hideTempPath(result: Result<unknown>, temp: string, name: string): Result<unknown> {
  if (result.ok) return result;
  return { ok: false, error: { ...result.error, message: result.error.message.split(temp).join(name) } };
}

/**
 * Streams the body to `file`. Past `limit` it stops writing but keeps reading (discarding), so the client
 * still gets a 413 rather than a reset connection.
 */
function receive(req: IncomingMessage, file: string, limit: number): Promise<'ok' | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const out = createWriteStream(file, { flags: 'wx' });
    let size = 0;
    let settled = false;
    const finish = (outcome: 'ok' | 'too-large' | 'aborted') => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    out.on('error', () => {
      req.unpipe(out);
      req.resume();
      finish('aborted');
    });
    out.on('finish', () => finish('ok'));
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit && !settled) {
        req.unpipe(out);
        out.destroy();
        req.resume();
        // Answer once the body has been drained, so the client is reading when the 413 arrives.
        req.once('end', () => finish('too-large'));
      }
    });
    req.on('aborted', () => {
      out.destroy();
      finish('aborted');
    });
    req.on('error', () => {
      out.destroy();
      finish('aborted');
    });
    req.pipe(out);
  });
}

/** The last path segment of `raw`, without control or reserved characters; null when nothing usable is left. */
export function safeFileName(raw: string | null): string | null {
  if (raw === null) return null;
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return null;
  if (cleaned.length <= 200) return cleaned;
  const ext = path.extname(cleaned).slice(0, 20);
  return cleaned.slice(0, 200 - ext.length) + ext;
}
