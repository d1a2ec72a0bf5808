import { BLOCKS_FIND_MAX_IDS, type BlockType, type CoursewrightApi, type FoundBlock } from '../../../shared';
import { callApi, type ErrorSink } from './call-api';

/**
 * `blocks.find` for any number of ids: the contract takes BLOCKS_FIND_MAX_IDS a call, and a large course can need more
 * (a checklist flagging 1,500 images of a 500-lesson course), so the ids go in several calls whose answers are merged
 * (each block once). The merged answer is in course order when `rank` (a lesson's place in the course) is given.
 * Null when any call fails, reported once: never a silently shortened answer.
 */
export async function findCourseBlocks(
  api: CoursewrightApi,
  courseId: string,
  query: { types?: BlockType[]; blockIds?: string[] },
  onError: ErrorSink,
  rank?: (lessonId: string) => number,
): Promise<FoundBlock[] | null> {
  const ids = query.blockIds ?? [];
  if (ids.length <= BLOCKS_FIND_MAX_IDS) return callApi(api, 'blocks.find', { courseId, ...query }, onError);
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += BLOCKS_FIND_MAX_IDS) chunks.push(unique.slice(i, i + BLOCKS_FIND_MAX_IDS));
  let reported = false;
  const once: ErrorSink = (error) => {
    if (!reported) onError(error);
    reported = true;
  };
  const answers = await Promise.all(
    chunks.map((blockIds, i) =>
      callApi(
        api,
        'blocks.find',
        { courseId, blockIds, ...(i === 0 && query.types ? { types: query.types } : {}) },
        once,
      ),
    ),
  );
  const byId = new Map<string, FoundBlock>();
  for (const answer of answers) {
    if (!answer) return null;
    for (const found of answer) byId.set(found.block.id, found);
  }
  const merged = [...byId.values()];
  return rank ? merged.sort((a, b) => rank(a.lessonId) - rank(b.lessonId) || a.index - b.index) : merged;
}
