import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Asset, type Block, type VideoCaptionTrack } from '../../../shared';
import type { CourseLibrary } from '../../library/course-library';
import { makeLibraryTempDir } from '../../library/library-temp';
import { placeholderVtt } from './speech-placeholders';

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

/**
 * "Create captions": a captions track of placeholder cues timed to the speech in the video's audio, stored and
 * attached like an imported file; the author then types the words in the cue editor.
 */
export async function createPlaceholderCaptions(
  library: Library & Pick<CourseLibrary, 'assetFile' | 'importAsset'>,
  libraryDir: string,
  ffmpeg: string,
  input: { videoAssetId: string; language: string; label: string },
): Promise<{ asset: Asset; cueCount: number; blockIds: string[]; courseIds: string[] }> {
  const file = library.assetFile(input.videoAssetId);
  const video = library.listAssets().find((a) => a.id === input.videoAssetId);
  if (!file || video?.kind !== 'video') {
    throw new AppError('NOT_FOUND', `No video asset with id ${input.videoAssetId} exists.`);
  }
  // Checked first so a video no block shows leaves nothing behind.
  if (videoBlocks(library, input.videoAssetId).length === 0) {
    throw new AppError('NOT_FOUND', `No video block shows ${video.fileName} yet: add it to a video block first.`);
  }
  const { vtt, cueCount } = await placeholderVtt(ffmpeg, file.path);
  const dir = await makeLibraryTempDir(libraryDir, 'captions');
  try {
    const temp = path.join(dir, `${path.parse(video.fileName).name}.${input.language}.vtt`);
    await fsp.writeFile(temp, vtt, 'utf8');
    const asset = await library.importAsset(temp, { kind: 'captions' });
    const attached = attachVideoCaptions(library, { ...input, captionsAssetId: asset.id });
    return { asset, cueCount, ...attached };
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
