import { z } from 'zod';
import type { Block } from '../model/blocks';
import { BLOCK_KINDS, blockKindOf } from '../core/block-registry';
import { idSchema } from '../model/ids';
import type { CourseTree, LessonTree, ModuleTree } from '../model/course';
import type { QuestionBank } from '../model/banks';
import { bankDrawItems } from './bank-guidance';
import { coverImageItems } from './cover-guidance';
import { THEMES, themeBrand, themeOf } from '../core/themes';

/**
 * Course design guidance from self-paced learning practice: duration estimates (reading time + media + questions)
 * and a non-blocking checklist. Pure and environment-free, so the editor can run it live and main/ can serve it.
 */
const READING_WORDS_PER_MINUTE = 200;
const MINUTES_PER_QUESTION = 1;
const DEFAULT_TARGET_MODULE_MINUTES = 20;

const GUIDANCE_CODES = [
  'module-over-target',
  'module-text-only',
  'image-missing-alt',
  'video-missing-captions',
  'question-missing-feedback',
  'media-duration-unknown',
  'no-support-contact',
  'table-missing-caption',
  'process-missing-summary',
  'scenario-unreachable-scene',
  'scenario-never-ends',
  'scenario-dangling-link',
  'scenario-ending-missing-feedback',
  'attachment-missing-file',
  'embed-missing-url',
  'embed-missing-title',
  'embed-missing-fallback',
  'marker-missing-text',
  'draw-larger-than-bank',
  'draw-bank-missing',
  'brand-colour-adjusted',
  'cover-image-missing-alt',
  'header-image-missing-alt',
] as const;
export type GuidanceCode = (typeof GUIDANCE_CODES)[number];
/** `warning`: worth fixing before publishing; `suggestion`: good practice; `info`: about the estimate itself. */
const GUIDANCE_SEVERITIES = ['warning', 'suggestion', 'info'] as const;

const guidanceTargetSchema = z.object({
  kind: z.enum(['course', 'module', 'lesson', 'block']),
  courseId: idSchema,
  moduleId: idSchema.nullable(),
  lessonId: idSchema.nullable(),
  blockId: idSchema.nullable(),
});
type GuidanceTarget = z.infer<typeof guidanceTargetSchema>;

