import { activityKinds } from './blocks/activity-kinds';
import { attachmentKinds } from './blocks/attachment-kind';
import { continueKinds } from './blocks/continue-kind';
import { embedKinds } from './blocks/embed-kind';
import type { Block, BlockOf, BlockType } from '../model/blocks';
import type { BlockKindDescriptor, BlockKindRegistry, IdFactory } from './block-kind';
import { contentKinds } from './blocks/content-kinds';
import { interactiveKinds } from './blocks/interactive-kinds';
import { mediaKinds } from './blocks/media-kinds';
import { questionBlockKinds } from './blocks/question-block-kind';
import { scenarioKinds } from './blocks/scenario-kind';
import { textKinds } from './blocks/text-kinds';
import { galleryKinds } from './blocks/gallery-kind';
import { labeledGraphicKinds } from './blocks/labeled-graphic-kind';
import { sortingKinds } from './blocks/sorting-kind';

/** Every block kind's descriptor; typed so that a kind without one (or a stray one) is a compile error. */
export const BLOCK_KINDS: BlockKindRegistry = {
  ...textKinds,
  ...contentKinds,
  ...mediaKinds,
  ...questionBlockKinds,
  ...interactiveKinds,
  ...activityKinds,
  ...scenarioKinds,
  ...continueKinds,
  ...attachmentKinds,
  ...embedKinds,
  ...galleryKinds,
  ...labeledGraphicKinds,
  ...sortingKinds,
};

/**
 * Every block kind, in insert-menu order (the descriptors are spread in the schema builders' order; a test checks
 * both lists hold the same kinds). Not derived from the builders, so the player does not bundle the schema builders.
 */
export const BLOCK_TYPES = Object.keys(BLOCK_KINDS) as BlockType[];

export function blockKindOf<K extends BlockType>(block: BlockOf<K>): BlockKindDescriptor<K> {
  return BLOCK_KINDS[block.type as K] as unknown as BlockKindDescriptor<K>;
}

/** Searchable text of a block (FTS index, reading-time estimates). */
export function blockText(block: Block): string {
  return blockKindOf(block).text(block);
}

/** Asset ids a block references (media housekeeping refuses to delete these). */
export function blockAssetIds(block: Block): string[] {
  return blockKindOf(block).assetIds(block);
}

/** The block with a new id and fresh ids inside (duplicate, paste, re-import). */
export function blockWithNewIds(block: Block, newId: IdFactory): Block {
  return { ...blockKindOf(block).freshIds(block, newId), id: newId() };
}

/** The block with its asset references replaced through `map` (ids not in the map are kept). */
export function remapBlockAssets(block: Block, map: ReadonlyMap<string, string>): Block {
  return blockKindOf(block).remapAssets(block, (id) => map.get(id) ?? id);
}
