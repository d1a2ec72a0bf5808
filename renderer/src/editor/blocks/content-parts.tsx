import { LIST_ITEMS, TABLE_COLUMNS, TABLE_ROWS, type BlockOf } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { CheckboxField, SelectField, TextArea, TextField } from './fields';

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

const LIST_STYLE_OPTIONS = [
  { value: 'bulleted', label: 'Bulleted' },
  { value: 'numbered', label: 'Numbered' },
  { value: 'checklist', label: 'Checklist (learners tick items)' },
] as const;

function ListEditor({ block, onChange }: EditorPartProps<'list'>) {
  return (
    <div className="block-fields">
      <SelectField<BlockOf<'list'>['style']>
        label="List style"
        value={block.style}
        options={LIST_STYLE_OPTIONS}
        onChange={(style) => onChange({ ...block, style })}
      />
      <TextArea
        label="Items (one per line)"
        rows={Math.min(10, block.items.length + 1)}
        value={block.items.join('\n')}
        onChange={(text) => onChange({ ...block, items: text.split('\n').slice(0, LIST_ITEMS.max) })}
      />
    </div>
  );
}

function TableEditor({ block, onChange }: EditorPartProps<'table'>) {
  const { rows } = block;
  const width = rows[0]?.length ?? 1;
  const setRows = (next: string[][]) => onChange({ ...block, rows: next });
  const setCell = (r: number, c: number, text: string) =>
    setRows(rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? text : cell)) : row)));
  return (
    <div className="block-fields">
      <TextField
        label="Caption"
        value={block.caption}
        placeholder="What the table shows"
        onChange={(caption) => onChange({ ...block, caption })}
      />
      <CheckboxField
        label="First row is a header row"
        checked={block.headerRow}
        onChange={(headerRow) => onChange({ ...block, headerRow })}
      />
      <div className="table-editor" style={{ overflowX: 'auto' }}>
        <table>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <input
                      type="text"
                      aria-label={`Row ${r + 1}, column ${c + 1}`}
                      value={cell}
                      onChange={(e) => setCell(r, c, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="block-fields-row">
        <button
          type="button"
          className="button button-small"
          disabled={rows.length >= TABLE_ROWS.max}
          onClick={() => setRows([...rows, Array<string>(width).fill('')])}
        >
          Add row
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={rows.length <= TABLE_ROWS.min}
          onClick={() => setRows(rows.slice(0, -1))}
        >
          Remove last row
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={width >= TABLE_COLUMNS.max}
          onClick={() => setRows(rows.map((row) => [...row, '']))}
        >
          Add column
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={width <= TABLE_COLUMNS.min}
          onClick={() => setRows(rows.map((row) => row.slice(0, -1)))}
        >
          Remove last column
        </button>
      </div>
    </div>
  );
}

/** Editing parts of the structured text kinds (statement, list, table). */
export const contentParts: Pick<EditorPartRegistry, 'statement' | 'list' | 'table'> = {
  statement: StatementEditor,
  list: ListEditor,
  table: TableEditor,
};
