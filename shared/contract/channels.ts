import { z } from 'zod';
import { idSchema, languageSchema, titleSchema } from '../model/ids';
import {
  assetSchema,
  courseSchema,
  courseSettingsPatchSchema,
  courseSummarySchema,
  LESSON_KINDS,
  lessonSchema,
  quizSettingsSchema,
  lessonHeaderSchema,
  moduleSchema,
} from '../model/course';
import { blockSchema, newBlockSchema } from '../model/blocks';
import { courseTreeSchema } from '../model/course-tree';
import { exportFormatSchema } from './export-contract';
import { banksChannels } from './banks-contract';
import { mediaChannels } from './media-contract';
import { authoringChannels } from './authoring-contract';
import { libraryChannels } from './library-contract';
import { learnChannels } from './learn-contract';
import { desktopChannels } from './desktop-contract';
import { filesChannels } from './files-contract';
import { captionsChannels } from './captions-contract';
import { recordsChannels } from './records-contract';
import { cmi5Channels } from './cmi5-contract';
import { outlineChannels } from './outline-contract';

/**
 * The IPC contract: every call the renderer can make, named `domain.verb`, with one object
 * argument. Electron's IPC router and the browser host both validate input against these
 * schemas, and the handler map in main/ is typed from this object, so a channel without a
 * handler does not compile.
 */
const empty = z.object({}).strict();
const position = z.number().int().min(0).optional();
const deleted = z.object({ deleted: z.literal(true) });
const orderedIds = z.array(idSchema).max(10000);

const libraryInfoSchema = z.object({
  path: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  counts: z.object({
    courses: z.number().int(),
    modules: z.number().int(),
    lessons: z.number().int(),
    blocks: z.number().int(),
    assets: z.number().int(),
  }),
});
export type LibraryInfo = z.infer<typeof libraryInfoSchema>;

