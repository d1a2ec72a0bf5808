import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/ids';
import { assetSchema } from '../model/course';
import { appErrorSchema } from '../result';

/** Schemas of the media pipeline's channels and events (main/media/). */
const MEDIA_JOB_KINDS = ['video', 'poster', 'audio', 'image', 'svg'] as const;
const MEDIA_JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

const mediaJobSchema = z.object({
  id: idSchema,
  assetId: idSchema,
  kind: z.enum(MEDIA_JOB_KINDS),
  state: z.enum(MEDIA_JOB_STATES),
  progress: z.number().min(0).max(1),
  error: z.string().nullable(),
  attempts: z.number().int().min(0),
  /** remux | encode | frames | loudnorm-2pass | loudnorm-1pass | reencode | original | sanitize */
  method: z.string().nullable(),
  speed: z.number().nullable(),
  createdAt: timestampSchema,
  startedAt: timestampSchema.nullable(),
  finishedAt: timestampSchema.nullable(),
});
export type MediaJobInfo = z.infer<typeof mediaJobSchema>;

const renditionSchema = z.object({
  /** video-720p, poster, thumbnail, audio-normalized, image-web */
  purpose: z.string(),
  /** Relative to the library folder. */
  path: z.string(),
  mime: z.string(),
  size: z.number().int().min(0),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  duration: z.number().nullable(),
});

const mediaMetaSchema = z.object({
  mediaKind: z.enum(['video', 'audio', 'image', 'svg', 'captions']),
  container: z.string().nullable(),
  duration: z.number().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  rotation: z.number().int(),
  videoCodec: z.string().nullable(),
  audioCodec: z.string().nullable(),
  bitRate: z.number().int().nullable(),
  audioChannels: z.number().int().nullable(),
});

const MEDIA_STATUSES = ['processing', 'ready', 'failed'] as const;
const mediaItemSchema = assetSchema.extend({
  status: z.enum(MEDIA_STATUSES),
  courseId: idSchema.nullable(),
  meta: mediaMetaSchema.nullable(),
  renditions: z.array(renditionSchema),
  jobs: z.array(mediaJobSchema),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

const mediaImportResultSchema = z.object({
  file: z.string(),
  asset: assetSchema.nullable(),
  /** True when the same content was already in the library (stored once). */
  deduplicated: z.boolean(),
  jobs: z.array(mediaJobSchema),
  /** Set when the file was refused (bad input); other files in the same import go on. */
  error: appErrorSchema.nullable(),
});
export type MediaImportResult = z.infer<typeof mediaImportResultSchema>;

/** Where an asset is used (IN_USE error details, media list). */
export interface MediaUsePlace {
  courseId: string;
  courseTitle: string;
  lessonId: string | null;
  lessonTitle: string | null;
  blockId: string | null;
  blockType: string | null;
}

const captionIssueSchema = z.object({
  line: z.number().int().min(1),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});

export const mediaChannels = {
  'media.import': {
    input: z.object({ paths: z.array(z.string().min(1)).min(1).max(500), courseId: idSchema.optional() }),
    output: z.array(mediaImportResultSchema),
  },
  'media.list': { input: z.object({ courseId: idSchema.optional() }), output: z.array(mediaItemSchema) },
  'media.cancel': { input: z.object({ jobId: idSchema }), output: mediaJobSchema },
  'media.retry': { input: z.object({ jobId: idSchema }), output: mediaJobSchema },
  'media.delete': { input: z.object({ assetId: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  'media.cleanup': {
    input: z.object({}).strict(),
    output: z.object({ deletedAssetIds: z.array(idSchema), freedBytes: z.number().int().min(0) }),
  },
  'captions.import': {
    input: z.object({
      path: z.string().min(1),
      videoBlockId: idSchema.optional(),
      language: z.string().min(2).max(35),
      label: z.string().min(1).max(100),
    }),
    output: z.object({ asset: assetSchema, cueCount: z.number().int(), issues: z.array(captionIssueSchema) }),
  },
  'captions.validate': {
    input: z.object({ text: z.string().max(5_000_000) }),
    output: z.object({
      valid: z.boolean(),
      format: z.enum(['vtt', 'srt']),
      cueCount: z.number().int(),
      issues: z.array(captionIssueSchema),
      /** The text as WebVTT (empty when invalid). */
      vtt: z.string(),
    }),
  },
  /** Edited cues as a new captions asset; video blocks that used `assetId` are re-pointed to it. */
  'captions.save': {
    input: z.object({ assetId: idSchema, vtt: z.string().max(5_000_000) }),
    output: z.object({ asset: assetSchema, repointedBlockIds: z.array(idSchema) }),
  },
} as const;

export const mediaEvents = {
  /** Throttled to a few per second per job; the final state is always sent. */
  'media.progress': z.object({
    jobId: idSchema,
    assetId: idSchema,
    state: z.enum(MEDIA_JOB_STATES),
    fraction: z.number().min(0).max(1),
    /** Estimated seconds left while running (null while unknown; 0 once done). Shown as "42 % · 1 min left". */
    etaSeconds: z.number().min(0).nullable().optional(),
    message: z.string().optional(),
  }),
} as const;
