import { z } from 'zod';
import { idSchema } from '../model/ids';
import { appErrorSchema } from '../result';
import { EXPORT_FORMATS } from '../core/export-formats';

/** Package formats the exporters write (the player's `preview` target is not an export format). */
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

const EXPORT_WARNING_CODES = [
  'SUSPEND_DATA_BUDGET', // worst-case learner state may not fit the format's suspend_data limit
  'MISSING_ALT', // image without alt text that is not marked decorative
  'MISSING_CAPTIONS', // video without a caption track
  'OVERSIZED_MEDIA', // a media file large enough to hurt LMS upload and learner bandwidth
  'MISSING_MEDIA', // a media block without a file picked yet
] as const;

const exportWarningSchema = z.object({
  code: z.enum(EXPORT_WARNING_CODES),
  message: z.string(),
  lessonId: idSchema.optional(),
  blockId: idSchema.optional(),
  assetId: idSchema.optional(),
});
export type ExportWarning = z.infer<typeof exportWarningSchema>;

const bytes = z.number().int().min(0);

/** What an export produced: sizes by category (uncompressed) and warnings for the author. */
const exportReportSchema = z.object({
  format: exportFormatSchema,
  courseId: idSchema,
  courseTitle: z.string(),
  outPath: z.string(),
  output: z.enum(['zip', 'folder']),
  fileCount: z.number().int().min(0),
  /** runtime: player JS + CSS + index.html; content: course.json/js + manifest; media: packaged assets. */
  bytes: z.object({ runtime: bytes, content: bytes, media: bytes, total: bytes }),
  /** Size on disk of the zip (or the folder's files). */
  packageBytes: bytes,
  suspendData: z.object({ worstCase: z.number().int().min(0), limit: z.number().int().positive().nullable() }),
  warnings: z.array(exportWarningSchema),
  durationMs: z.number().min(0),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

const EXPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

export const exportProgressEventSchema = z.object({
  jobId: z.string().min(1),
  phase: z.string(),
  done: z.number().min(0),
  total: z.number().min(0),
  state: z.enum(EXPORT_JOB_STATES),
  report: exportReportSchema.optional(),
  error: appErrorSchema.optional(),
});
export type ExportProgressEvent = z.infer<typeof exportProgressEventSchema>;