const searchHitSchema = z.object({
  kind: z.enum(['course', 'lesson', 'block']),
  courseId: idSchema,
  courseTitle: z.string(),
  lessonId: idSchema.nullable(),
  blockId: idSchema.nullable(),
  title: z.string(),
  /** Plain text with the match wrapped in «» (the UI decides how to highlight). */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const channels = {
  'app.info': {
    input: empty,
    output: z.object({
      appVersion: z.string(),
      host: z.enum(['electron', 'browser']),
      platform: z.string(),
      /** Where third-party content (packages, previews, the LMS pages) is served: another origin, no API access. */
      contentBase: z.string().optional(),
    }),
  },
  /**
   * Reveals a file (e.g. a finished export) in the system file manager. `path` must be absolute and exist;
   * `shown: false` with a reason when the host cannot show it (no desktop session, CI, headless server).
   */
  'app.showItemInFolder': {
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: z.object({ shown: z.boolean(), reason: z.string().optional() }),
  },
  'library.info': { input: empty, output: libraryInfoSchema },
  /** Library health (main/library/): integrity check, restore from a backup, what the last open did. */
  ...libraryChannels,
  'library.search': {
    input: z.object({ query: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(200).optional() }),
    output: z.array(searchHitSchema),
  },

  'courses.list': { input: empty, output: z.array(courseSummarySchema) },
  'courses.get': { input: z.object({ courseId: idSchema }), output: courseTreeSchema },
  'courses.create': {
    input: z.object({
      title: titleSchema,
      description: z.string().max(5000).optional(),
      language: languageSchema.optional(),
    }),
    output: courseSchema,
  },
  'courses.update': {
    input: z.object({
      courseId: idSchema,
      patch: z
        .object({
          title: titleSchema,
          description: z.string().max(5000),
          language: languageSchema,
          settings: courseSettingsPatchSchema,
        })
        .partial(),
    }),
    output: courseSchema,
  },
  'courses.duplicate': {
    input: z.object({ courseId: idSchema, title: titleSchema.optional() }),
    output: courseSchema,
  },
  /** Moves the course to the trash (`courses.restore` brings it back, `courses.purge` erases it). */
  'courses.delete': { input: z.object({ courseId: idSchema }), output: deleted },

  'modules.create': {
    /** `id`: optional client-generated id (undo/redo keeps ids stable); CONFLICT when taken. Same for lessons, blocks. */
    input: z.object({ courseId: idSchema, title: titleSchema, position, id: idSchema.optional() }),
    output: moduleSchema,
  },
  'modules.rename': { input: z.object({ moduleId: idSchema, title: titleSchema }), output: moduleSchema },
  /** `moduleIds` must be exactly the course's modules, in the new order. */
  'modules.reorder': { input: z.object({ courseId: idSchema, moduleIds: orderedIds }), output: z.array(moduleSchema) },
  'modules.delete': { input: z.object({ moduleId: idSchema }), output: deleted },

  'lessons.create': {
    input: z.object({
      moduleId: idSchema,
      title: titleSchema,
      kind: z.enum(LESSON_KINDS).optional(),
      position,
      id: idSchema.optional(),
    }),
    output: lessonSchema,
  },
  'lessons.update': {
    input: z.object({
      lessonId: idSchema,
      patch: z
        .object({
          title: titleSchema,
          kind: z.enum(LESSON_KINDS),
          quiz: quizSettingsSchema,
          /** null removes the header. */
          header: lessonHeaderSchema.nullable(),
        })
        .partial(),
    }),
    output: lessonSchema,
  },
  'lessons.reorder': { input: z.object({ moduleId: idSchema, lessonIds: orderedIds }), output: z.array(lessonSchema) },
  /** Moves a lesson to another module (or within its own) at `position` (end when omitted). */
  'lessons.move': {
    input: z.object({ lessonId: idSchema, toModuleId: idSchema, position }),
    output: lessonSchema,
  },
  'lessons.delete': { input: z.object({ lessonId: idSchema }), output: deleted },

  'blocks.create': {
    input: z.object({ lessonId: idSchema, block: newBlockSchema, position, id: idSchema.optional() }),
    output: blockSchema,
  },
  /** Replaces the block's content; `block.id` must equal `blockId` and its type cannot change. */
  'blocks.update': { input: z.object({ blockId: idSchema, block: blockSchema }), output: blockSchema },
  'blocks.reorder': { input: z.object({ lessonId: idSchema, blockIds: orderedIds }), output: z.array(blockSchema) },
  'blocks.move': {
    input: z.object({ blockId: idSchema, toLessonId: idSchema, position }),
    output: blockSchema,
  },
  'blocks.delete': { input: z.object({ blockId: idSchema }), output: deleted },

  'assets.list': { input: z.object({}).strict(), output: z.array(assetSchema) },

  /** Starts an export in the background; progress, the report or the error arrive as `export.progress` events. */
  'export.start': {
    input: z.object({
      courseId: idSchema,
      format: exportFormatSchema,
      outPath: z.string().min(1).max(4096),
      /** Made by the client so it can match progress events before this call answers (CONFLICT if running). */
      jobId: idSchema.optional(),
    }),
    output: z.object({ jobId: z.string() }),
  },
  'export.cancel': { input: z.object({ jobId: z.string().min(1) }), output: z.object({ cancelled: z.boolean() }) },
  /** Exports to a temporary folder and returns a URL (same origin) of the stand-in LMS page launching it. */
  'export.preview': {
    input: z.object({ courseId: idSchema, format: exportFormatSchema }),
    output: z.object({ previewId: z.string(), launchUrl: z.string() }),
  },

  /** Media pipeline (main/media/): import, transcoding jobs, housekeeping and captions. */
  ...mediaChannels,

  /** Authoring services (main/authoring/): trash, `.cwcourse` archives, design guidance. */
  ...authoringChannels,

  /** Offline learner mode and SCORM package import (main/learner/, main/scorm-import/). */
  ...learnChannels,

  /** Desktop integration (main/desktop/): recent courses. */
  ...desktopChannels,

  /** Download slots for hosts that move bytes over HTTP (the browser host). */
  ...filesChannels,

  /** Caption tracks by video asset (CLI `media captions`). */
  ...captionsChannels,
  /** Imported cmi5 packages played with the app as their LMS (main/lrs/). */
  ...cmi5Channels,
  /** Learner records that reach an LRS (main/records-sync/). */
  ...recordsChannels,
  /** Question banks (main/banks/). */
  ...banksChannels,
  /** The editor's piece-by-piece reads: outline, one lesson, blocks by kind or id. */
  ...outlineChannels,
} as const;

type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What handlers receive: the input after parsing (defaults applied, strings trimmed). */
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}
