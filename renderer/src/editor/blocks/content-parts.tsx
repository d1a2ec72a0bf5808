import { LIST_ITEMS, TABLE_COLUMNS, TABLE_ROWS, TIMELINE_EVENTS, type BlockOf } from '../../../../shared';
import { AssetPicker } from './asset-picker';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { CheckboxField, SelectField, TextArea, TextField } from './fields';
import { addItem, removeItem, updateItem } from './item-list';
import { RemoveRowButton } from './item-row-controls';

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

function TimelineEditor({ block, onChange }: EditorPartProps<'timeline'>) {
  const events = block.events;
  const setEvents = (next: typeof events) => onChange({ ...block, events: next });
  return (
    <fieldset className="item-list">
      <legend>Events (in the order shown)</legend>
      <ol>
        {events.map((e, i) => (
          <li key={e.id} className="item-list-row">
            <div className="block-fields-row">
              <TextField
                label={`Event ${i + 1} date`}
                value={e.date}
                required
                onChange={(date) => setEvents(updateItem(events, e.id, { date }))}
              />
              <TextField
                className="field-grow"
                label={`Event ${i + 1} title`}
                value={e.title}
                required
                onChange={(title) => setEvents(updateItem(events, e.id, { title }))}
              />
            </div>
            <TextArea
              label={`Event ${i + 1} text`}
              value={e.text}
              onChange={(text) => setEvents(updateItem(events, e.id, { text }))}
            />
            <AssetPicker
              label={`Event ${i + 1} image (optional)`}
              kind="image"
              value={e.imageAssetId}
              onChange={(imageAssetId) => setEvents(updateItem(events, e.id, { imageAssetId }))}
            />
            {e.imageAssetId ? (
              <TextField
                label={`Event ${i + 1} image alt text`}
                value={e.alt}
                required
                onChange={(alt) => setEvents(updateItem(events, e.id, { alt }))}
              />
            ) : null}
            <RemoveRowButton
              label={`Remove event ${i + 1}`}
              disabled={events.length <= TIMELINE_EVENTS.min}
              onRemove={() => setEvents(removeItem(events, e.id, TIMELINE_EVENTS))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={events.length >= TIMELINE_EVENTS.max}
        onClick={() =>
          setEvents(
            addItem(
              events,
              { id: crypto.randomUUID(), date: 'Date', title: 'Event', text: '', imageAssetId: null, alt: '' },
              TIMELINE_EVENTS,
            ),
          )
        }
      >
        Add event
      </button>
    </fieldset>
  );
}

/** Editing parts of the structured text kinds (statement, list, table, timeline). */
export const contentParts: Pick<EditorPartRegistry, 'statement' | 'list' | 'table' | 'timeline'> = {
  statement: StatementEditor,
  list: ListEditor,
  table: TableEditor,
  timeline: TimelineEditor,
};
