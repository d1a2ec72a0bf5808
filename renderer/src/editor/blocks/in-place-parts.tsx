import { CALLOUT_VARIANTS, type BlockOf, type BlockType } from '../../../../shared';
import { RichTextField } from '../rich-text/rich-text-field';
import type { EditorPart } from './block-part-types';
import { SelectField } from './fields';
import { QuestionEditor } from './question-editor';
import { QuestionInPlace } from './question-in-place';

/**
 * In-place editing on the canvas: for a kind listed here, the selected block is typed where the learner reads
 * it (the player's markup and classes, with inputs or Tiptap instead of text); `settings`, when present, holds
 * the kind's remaining options for the settings panel. Kinds not listed keep their form (`EDITOR_PARTS`) in the
 * panel. Changes go through the same `onChange` (the store's `editBlock`), so undo coalesces per block as ever.
 */
export interface CanvasPart<K extends BlockType> {
  inPlace: EditorPart<K>;
  settings?: EditorPart<K>;
}
type CanvasPartRegistry = { readonly [K in BlockType]?: CanvasPart<K> };

const VARIANT_LABELS = { info: 'Information', tip: 'Tip', warning: 'Warning', success: 'Success' } as const;

function HeadingInPlace({ block, onChange }: { block: BlockOf<'heading'>; onChange: (b: BlockOf<'heading'>) => void }) {
  return (
    <input
      type="text"
      className={`in-place-input in-place-h${block.level}`}
      aria-label="Heading text"
      placeholder="Heading"
      required
      value={block.text}
      onChange={(e) => onChange({ ...block, text: e.target.value })}
    />
  );
}

function HeadingSettings({
  block,
  onChange,
}: {
  block: BlockOf<'heading'>;
  onChange: (b: BlockOf<'heading'>) => void;
}) {
  return (
    <SelectField
      label="Level"
      value={String(block.level) as '2' | '3'}
      options={[
        { value: '2', label: 'Heading (H2)' },
        { value: '3', label: 'Subheading (H3)' },
      ]}
      onChange={(v) => onChange({ ...block, level: v === '2' ? 2 : 3 })}
    />
  );
}

function RichTextInPlace({
  block,
  onChange,
}: {
  block: BlockOf<'richText'>;
  onChange: (b: BlockOf<'richText'>) => void;
}) {
  return <RichTextField label="Text" hideLabel doc={block.doc} onChange={(doc) => onChange({ ...block, doc })} />;
}

function CalloutInPlace({ block, onChange }: { block: BlockOf<'callout'>; onChange: (b: BlockOf<'callout'>) => void }) {
  return (
    <div className={`cw-callout cw-callout-${block.variant}`}>
      <p className="cw-callout-title">
        <span aria-hidden="true" className="cw-callout-icon" />
        <input
          type="text"
          className="in-place-input"
          aria-label="Callout title (optional)"
          placeholder={VARIANT_LABELS[block.variant]}
          value={block.title ?? ''}
          onChange={(e) => {
            const { title: _old, ...rest } = block;
            onChange(e.target.value ? { ...rest, title: e.target.value } : rest);
          }}
        />
      </p>
      <RichTextField label="Callout text" hideLabel doc={block.doc} onChange={(doc) => onChange({ ...block, doc })} />
    </div>
  );
}

function CalloutSettings({
  block,
  onChange,
}: {
  block: BlockOf<'callout'>;
  onChange: (b: BlockOf<'callout'>) => void;
}) {
  return (
    <SelectField
      label="Callout type"
      value={block.variant}
      options={CALLOUT_VARIANTS.map((v) => ({ value: v, label: VARIANT_LABELS[v] }))}
      onChange={(variant) => onChange({ ...block, variant })}
    />
  );
}

function QuoteInPlace({ block, onChange }: { block: BlockOf<'quote'>; onChange: (b: BlockOf<'quote'>) => void }) {
  return (
    <figure className="cw-quote">
      <blockquote>
        <textarea
          className="in-place-input in-place-quote"
          aria-label="Quote"
          placeholder="The words to quote"
          rows={1}
          value={block.text}
          onChange={(e) => onChange({ ...block, text: e.target.value })}
        />
      </blockquote>
      <figcaption>
        <input
          type="text"
          className="in-place-input"
          aria-label="Attribution (optional)"
          placeholder="— Who said it, and where"
          value={block.attribution}
          onChange={(e) => onChange({ ...block, attribution: e.target.value })}
        />
      </figcaption>
    </figure>
  );
}

/** The kinds typed in place on the canvas (see `CanvasPart`). */
export const CANVAS_PARTS: CanvasPartRegistry = {
  heading: { inPlace: HeadingInPlace, settings: HeadingSettings },
  richText: { inPlace: RichTextInPlace },
  callout: { inPlace: CalloutInPlace, settings: CalloutSettings },
  quote: { inPlace: QuoteInPlace },
  question: { inPlace: QuestionInPlace, settings: (p) => <QuestionEditor {...p} inPlace /> },
};
