import { CALLOUT_VARIANTS, type BlockOf } from '../../../../shared';
import { RichTextField } from '../rich-text/rich-text-field';
import { SelectField, TextField } from './fields';

const VARIANT_LABELS = { info: 'Information', tip: 'Tip', warning: 'Warning', success: 'Success' } as const;

export function CalloutEditor({
  block,
  onChange,
}: {
  block: BlockOf<'callout'>;
  onChange: (b: BlockOf<'callout'>) => void;
}) {
  return (
    <div className="block-fields">
      <div className="block-fields-row">
        <SelectField
          label="Callout type"
          value={block.variant}
          options={CALLOUT_VARIANTS.map((v) => ({ value: v, label: VARIANT_LABELS[v] }))}
          onChange={(variant) => onChange({ ...block, variant })}
        />
        <TextField
          className="field-grow"
          label="Callout title (optional)"
          value={block.title ?? ''}
          onChange={(title) => {
            const { title: _old, ...rest } = block;
            onChange(title ? { ...rest, title } : rest);
          }}
        />
      </div>
      <RichTextField label="Callout text" doc={block.doc} onChange={(doc) => onChange({ ...block, doc })} />
    </div>
  );
}
