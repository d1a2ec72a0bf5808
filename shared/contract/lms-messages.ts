import { z } from 'zod';
import { cmiLaunchSchema, cmiTreeSchema } from './learn-contract';

/**
 * postMessage protocol between the app window (learner mode) and the LMS host page, which runs scorm-again on
 * the content origin next to the SCO. The LMS page never sees the API: it asks, the app decides. Both sides check
 * the sender's origin and window and parse every message with these schemas; the app supplies the attempt and SCO
 * ids itself, so the content can only save the CMI data of the attempt being played.
 */
export const LMS_READY = 'coursewright:lms-ready';
export const LMS_LAUNCH = 'coursewright:lms-launch';
export const LMS_SAVE = 'coursewright:lms-save';

const LMS_HOST_FORMATS = ['scorm12', 'scorm2004-3rd', 'scorm2004-4th'] as const;

/** LMS page → app: the page is listening and wants its launch data. */
export const lmsReadySchema = z.object({ type: z.literal(LMS_READY) }).strict();

/** App → LMS page: the stored data to load before the SCO starts. */
export const lmsLaunchSchema = z
  .object({ type: z.literal(LMS_LAUNCH), format: z.enum(LMS_HOST_FORMATS), launch: cmiLaunchSchema })
  .strict();
export type LmsLaunchMessage = z.infer<typeof lmsLaunchSchema>;

/**
 * LMS page → app: the CMI tree after a Commit or Terminate (`commit`/`terminate`: store it now), or the latest
 * values without a commit (`snapshot`: stored only if the learner leaves the SCO without committing).
 */
export const lmsSaveSchema = z
  .object({ type: z.literal(LMS_SAVE), kind: z.enum(['commit', 'terminate', 'snapshot']), cmi: cmiTreeSchema })
  .strict();
export type LmsSaveMessage = z.infer<typeof lmsSaveSchema>;
