import type { BlockOf } from '../../../../shared';
import { RichTextView } from '../rich-text/rich-text-view';

const VARIANT_LABEL = { info: 'Note', tip: 'Tip', warning: 'Warning', success: 'Well done' } as const;

export function CalloutBlockView({ block }: { block: BlockOf<'callout'> }) {
  return (
    <aside className={`callout callout-${block.variant}`} aria-label={block.title || VARIANT_LABEL[block.variant]}>
      <p className="callout-title">{block.title || VARIANT_LABEL[block.variant]}</p>
      <RichTextView doc={block.doc} />
    </aside>
  );
}
