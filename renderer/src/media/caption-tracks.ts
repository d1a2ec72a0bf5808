import type { Block } from '../../../shared';

export interface CaptionTrack {
  assetId: string;
  language: string;
  label: string;
}

/** Video asset id → the caption tracks (deduplicated by asset) the video blocks among `blocks` use. */
export function videoCaptionTracks(blocks: Iterable<Block>): Record<string, CaptionTrack[]> {
  const out: Record<string, CaptionTrack[]> = {};
  for (const block of blocks) {
    if (block.type !== 'video' || !block.assetId) continue;
    const list = (out[block.assetId] ??= []);
    for (const c of block.captions) if (!list.some((t) => t.assetId === c.assetId)) list.push({ ...c });
  }
  return out;
}
