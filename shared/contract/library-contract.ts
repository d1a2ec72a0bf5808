import { z } from 'zod';

/** Schemas of the library health channels (main/library/health-handlers.ts): checks, backups, open notices. */
const libraryBackupSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  bytes: z.number().int().min(0),
});

const libraryCheckSchema = z.object({
  ok: z.boolean(),
  check: z.enum(['quick', 'full']),
  /** What SQLite reported (at most 20 lines); empty when ok. */
  problems: z.array(z.string()),
  /** Pre-upgrade backups, newest first: what `library.restoreBackup` can go back to. */
  backups: z.array(libraryBackupSchema),
  /** The backup a restore is scheduled from (at the next start), if any. */
  restorePending: z.string().nullable(),
  durationMs: z.number().int().min(0),
});
export type LibraryCheck = z.infer<typeof libraryCheckSchema>;

export const libraryChannels = {
  /** Checks the library database: `integrity_check` (full, default) or the faster `quick_check`. */
  'library.check': {
    input: z.object({ full: z.boolean().default(true) }),
    output: libraryCheckSchema,
  },
  /**
   * Schedules replacing the library with a backup (the newest unless `backupPath` names one) at the next start:
   * the running app cannot swap its own open database. The replaced database is kept, never deleted.
   */
  'library.restoreBackup': {
    input: z.object({ backupPath: z.string().min(1).max(4096).optional() }),
    output: z.object({ scheduled: z.literal(true), backupPath: z.string(), message: z.string() }),
  },
  /** What opening the library did that the user should hear once (an upgrade and its backup, a restore). */
  'library.openNotice': {
    input: z.object({}).strict(),
    output: z.object({ notice: z.string().nullable() }),
  },
} as const;
