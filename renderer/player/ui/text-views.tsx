/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockViewRegistry } from './block-view-types';
import { RichText } from './rich-text';

const CALLOUT_LABELS: Record<BlockOf<'callout'>['variant'], string> = {
  info: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  success: 'Well done',
};

function CalloutBlock({ block }: { block: BlockOf<'callout'> }): JSX.Element {
  const title = block.title || CALLOUT_LABELS[block.variant];
  return (
    <div class={`cw-callout cw-callout-${block.variant}`} role="note" aria-label={title}>
      <p class="cw-callout-title">
        <span aria-hidden="true" class="cw-callout-icon" />
        {title}
      </p>
      <RichText doc={block.doc} />
    </div>
  );
}

/** A pull quote: the words large, the attribution below (a `<figure>` so the pair is read together). */
function QuoteBlock({ block }: { block: BlockOf<'quote'> }): JSX.Element {
  return (
    <figure class="cw-quote">
      <blockquote>
        <p>{block.text}</p>
      </blockquote>
      {block.attribution ? <figcaption>— {block.attribution}</figcaption> : null}
    </figure>
  );
}

export const textViews: Pick<BlockViewRegistry, 'heading' | 'richText' | 'callout' | 'quote' | 'divider'> = {
  heading: ({ block }) => (block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>),
  richText: ({ block }) => <RichText doc={block.doc} />,
  callout: CalloutBlock,
  quote: QuoteBlock,
  divider: ({ block }) => (block.style === 'line' ? <hr /> : <div class="cw-spacer" aria-hidden="true" />),
};
