import type { BlockOf } from '../../../../shared';
import type { EditorPartRegistry } from './block-part-types';
import { CalloutEditor } from './callout-editor';
import { DividerEditor } from './divider-editor';
import { TextArea, TextField } from './fields';
import { HeadingEditor } from './heading-editor';
import { RichTextBlockEditor } from './rich-text-block-editor';

function QuoteEditor({ block, onChange }: { block: BlockOf<'quote'>; onChange: (b: BlockOf<'quote'>) => void }) {
  return (
    <div className="block-fields">
      <TextArea label="Quote" rows={3} value={block.text} onChange={(text) => onChange({ ...block, text })} />
      <TextField
        label="Attribution (optional)"
        value={block.attribution}
        placeholder="Who said it, and where"
        onChange={(attribution) => onChange({ ...block, attribution })}
      />
    </div>
  );
}

/** Editing parts of the text kinds (heading, text, callout, quote, divider). */
export const textParts: Pick<EditorPartRegistry, 'heading' | 'richText' | 'callout' | 'quote' | 'divider'> = {
  heading: HeadingEditor,
  richText: RichTextBlockEditor,
  callout: CalloutEditor,
  quote: QuoteEditor,
  divider: DividerEditor,
};
