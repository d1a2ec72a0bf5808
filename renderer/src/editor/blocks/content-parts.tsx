import { type BlockOf } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { SelectField, TextArea } from './fields';

const STATEMENT_STYLE_OPTIONS = [
  { value: 'bold', label: 'Bold, between rules' },
  { value: 'framed', label: 'Framed card' },
  { value: 'note', label: 'Side bar' },
] as const;

function StatementEditor({ block, onChange }: EditorPartProps<'statement'>) {
  return (
    <div className="block-fields">
      <TextArea label="Statement" rows={2} value={block.text} onChange={(text) => onChange({ ...block, text })} />
      <SelectField<BlockOf<'statement'>['style']>
        label="Style"
        value={block.style}
        options={STATEMENT_STYLE_OPTIONS}
        onChange={(style) => onChange({ ...block, style })}
      />
    </div>
  );
}

/** Editing parts of the structured text kinds (statement, list, table). */
export const contentParts: Pick<EditorPartRegistry, 'statement'> = {
  statement: StatementEditor,
};
