import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { CheckboxField, TextField } from './fields';

function ContinueEditor({ block, onChange }: EditorPartProps<'continue'>) {
  return (
    <div className="block-fields">
      <TextField label="Button text" value={block.label} required onChange={(label) => onChange({ ...block, label })} />
      <CheckboxField
        label="Only after the blocks above are completed (questions answered, processes finished, media played)"
        checked={block.requireComplete}
        onChange={(requireComplete) => onChange({ ...block, requireComplete })}
      />
      <p className="field-hint">Learners see the rest of the lesson once they press the button.</p>
    </div>
  );
}

export const continueParts: Pick<EditorPartRegistry, 'continue'> = { continue: ContinueEditor };
