import { blockKindOf, blockText, type Block, type CourseTree, type PackagedAsset } from '../../shared';

/** Adult silent reading of instructional text (words per minute); a deliberately plain estimate. */
const READING_WPM = 200;
/** Media of unknown length (no `durationSeconds` in the package): assume a short clip. */
const MEDIA_SECONDS = 120;
const QUESTION_SECONDS = 45;
const IMAGE_SECONDS = 10;

type Assets = Readonly<Record<string, PackagedAsset>>;

function blockSeconds(block: Block, assets: Assets): number {
  const words = blockText(block).split(/\s+/).filter(Boolean).length;
  const reading = (words / READING_WPM) * 60;
  const timing = blockKindOf(block).timing(block);
  if (timing.media !== undefined) {
    const known = timing.media ? assets[timing.media]?.durationSeconds : undefined;
    return (known ?? MEDIA_SECONDS) + reading;
  }
  if (timing.activity === 'image') return IMAGE_SECONDS + reading;
  if (timing.activity === 'question') return QUESTION_SECONDS + reading;
  return reading;
}

/** Typical learning time of a course in whole minutes (≥ 1), for manifest metadata. */
export function estimateLearningMinutes(tree: CourseTree, assets: Assets = {}): number {
  let seconds = 0;
  for (const mod of tree.modules) {
    for (const lesson of mod.lessons) for (const b of lesson.blocks) seconds += blockSeconds(b, assets);
  }
  return Math.max(1, Math.ceil(seconds / 60));
}
