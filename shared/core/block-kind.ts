import type { BlockOf, BlockType, NewBlockOf } from '../model/blocks';
import type { BlockRuntime } from './block-runtime';
import type { GuidanceCode, GuidanceItem } from '../guidance/course-guidance';

/**
 * The zod-free description of one block kind (the WordPress `block.json` idea): everything the app needs to
 * know about a kind besides its views lives here, and every list, menu and switch over kinds derives from the
 * registry (`block-registry.ts`). Views are looked up by kind in registries typed `{ [K in BlockType]: … }`
 * (player: `renderer/player/ui/block-views.tsx`; editor: `renderer/src/editor/blocks/block-parts.tsx`), so a
 * kind without a view is a compile error. Only types are imported here: the player bundles this without zod.
 */
export type IdFactory = () => string;

/** What a block contributes to duration estimates (guidance minutes and the manifest's typical time). */
interface BlockTiming {
  /** Text a learner reads in the block (words are counted; media and questions are timed separately). */
  readingText: string;
  /** The media asset whose length is the block's time (null while none is picked). */
  media?: string | null;
  /** A fixed-time activity. */
  activity?: 'question' | 'image';
}

/** A checklist finding about one block; the message names the lesson it is in. */
export interface BlockFinding {
  code: GuidanceCode;
  severity: GuidanceItem['severity'];
  message: (lessonTitle: string) => string;
}

/**
 * Pure conversions of a block into other kinds, by target kind ("Turn into…" in the block toolbar). The authoring
 * half of a kind's description: listed per kind in `block-conversions.ts`, which the player never imports.
 */
export type BlockConversions<K extends BlockType> = {
  readonly [T in BlockType]?: (block: BlockOf<K>) => NewBlockOf<T>;
};

/** `wellFormed` and `stateMax` come from the kind's entry in `BLOCK_RUNTIME` (spread, so described once). */
export interface BlockKindDescriptor<K extends BlockType> extends BlockRuntime<K> {
  readonly kind: K;
  readonly label: string;
  /** One line for the insert menu. */
  readonly hint: string;
  /** A Lucide icon name (kebab-case); the editor maps names to its tree-shaken icon set. */
  readonly icon: string;
  /** Media or an interaction (a module of only non-engaging blocks gets a "text only" suggestion). */
  readonly engaging: boolean;
  /** A valid new block, ready to edit (inner ids from `newId`; the block id comes from the library). */
  create(newId: IdFactory): NewBlockOf<K>;
  /** The block with every id nested inside it renewed (choices, panels, cards), internal references kept. */
  freshIds(block: BlockOf<K>, newId: IdFactory): BlockOf<K>;
  /** Searchable plain text (full-text index, reading time of exports). */
  text(block: BlockOf<K>): string;
  timing(block: BlockOf<K>): BlockTiming;
  /** Asset ids the block references (archives, exports, media housekeeping). */
  assetIds(block: BlockOf<K>): string[];
  /** The block with its asset references replaced through `to` (archive import). */
  remapAssets(block: BlockOf<K>, to: (assetId: string) => string): BlockOf<K>;
  /** Design-checklist findings. */
  guidance(block: BlockOf<K>): BlockFinding[];
}

export type BlockKindRegistry = { readonly [K in BlockType]: BlockKindDescriptor<K> };

/** Defaults for kinds without media, nested ids or findings. */
export const plainKind = {
  engaging: false,
  freshIds: <B>(block: B): B => ({ ...block }),
  assetIds: (): string[] => [],
  remapAssets: <B>(block: B): B => block,
  guidance: (): BlockFinding[] => [],
} as const;
