import { z } from 'zod';
import { courseTreeSchema } from '../model/course-tree';
import { ASSET_KINDS } from '../model/course';
import { idSchema } from '../model/ids';
import { PACKAGE_TARGETS } from '../core/export-formats';
import { COURSE_PACKAGE_FORMAT_VERSION } from '../core/package-constants';

/**
 * The versioned course package the learner player reads: the same file in preview, offline
 * playback and every export. Exporters write it as `content/course.json` and, because browsers
 * refuse fetch() on file://, also as `content/course.js` (`window.__COURSEWRIGHT_PACKAGE__ = …`).
 */
export { COURSE_PACKAGE_FORMAT_VERSION, PACKAGE_GLOBAL } from '../core/package-constants';
export type { PackageTarget } from '../core/export-formats';

const packagedAssetSchema = z.object({
  kind: z.enum(ASSET_KINDS),
  mime: z.string(),
  /** Path relative to the package root, e.g. `media/3f…a1.mp4`. */
  src: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/, 'package paths are plain relative paths')
    .refine((p) => !p.split('/').includes('..')),
  size: z.number().int().min(0),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  durationSeconds: z.number().nonnegative().optional(),
  posterSrc: z.string().optional(),
});
export type PackagedAsset = z.infer<typeof packagedAssetSchema>;

export const coursePackageSchema = z.object({
  formatVersion: z.literal(COURSE_PACKAGE_FORMAT_VERSION),
  target: z.enum(PACKAGE_TARGETS),
  /** Identifies the package (and the learner's stored state) across re-exports of the same course. */
  packageId: idSchema,
  generator: z.string(),
  course: courseTreeSchema,
  assets: z.record(idSchema, packagedAssetSchema),
  /** Typical learning time in whole minutes (the manifest's estimate), shown on the cover page. */
  estimatedMinutes: z.number().int().min(1).optional(),
  /**
   * The course theme resolved to CSS custom properties (`themeVariables`), so the player only sets them and
   * carries no palettes or contrast maths. Absent: the player stylesheet's defaults (Clean, light).
   */
  theme: z.record(z.string().regex(/^(--cw-[a-z-]+|color-scheme)$/), z.string().max(300)).optional(),
});
export type CoursePackage = z.infer<typeof coursePackageSchema>;
