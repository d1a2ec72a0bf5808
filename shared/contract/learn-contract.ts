import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/ids';

/** Schemas of offline learner mode (main/learner/) and SCORM package import (main/scorm-import/). */
const SCORM_VERSIONS = ['scorm12', 'scorm2004-3rd', 'scorm2004-4th'] as const;
const scormVersionSchema = z.enum(SCORM_VERSIONS);

const PLAYABLE_KINDS = ['course', 'package'] as const;
const playableKindSchema = z.enum(PLAYABLE_KINDS);
export type PlayableKind = z.infer<typeof playableKindSchema>;

/** One status for both SCORM versions: 1.2 lesson_status, or 2004 success_status over completion_status. */
const ATTEMPT_STATUSES = ['not attempted', 'incomplete', 'completed', 'passed', 'failed', 'browsed'] as const;
const attemptStatusSchema = z.enum(ATTEMPT_STATUSES);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

const learnerSchema = z.object({ id: idSchema, name: z.string(), createdAt: timestampSchema });
export type Learner = z.infer<typeof learnerSchema>;
const learnerNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

const packageSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  version: scormVersionSchema,
  scoCount: z.number().int().min(0),
  sourceName: z.string(),
  size: z.number().int().min(0),
  fileCount: z.number().int().min(0),
  importedAt: timestampSchema,
});
export type PackageSummaryInfo = z.infer<typeof packageSummarySchema>;

const playableItemSchema = z.object({
  kind: playableKindSchema,
  id: idSchema,
  title: z.string(),
  format: scormVersionSchema,
  /** The learner's latest attempt, or null when never started. */
  attemptId: idSchema.nullable(),
  attemptNumber: z.number().int().min(0),
  status: attemptStatusSchema,
  /** −1…1 (SCORM scaled), null when the content reported no score. */
  scoreScaled: z.number().nullable(),
  totalTimeMs: z.number().int().min(0),
  lastOpenedAt: timestampSchema.nullable(),
});
export type PlayableItem = z.infer<typeof playableItemSchema>;

const launchScoSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Package-relative URL (path + parameters). */
  launchUrl: z.string(),
  depth: z.number().int().min(0),
  scormType: z.enum(['sco', 'asset']),
});

const attemptLaunchSchema = z.object({
  attemptId: idSchema,
  learnerId: idSchema,
  kind: playableKindSchema,
  itemId: idSchema,
  title: z.string(),
  format: scormVersionSchema,
  number: z.number().int().min(1),
  /** review: the data is shown but never saved (cmi.mode=review, credit=no-credit). */
  mode: z.enum(['normal', 'review']),
  scos: z.array(launchScoSchema),
});
export type AttemptLaunch = z.infer<typeof attemptLaunchSchema>;

/** A CMI data model tree as scorm-again renders it (`renderCommitCMI(...).cmi`); bounded in size. */
export const cmiTreeSchema = z
  .record(z.string(), z.unknown())
  .refine((t) => JSON.stringify(t).length <= 4_000_000, 'CMI data larger than 4 MB');
export type CmiTree = z.infer<typeof cmiTreeSchema>;

export const cmiLaunchSchema = z.object({
  entry: z.enum(['ab-initio', 'resume', '']),
  mode: z.enum(['normal', 'review']),
  /** Ready for scorm-again's `loadFromJSON(tree, 'cmi')` before Initialize. */
  cmi: z.record(z.string(), z.unknown()),
});
export type CmiLaunch = z.infer<typeof cmiLaunchSchema>;

const cmiSavedSchema = z.object({
  saved: z.boolean(),
  status: attemptStatusSchema,
  scoreScaled: z.number().nullable(),
  totalTimeMs: z.number().int().min(0),
});
export type CmiSaved = z.infer<typeof cmiSavedSchema>;

const RECORD_FORMATS = ['csv', 'xapi'] as const;

const attemptRecordRowSchema = z.object({
  attemptId: idSchema,
  learnerId: idSchema,
  learnerName: z.string(),
  kind: playableKindSchema,
  itemId: idSchema,
  itemTitle: z.string(),
  number: z.number().int(),
  status: attemptStatusSchema,
  scoreScaled: z.number().nullable(),
  totalTimeMs: z.number().int().min(0),
  lastOpenedAt: timestampSchema,
  interactionCount: z.number().int().min(0),
});
export type AttemptRecordRow = z.infer<typeof attemptRecordRowSchema>;
const recordsExportSchema = z.object({
  format: z.enum(RECORD_FORMATS),
  fileName: z.string(),
  mime: z.string(),
  content: z.string(),
});

const itemRef = { kind: playableKindSchema, itemId: idSchema };

export const learnChannels = {
  /** Everything a learner can play (library courses + imported packages) with their progress. */
  'learn.list': { input: z.object({ learnerId: idSchema }), output: z.array(playableItemSchema) },
  'learners.list': { input: z.object({}), output: z.array(learnerSchema) },
  'learners.create': { input: z.object({ name: learnerNameSchema }), output: learnerSchema },
  'scorm.import': { input: z.object({ path: z.string().min(1) }), output: packageSummarySchema },
  'scorm.list': { input: z.object({}), output: z.array(packageSummarySchema) },
  /** Deletes a learner with their attempts and records (the app offers the records as a download first). */
  'learners.delete': { input: z.object({ learnerId: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  /** Deletes an imported package, its files and every learner's attempts on it. */
  'scorm.delete': { input: z.object({ packageId: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  /** start: resume the latest attempt or begin the first; review: read-only view of the latest. */
  'attempts.start': {
    input: z.object({ learnerId: idSchema, ...itemRef, mode: z.enum(['start', 'review']).default('start') }),
    output: attemptLaunchSchema,
  },
  /** Begins a new attempt (earlier ones stay in the records). */
  'attempts.reset': { input: z.object({ learnerId: idSchema, ...itemRef }), output: attemptLaunchSchema },
  'cmi.load': {
    input: z.object({ attemptId: idSchema, scoId: z.string().min(1), review: z.boolean().optional() }),
    output: cmiLaunchSchema,
  },
  'cmi.save': {
    input: z.object({ attemptId: idSchema, scoId: z.string().min(1), cmi: cmiTreeSchema }),
    output: cmiSavedSchema,
  },
  'records.export': {
    input: z.object({ format: z.enum(RECORD_FORMATS), learnerId: idSchema.optional(), itemId: idSchema.optional() }),
    output: recordsExportSchema,
  },
  /** Attempts for the in-app records view, newest first (optionally of one course or package). */
  'records.list': {
    input: z.object({ itemId: idSchema.optional() }),
    output: z.array(attemptRecordRowSchema),
  },
} as const;
