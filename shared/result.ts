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
  'MEDIA', // media import / transcoding failure
  'FFMPEG_MISSING', // no ffmpeg binary could be resolved
  'EXPORT', // export failure
  'IMPORT', // package or archive import refused
  'CANCELLED', // the user cancelled a long operation
  'INTERNAL', // a bug: anything not mapped above
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
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

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E = AppErrorShape> = { readonly ok: false; readonly error: E };
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

/** Normalises anything thrown into an AppErrorShape; unknown errors become INTERNAL. */
export function toAppError(e: unknown): AppErrorShape {
  if (e instanceof AppError) return e.toJSON();
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
