import { z } from 'zod';

/**
 * Stable error codes. Renderer, CLI and tests branch on these, never on messages,
 * so a code is never renamed once released (add new ones instead).
 */
export const ERROR_CODES = [
  'VALIDATION', // input failed the contract's schema
  'UNKNOWN_CHANNEL', // no such channel in the contract
  'NOT_FOUND', // the id names nothing in the library
  'CONFLICT', // the request contradicts current state (e.g. reorder list does not match children)
  'IN_USE', // refusing to delete something that is still referenced
  'UNAUTHORIZED', // browser host: missing or wrong token
  'FORBIDDEN', // IPC sender not trusted
  'LIBRARY_TOO_NEW', // database written by a newer Coursewright
  'LIBRARY_CORRUPT', // database failed to open or integrity check
  'IO', // file system failure
  'DISK_FULL', // no space left (ENOSPC, SQLITE_FULL): free space and retry
  'MEDIA', // media import / transcoding failure
  'FFMPEG_MISSING', // no ffmpeg binary could be resolved
  'EXPORT', // export failure
  'IMPORT', // package or archive import refused
  'CANCELLED', // the user cancelled a long operation
  'INTERNAL', // a bug: anything not mapped above
] as const;

const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** Human-readable, safe to show to the user as is. */
  message: z.string(),
  /** Structured extras, e.g. zod issues or the places a media asset is used. */
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** Error thrown inside services; the router turns it into `{ ok: false, error }` without losing the code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

type Ok<T> = { readonly ok: true; readonly value: T };
type Err<E = AppErrorShape> = { readonly ok: false; readonly error: E };
export type Result<T, E = AppErrorShape> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, details?: unknown): Err => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

/** Node's and SQLite's codes for "no space left" (EDQUOT: the user's quota is used up). */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/**
 * The AppError for failures that say something about the machine rather than the request: a full disk
 * (DISK_FULL) or a damaged library file (LIBRARY_CORRUPT), from the `code` Node and better-sqlite3 put on their
 * errors. Null for anything else. Every place that wraps low-level errors asks this first, so a full disk is
 * never reported as "Cannot read …" or INTERNAL. `doing` says what failed ("Writing /out/course.zip").
 */
export function systemAppError(e: unknown, doing?: string): AppError | null {
  if (e instanceof AppError) return e.code === 'DISK_FULL' || e.code === 'LIBRARY_CORRUPT' ? e : null;
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const detail = e instanceof Error ? e.message : code;
  const what = doing ? `${doing} failed: ` : '';
  if (DISK_FULL_CODES.has(code)) {
    return new AppError(
      'DISK_FULL',
      `${what}the disk is full (${detail}). Free some space on the disk that holds the library or the ` +
        `output folder (or choose a folder on another disk), then try again.`,
      { cause: code },
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('LIBRARY_CORRUPT', `${what}${LIBRARY_CORRUPT_ADVICE} (${detail})`, { cause: code });
  }
  return null;
}

/** What to do about a damaged library; shown with every LIBRARY_CORRUPT. */
export const LIBRARY_CORRUPT_ADVICE =
  'The library database is damaged. Stop editing, close Coursewright and keep a copy of the library folder; ' +
  'then run `coursewright library check` for details, and `coursewright library restore-backup` (or Settings → ' +
  'Library → Restore backup in the app) to go back to the copy taken before the last upgrade, if there is one.';

/** Normalises anything thrown into an AppErrorShape; unknown errors become INTERNAL. */
export function toAppError(e: unknown): AppErrorShape {
  if (e instanceof AppError) return e.toJSON();
  const system = systemAppError(e);
  if (system) return system.toJSON();
  if (e instanceof z.ZodError) {
    return { code: 'VALIDATION', message: formatZodError(e), details: e.issues };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}

export function formatZodError(e: z.ZodError): string {
  const first = e.issues.slice(0, 3).map((i) => {
    const at = i.path.length ? i.path.join('.') : 'input';
    return `${at}: ${i.message}`;
  });
  const more = e.issues.length > 3 ? ` (+${e.issues.length - 3} more)` : '';
  return `Invalid input — ${first.join('; ')}${more}`;
}
