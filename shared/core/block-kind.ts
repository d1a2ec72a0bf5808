import type { BlockOf, BlockType, NewBlockOf } from '../model/blocks';
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
export interface BlockTiming {
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

export interface BlockKindDescriptor<K extends BlockType> {
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
  /** The player's structural check of packaged content (the exporter validated it fully with zod). */
  wellFormed(block: Readonly<Record<string, unknown>>): boolean;
  /**
   * For kinds that keep learner state for resume (process step, continue pressed…): the largest value of that
   * state, an integer from 0 stored in suspend_data (see `shared/scorm/suspend-data.ts`). Absent: no state.
   */
  stateMax?(block: BlockOf<K>): number;
  /** For kinds with `stateMax`: whether a stored value means the learner finished the block (Continue gates). */
  completed?(block: BlockOf<K>, value: number): boolean;
}

export type BlockKindRegistry = { readonly [K in BlockType]: BlockKindDescriptor<K> };

/** Defaults for kinds without media, nested ids or findings. */
export const plainKind = {
  engaging: false,
  freshIds: <B>(block: B): B => ({ ...block }),
  assetIds: (): string[] => [],
  remapAssets: <B>(block: B): B => block,
  guidance: (): BlockFinding[] => [],
  wellFormed: (): boolean => true,
} as const;

export const isArray = (v: unknown): boolean => Array.isArray(v);