const guidanceItemSchema = z.object({
  code: z.enum(GUIDANCE_CODES),
  severity: z.enum(GUIDANCE_SEVERITIES),
  message: z.string(),
  target: guidanceTargetSchema,
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;

export const courseGuidanceSchema = z.object({
  items: z.array(guidanceItemSchema),
  /** Minutes per lesson id, per module id, and for the whole course (unrounded; totals are sums of parts). */
  lessonMinutes: z.record(z.string(), z.number().min(0)),
  moduleMinutes: z.record(z.string(), z.number().min(0)),
  courseMinutes: z.number().min(0),
});
export type CourseGuidance = z.infer<typeof courseGuidanceSchema>;

/** Media durations in seconds by asset id; assets missing here count as 0 (and get an `info` item). */
export type AssetDurations = Readonly<Record<string, number>>;
interface AssetInfo {
  durations?: AssetDurations | undefined;
  /** The course's question banks: quizzes drawing from them are checked (`bank-guidance.ts`). */
  banks?: readonly QuestionBank[] | undefined;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Seconds of a media asset, or null when unknown; bad values (negative, NaN, infinite) count as unknown. */
function durationOf(assetId: string | null, durations: AssetDurations): number | null {
  if (!assetId || !Object.prototype.hasOwnProperty.call(durations, assetId)) return null;
  const seconds = durations[assetId];
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** Estimated minutes of one block: reading time, media duration, or a fixed time per question (from its descriptor). */
export function estimateBlockMinutes(block: Block, durations: AssetDurations = {}): number {
  const timing = blockKindOf(block).timing(block);
  if (timing.activity === 'question') return MINUTES_PER_QUESTION;
  if (timing.media !== undefined) return (durationOf(timing.media, durations) ?? 0) / 60;
  return countWords(timing.readingText) / READING_WORDS_PER_MINUTE;
}

export function estimateLessonMinutes(lesson: Pick<LessonTree, 'blocks'>, durations: AssetDurations = {}): number {
  return lesson.blocks.reduce((sum, b) => sum + estimateBlockMinutes(b, durations), 0);
}

function estimateModuleMinutes(module: Pick<ModuleTree, 'lessons'>, durations: AssetDurations = {}): number {
  return module.lessons.reduce((sum, l) => sum + estimateLessonMinutes(l, durations), 0);
}

/** Per-lesson, per-module and course totals; each total is exactly the sum of its parts. */
export function estimateCourseMinutes(
  tree: Pick<CourseTree, 'modules'>,
  durations: AssetDurations = {},
): Pick<CourseGuidance, 'lessonMinutes' | 'moduleMinutes' | 'courseMinutes'> {
  const lessonMinutes: Record<string, number> = {};
  const moduleMinutes: Record<string, number> = {};
  let courseMinutes = 0;
  for (const module of tree.modules) {
    let total = 0;
    for (const lesson of module.lessons) {
      const minutes = estimateLessonMinutes(lesson, durations);
      lessonMinutes[lesson.id] = minutes;
      total += minutes;
    }
    moduleMinutes[module.id] = total;
    courseMinutes += total;
  }
  return { lessonMinutes, moduleMinutes, courseMinutes };
}

/** Blocks that are not plain text: media or an interaction. */
const engaging = (b: Block) => BLOCK_KINDS[b.type].engaging;

const formatMinutes = (m: number) => `${Math.round(m)} min`;

/** The non-blocking checklist: nothing here stops an export; it tells the designer what learners may miss. */
export function courseChecklist(tree: CourseTree, assetInfo: AssetInfo = {}): GuidanceItem[] {
  const durations = assetInfo.durations ?? {};
  const items: GuidanceItem[] = [];
  const at = (
    kind: GuidanceTarget['kind'],
    ids: { moduleId?: string; lessonId?: string; blockId?: string } = {},
  ): GuidanceTarget => ({
    kind,
    courseId: tree.id,
    moduleId: ids.moduleId ?? null,
    lessonId: ids.lessonId ?? null,
    blockId: ids.blockId ?? null,
  });
  const target = tree.settings.targetModuleMinutes || DEFAULT_TARGET_MODULE_MINUTES;

  for (const module of tree.modules) {
    const minutes = estimateModuleMinutes(module, durations);
    if (minutes > target) {
      items.push({
        code: 'module-over-target',
        severity: 'warning',
        message: `“${module.title}” takes about ${formatMinutes(minutes)}, over the ${target} min target; consider splitting it.`,
        target: at('module', { moduleId: module.id }),
      });
    }
    const blocks = module.lessons.flatMap((l) => l.blocks);
    if (blocks.length > 0 && !blocks.some(engaging)) {
      items.push({
        code: 'module-text-only',
        severity: 'suggestion',
        message: `“${module.title}” is text only; an image, a video or a knowledge check helps learners stay engaged.`,
        target: at('module', { moduleId: module.id }),
      });
    }
    for (const lesson of module.lessons) {
      for (const block of lesson.blocks) {
        const where = at('block', { moduleId: module.id, lessonId: lesson.id, blockId: block.id });
        items.push(...blockItems(block, lesson.title, durations, where));
      }
    }
  }
  if (assetInfo.banks) items.push(...bankDrawItems(tree, assetInfo.banks));
  items.push(...coverImageItems(tree));
  const { theme } = tree.settings;
  // (Trees from before themes, e.g. hand-made test trees, may lack the group.)
  const brand = theme ? themeBrand(theme.brandColor, themeOf(theme).palette) : null;
  if (theme && brand?.adjusted) {
    items.push({
      code: 'brand-colour-adjusted',
      severity: 'suggestion',
      message: `The brand colour ${theme.brandColor} has too little contrast on the ${THEMES[theme.name].label} theme’s ${theme.variant} background, so learners see ${brand.color} instead; pick a ${theme.variant === 'dark' ? 'lighter' : 'darker'} colour to keep yours (course settings).`,
      target: at('course'),
    });
  }
  if (tree.settings.supportContact.trim() === '') {
    items.push({
      code: 'no-support-contact',
      severity: 'suggestion',
      message: 'No support contact is set: self-paced learners need somewhere to ask for help (course settings).',
      target: at('course'),
    });
  }
  return items;
}

function blockItems(
  block: Block,
  lessonTitle: string,
  durations: AssetDurations,
  target: GuidanceTarget,
): GuidanceItem[] {
  const item = (code: GuidanceCode, severity: GuidanceItem['severity'], message: string): GuidanceItem => ({
    code,
    severity,
    message,
    target,
  });
  const timing = blockKindOf(block).timing(block);
  return [
    ...blockKindOf(block)
      .guidance(block)
      .map((f) => item(f.code, f.severity, f.message(lessonTitle))),
    ...(timing.media !== undefined ? mediaDurationItems(timing.media, durations, lessonTitle, item) : []),
  ];
}

function mediaDurationItems(
  assetId: string | null,
  durations: AssetDurations,
  lessonTitle: string,
  item: (code: GuidanceCode, severity: GuidanceItem['severity'], message: string) => GuidanceItem,
): GuidanceItem[] {
  if (!assetId || durationOf(assetId, durations) !== null) return [];
  return [
    item(
      'media-duration-unknown',
      'info',
      `The length of a media file in “${lessonTitle}” is not known yet; it is not counted in the estimate.`,
    ),
  ];
}

/** Everything the guidance panel shows for a course. */
export function courseGuidance(tree: CourseTree, assetInfo: AssetInfo = {}): CourseGuidance {
  return { items: courseChecklist(tree, assetInfo), ...estimateCourseMinutes(tree, assetInfo.durations ?? {}) };
}
