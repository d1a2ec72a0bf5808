import type { BlockOf, BlockType } from '../model/blocks';
import { sortingCards } from './blocks/sorting-state';

/**
 * The learner-runtime half of each block kind: what the player needs besides the views (its structural check of
 * packaged content and the size of the state it keeps for resume). Each descriptor in `block-registry.ts` spreads
 * its kind's entry, so it is still described once, and the player bundles this file without the authoring half
 * (labels, menus, create, guidance…). A kind without an entry here is a compile error.
 */
export interface BlockRuntime<K extends BlockType> {
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

type Fields = Readonly<Record<string, unknown>>;
const arrays =
  (...keys: string[]) =>
  (b: Fields): boolean =>
    keys.every((k) => Array.isArray(b[k]));
const strings =
  (...keys: string[]) =>
  (b: Fields): boolean =>
    keys.every((k) => typeof b[k] === 'string');
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const any = { wellFormed: (): boolean => true };

export const BLOCK_RUNTIME: { readonly [K in BlockType]: BlockRuntime<K> } = {
  heading: any,
  richText: any,
  callout: any,
  quote: { wellFormed: strings('text') },
  divider: any,
  statement: { wellFormed: strings('text', 'style') },
  list: { wellFormed: (b) => isStrings(b.items) },
  table: { wellFormed: (b) => Array.isArray(b.rows) && b.rows.every(isStrings) },
  timeline: { wellFormed: arrays('events') },
  image: any,
  video: { wellFormed: arrays('captions') },
  audio: any,
  question: {
    wellFormed: (b) => {
      const q = b.question as { kind?: unknown } | null | undefined;
      return !!q && typeof q.kind === 'string';
    },
  },
  accordion: { wellFormed: arrays('items') },
  tabs: { wellFormed: arrays('items') },
  flipCards: { wellFormed: arrays('cards') },
  process: {
    wellFormed: (b) => strings('title')(b) && arrays('steps')(b) && (b.steps as unknown[]).length > 0,
    stateMax: (b) => 2 * (b.steps.length + 1) + 1,
    completed: (b, value) => value > b.steps.length + 1,
  },
  scenario: {
    wellFormed: (b) =>
      Array.isArray(b.endings) &&
      Array.isArray(b.scenes) &&
      b.scenes.length > 0 &&
      (b.scenes as ({ choices?: unknown; character?: unknown } | null)[]).every(
        (s) => Array.isArray(s?.choices) && !!s?.character,
      ),
    /**
     * Position p (scene i → i, ending j → scenes + j) plus `positions` once an ending was reached (complete, kept
     * after "Restart scenario").
     */
    stateMax: (b) => 2 * (b.scenes.length + b.endings.length) - 1,
  },
  continue: {
    wellFormed: (b) => typeof b.label === 'string',
    /** 1 once pressed (kept for resume). */
    stateMax: () => 1,
  },
  attachment: {
    wellFormed: (b) => typeof b.fileName === 'string' && typeof b.title === 'string',
  },
  embed: {
    wellFormed: (b) => typeof b.url === 'string' && typeof b.fallback === 'string',
  },
  gallery: {
    wellFormed: (b) => Array.isArray(b.images) && (b.layout === 'grid' || b.layout === 'carousel'),
  },
  labeledGraphic: {
    wellFormed: (b) => Array.isArray(b.markers) && b.markers.length > 0,
    /** Which markers the learner has opened, one bit per marker (all set: complete). */
    stateMax: (b) => 2 ** b.markers.length - 1,
  },
  sorting: {
    wellFormed: (b) =>
      Array.isArray(b.piles) &&
      b.piles.length >= 2 &&
      b.piles.every((p: unknown) => Array.isArray((p as { cards?: unknown }).cards)),
    stateMax: (b) => 2 * (b.piles.length + 1) ** sortingCards(b.piles).length - 1,
  },
};

export function isBlockType(type: unknown): type is BlockType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(BLOCK_RUNTIME, type);
}
