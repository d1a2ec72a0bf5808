/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockViewRegistry } from './block-view-types';

/** A statement: one sentence set apart (a `<p>`, so screen readers read it as text, not as a heading). */
function StatementBlock({ block }: { block: BlockOf<'statement'> }): JSX.Element {
  return <p class={`cw-statement cw-statement-${block.style}`}>{block.text}</p>;
}

export const contentViews: Pick<BlockViewRegistry, 'statement'> = {
  statement: StatementBlock,
};
