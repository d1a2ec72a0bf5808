import type { BlockOf } from '../../../../shared';
import { SelectField } from './fields';

export function DividerEditor({
  block,
  onChange,
}: {
  block: BlockOf<'divider'>;
  onChange: (b: BlockOf<'divider'>) => void;
}) {
  return (
    <div className="block-fields">
      <SelectField
        label="Divider style"
        value={block.style}
        options={[
          { value: 'line', label: 'Line' },
          { value: 'space', label: 'Space only' },
        ]}
        onChange={(style) => onChange({ ...block, style })}
      />
    </div>
  );
}
