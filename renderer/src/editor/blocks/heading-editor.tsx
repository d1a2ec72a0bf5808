import type { BlockOf } from '../../../../shared';
import { SelectField, TextField } from './fields';

export function HeadingEditor({
  block,
  onChange,
}: {
  block: BlockOf<'heading'>;
  onChange: (b: BlockOf<'heading'>) => void;
}) {
  return (
    <div className="block-fields block-fields-row">
      <SelectField
        label="Level"
        value={String(block.level) as '2' | '3'}
        options={[
          { value: '2', label: 'Heading (H2)' },
          { value: '3', label: 'Subheading (H3)' },
        ]}
        onChange={(v) => onChange({ ...block, level: v === '2' ? 2 : 3 })}
      />
      <TextField
        className="field-grow"
        label="Heading text"
        value={block.text}
        required
        onChange={(text) => onChange({ ...block, text })}
      />
    </div>
  );
}
