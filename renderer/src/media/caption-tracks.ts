import type { CourseTree } from '../../../shared';

export interface CaptionTrack {
  assetId: string;
  language: string;
  label: string;
}

/** Video asset id → the caption tracks (deduplicated by asset) its video blocks in `tree` use. */
export function videoCaptionTracks(tree: CourseTree): Record<string, CaptionTrack[]> {
  const out: Record<string, CaptionTrack[]> = {};
  for (const mod of tree.modules) {
    for (const lesson of mod.lessons) {
      for (const block of lesson.blocks) {
        if (block.type !== 'video' || !block.assetId) continue;
        const list = (out[block.assetId] ??= []);
        for (const c of block.captions) if (!list.some((t) => t.assetId === c.assetId)) list.push({ ...c });
      }
    }
  }
  return out;
}
