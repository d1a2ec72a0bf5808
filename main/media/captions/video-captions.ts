import { AppError, type Block, type VideoCaptionTrack } from '../../../shared';
import type { CourseLibrary } from '../../library/course-library';

type VideoBlock = Extract<Block, { type: 'video' }>;
type Library = Pick<CourseLibrary, 'listCourses' | 'getCourse' | 'updateBlock' | 'listAssets'>;

/** Every video block (live courses) showing `videoAssetId`, with its course. */
function videoBlocks(library: Library, videoAssetId: string): Array<{ courseId: string; block: VideoBlock }> {
  const out: Array<{ courseId: string; block: VideoBlock }> = [];
  for (const summary of library.listCourses()) {
    for (const mod of library.getCourse(summary.id).modules)
      for (const lesson of mod.lessons)
        for (const block of lesson.blocks)
          if (block.type === 'video' && block.assetId === videoAssetId) out.push({ courseId: summary.id, block });
  }
  return out;
}

/** The tracks of the video's blocks, one entry per captions asset. */
export function listVideoCaptions(library: Library, videoAssetId: string): VideoCaptionTrack[] {
  const tracks = new Map<string, VideoCaptionTrack>();
  for (const { block } of videoBlocks(library, videoAssetId)) {
    for (const c of block.captions) {
      const t = tracks.get(c.assetId) ?? { ...c, blockIds: [] };
      t.blockIds.push(block.id);
      tracks.set(c.assetId, t);
    }
  }
  return [...tracks.values()];
}

/**
 * Adds a track to every block showing the video, replacing the track of the same language (one per language,
 * as learners choose by language). Answers the changed blocks and their courses (for change notices).
 */
export function attachVideoCaptions(
  library: Library,
  input: { videoAssetId: string; captionsAssetId: string; language: string; label: string },
): { blockIds: string[]; courseIds: string[] } {
  const assets = library.listAssets();
  const video = assets.find((a) => a.id === input.videoAssetId);
  const captions = assets.find((a) => a.id === input.captionsAssetId);
  if (video?.kind !== 'video') throw new AppError('NOT_FOUND', `No video asset with id ${input.videoAssetId} exists.`);
  if (captions?.kind !== 'captions') {
    throw new AppError('VALIDATION', `Asset ${input.captionsAssetId} is not a captions file.`);
  }
  const blocks = videoBlocks(library, input.videoAssetId);
  if (blocks.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      `No video block shows ${video.fileName} yet: add it to a video block, then add its captions.`,
    );
  }
  for (const { block } of blocks) {
    const tracks = block.captions.filter((c) => c.language !== input.language);
    tracks.push({ assetId: input.captionsAssetId, language: input.language, label: input.label });
    library.updateBlock(block.id, { ...block, captions: tracks });
  }
  return { blockIds: blocks.map((b) => b.block.id), courseIds: [...new Set(blocks.map((b) => b.courseId))] };
}
