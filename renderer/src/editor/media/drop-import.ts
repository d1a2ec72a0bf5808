import type { Asset, DroppedFile, NewBlock } from '../../../../shared';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorState } from '../editor-store';
import type { MediaState } from './media-store';

/** The block a dropped file becomes; null for kinds no block shows (captions, other files). */
export function blockForAsset(asset: Pick<Asset, 'id' | 'kind' | 'fileName'>): NewBlock | null {
  const title = asset.fileName.replace(/\.[^.]+$/, '');
  switch (asset.kind) {
    case 'image':
      // Alt text cannot be guessed from a file name; the image editor and the checklist ask for it.
      return { type: 'image', assetId: asset.id, alt: '', decorative: false };
    case 'video':
      return { type: 'video', assetId: asset.id, title, captions: [] };
    case 'audio':
      return { type: 'audio', assetId: asset.id, title };
    case 'captions':
    case 'other':
      return null;
  }
}

/** Paths of dropped files as the desktop app sees them; empty when the host gives none (browser). */
export function droppedPaths(
  files: readonly DroppedFile[],
  pathForFile: ((file: DroppedFile) => string | null) | undefined,
) {
  if (!pathForFile) return [];
  return files.flatMap((f) => {
    const p = pathForFile(f);
    return p ? [p] : [];
  });
}

interface DropImportResult {
  inserted: number;
  /** Files imported into the media library that no block can show (captions, documents). */
  skipped: number;
}

/**
 * Imports dropped files into the media library (the media store's action calls `media.import`) and inserts an
 * image/video/audio block for each at `position` in the lesson (the editor store's action, so it is undoable).
 */
export async function importDroppedFiles(
  stores: { media: StoreApi<MediaState>; editor: StoreApi<EditorState> },
  target: { lessonId: string; position: number; courseId?: string | undefined },
  paths: string[],
): Promise<DropImportResult> {
  const assets = await stores.media.getState().importAssets(paths, target.courseId);
  let inserted = 0;
  let skipped = 0;
  for (const asset of assets) {
    const block = blockForAsset(asset);
    if (!block) {
      skipped++;
      continue;
    }
    const created = await stores.editor.getState().insertBlock(target.lessonId, block, target.position + inserted);
    if (created) inserted++;
  }
  return { inserted, skipped };
}
