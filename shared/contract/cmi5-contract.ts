import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/ids';

/** Learner mode for imported cmi5 packages, with the app as their cmi5 LMS (main/lrs/). */
const cmi5PackageInfoSchema = z.object({
  id: idSchema,
  title: z.string(),
  auCount: z.number().int().min(0),
  importedAt: timestampSchema,
});
export type Cmi5PackageInfo = z.infer<typeof cmi5PackageInfoSchema>;

export const cmi5Channels = {
  'cmi5.list': { input: z.object({}).strict(), output: z.array(cmi5PackageInfoSchema) },
  /** Imports a cmi5 zip (cmi5.xml at the root) with the same safe extraction as SCORM packages. */
  'cmi5.import': { input: z.object({ path: z.string().min(1).max(4096) }), output: cmi5PackageInfoSchema },
  /** A launch of the package's first AU for this learner (§8.1); a relaunch resumes the registration unless `fresh`. */
  'cmi5.launch': {
    input: z.object({
      learnerId: idSchema,
      packageId: idSchema,
      mode: z.enum(['Normal', 'Browse', 'Review']).optional(),
      fresh: z.boolean().optional(),
    }),
    /** The AU's absolute URL on the content origin, with the cmi5 launch parameters. */
    output: z.object({ launchUrl: z.string(), registration: z.string() }),
  },
} as const;
