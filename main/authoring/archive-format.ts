import { z } from 'zod';
import {
  assetSchema,
  blockAssetIds,
  courseTreeSchema,
  questionAssetIds,
  questionBankSchema,
  questionWithAssets,
  remapBlockAssets,
  type CourseTree,
  type QuestionBank,
} from '../../shared';

/** `course.json` of a `.cwcourse` archive. Bump the version on any incompatible change; readers refuse newer ones. */
export const ARCHIVE_FORMAT = 'coursewright-course';
export const ARCHIVE_FORMAT_VERSION = 1;
export const COURSE_JSON = 'course.json';

const archiveAssetSchema = assetSchema.omit({ createdAt: true }).extend({
  fileName: z.string().min(1).max(255),
});
export type ArchiveAsset = z.infer<typeof archiveAssetSchema>;

export const courseArchiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  generator: z.string().max(100),
  course: courseTreeSchema,
  assets: z.array(archiveAssetSchema).max(10_000),
  /** The course's question banks (absent in archives made before banks existed: none). */
  banks: z.array(questionBankSchema).max(1_000).default([]),
});
export type CourseArchive = z.infer<typeof courseArchiveSchema>;

/** The only entry names an archive may hold: `course.json` and content-addressed media. */
const MEDIA_ENTRY = /^media\/([0-9a-f]{64})(\.[a-z0-9]{1,10})?$/;

export const isAllowedEntryName = (name: string): boolean =>
  name === COURSE_JSON || name === 'media/' || MEDIA_ENTRY.test(name);

/** Extension used in entry names: lower-case, short and alphanumeric, or none. */
export function archiveExtension(fileName: string): string {
  const ext = /\.[^./\\]*$/.exec(fileName)?.[0]?.toLowerCase() ?? '';
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}

export const mediaEntryName = (asset: Pick<ArchiveAsset, 'sha256' | 'fileName'>): string =>
  `media/${asset.sha256}${archiveExtension(asset.fileName)}`;

/** Every asset id a course refers to: media in blocks (incl. posters and captions), the theme logo, the cover. */
export function courseAssetIds(tree: CourseTree): string[] {
  const ids = new Set<string>();
  const logo = tree.settings.theme.logoAssetId;
  if (logo) ids.add(logo);
  const cover = tree.settings.cover.imageAssetId;
  if (cover) ids.add(cover);
  for (const m of tree.modules)
    for (const l of m.lessons) {
      if (l.header?.imageAssetId) ids.add(l.header.imageAssetId);
      for (const b of l.blocks) blockAssetIds(b).forEach((id) => ids.add(id));
    }
  return [...ids];
}

/** The tree with every asset reference (blocks, logo, cover) replaced through `map`. */
export function remapCourseAssets(tree: CourseTree, map: ReadonlyMap<string, string>): CourseTree {
  const re = (id: string | null) => (id === null ? null : (map.get(id) ?? id));
  return {
    ...tree,
    settings: {
      ...tree.settings,
      theme: { ...tree.settings.theme, logoAssetId: re(tree.settings.theme.logoAssetId) },
      cover: { ...tree.settings.cover, imageAssetId: re(tree.settings.cover.imageAssetId) },
    },
    modules: tree.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => ({
        ...l,
        ...(l.header ? { header: { ...l.header, imageAssetId: re(l.header.imageAssetId) } } : {}),
        blocks: l.blocks.map((b) => remapBlockAssets(b, map)),
      })),
    })),
  };
}

/** Asset ids the bank questions show (hotspot images): packed and checked like the course's own. */
export const bankAssetIds = (banks: readonly QuestionBank[]): string[] =>
  banks.flatMap((b) => b.questions.flatMap((q) => questionAssetIds(q.question)));

/** The banks with every asset reference replaced through `map` (ids not in the map are kept). */
export const remapBankAssets = (banks: readonly QuestionBank[], map: ReadonlyMap<string, string>): QuestionBank[] =>
  banks.map((b) => ({
    ...b,
    questions: b.questions.map((q) => ({ ...q, question: questionWithAssets(q.question, (id) => map.get(id) ?? id) })),
  }));
