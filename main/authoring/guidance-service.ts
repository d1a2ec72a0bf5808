import { courseGuidance, type AssetDurations, type CourseGuidance, type CourseTree } from '../../shared';
import { BankStore } from '../banks/bank-store';
import type { CourseLibrary } from '../library/course-library';
import type { MediaService } from '../media/media-service';
import { probeMedia } from '../media/probe';

/** Durations of video and audio a course uses, by asset id (seconds). */
type DurationSource = (tree: CourseTree) => Promise<AssetDurations>;

/**
 * Media durations for guidance: the media pipeline's probed metadata first; media imported without it (e.g. the
 * sample course's, stored directly by the library) is probed once with ffprobe when available and remembered.
 * Anything unknown is simply left out (the estimate counts it as 0 and the checklist says so).
 */
export function createDurationSource(library: CourseLibrary, media?: MediaService | undefined): DurationSource {
  const probed = new Map<string, number | null>();
  return async (tree) => {
    const wanted = mediaAssetIds(tree);
    const durations: Record<string, number> = {};
    if (wanted.length === 0) return durations;
    Object.assign(durations, library.mediaDurations());
    for (const id of wanted) {
      if (durations[id] !== undefined || !media) continue;
      if (!probed.has(id)) probed.set(id, await probeDuration(library, media, id));
      const seconds = probed.get(id);
      if (seconds !== null && seconds !== undefined) durations[id] = seconds;
    }
    return durations;
  };
}

async function probeDuration(library: CourseLibrary, media: MediaService, assetId: string): Promise<number | null> {
  try {
    const file = library.assetFile(assetId);
    if (!file) return null;
    const info = await probeMedia(file.path, media.ffmpegPaths().ffprobe);
    return info.durationSeconds !== null && info.durationSeconds >= 0 ? info.durationSeconds : null;
  } catch {
    return null; // no ffprobe, unreadable file: the duration stays unknown
  }
}

function mediaAssetIds(tree: CourseTree): string[] {
  const ids = new Set<string>();
  for (const m of tree.modules)
    for (const l of m.lessons)
      for (const b of l.blocks) if ((b.type === 'video' || b.type === 'audio') && b.assetId) ids.add(b.assetId);
  return [...ids];
}

export async function guidanceFor(
  library: CourseLibrary,
  durations: DurationSource,
  courseId: string,
): Promise<CourseGuidance> {
  const tree = library.getCourse(courseId);
  const draws = tree.modules.some((m) => m.lessons.some((l) => l.quiz?.draw));
  return courseGuidance(tree, {
    durations: await durations(tree),
    ...(draws ? { banks: new BankStore(library).list(courseId) } : {}),
  });
}
