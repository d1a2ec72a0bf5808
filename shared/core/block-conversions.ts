import type { Block, BlockType, NewBlock } from '../model/blocks';
import type { BlockConversions } from './block-kind';
import { BLOCK_TYPES } from './block-registry';
import {
  calloutToText,
  headingToText,
  quoteToText,
  textToCallout,
  textToHeading,
  textToQuote,
} from './blocks/text-conversions';

/**
 * What each kind can turn into ("Turn into…" in the block toolbar, derived from here). Kept beside the descriptors
 * rather than in them: the player imports the descriptors and never converts, so it does not carry these bytes.
 * A kind gains a conversion by one line here.
 */
const BLOCK_CONVERSIONS: { readonly [K in BlockType]?: BlockConversions<K> } = {
  heading: { richText: headingToText },
  richText: { heading: textToHeading, callout: textToCallout, quote: textToQuote },
  callout: { richText: calloutToText },
  quote: { richText: quoteToText },
};

type AnyConversions = Partial<Record<BlockType, (block: Block) => NewBlock>>;
const conversionsOf = (type: BlockType) => BLOCK_CONVERSIONS[type] as AnyConversions | undefined;

/** The kinds a block can turn into, in insert-menu order. */
export function conversionTargets(type: BlockType): BlockType[] {
  const to = conversionsOf(type);
  return to ? BLOCK_TYPES.filter((t) => t !== type && to[t]) : [];
}

/** `block` turned into a new block of kind `to` (without an id), or null when its kind does not convert to it. */
export function convertBlock(block: Block, to: BlockType): NewBlock | null {
  const convert = conversionsOf(block.type)?.[to];
  return convert ? convert(block) : null;
}
