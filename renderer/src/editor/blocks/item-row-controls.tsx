import { moveItem } from './question-logic';

/** The quiet "Remove" button of one row in a list editor, named by `label` so every row's button is distinct. */
export function RemoveRowButton(props: { label: string; disabled?: boolean; onRemove: () => void; text?: string }) {
  return (
    <button
      type="button"
      className="button button-small button-danger-quiet"
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onRemove}
    >
      {props.text ?? 'Remove'}
    </button>
  );
}

/**
 * Up / Down / Remove for one row of an item list (gallery images, markers, cards, steps, sections…), named by
 * `what` + number. `onRemove` replaces the plain removal when removing must also fix references to the row.
 */
export function ItemRowControls<T>(props: {
  items: readonly T[];
  index: number;
  what: string;
  min: number;
  onChange: (items: T[]) => void;
  onRemove?: () => void;
}) {
  const { items, index: i, what, min, onChange } = props;
  return (
    <div className="item-row-controls">
      <button
        type="button"
        className="button button-small"
        aria-label={`Move ${what} ${i + 1} up`}
        disabled={i === 0}
        onClick={() => onChange(moveItem(items, i, i - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={`Move ${what} ${i + 1} down`}
        disabled={i === items.length - 1}
        onClick={() => onChange(moveItem(items, i, i + 1))}
      >
        ↓
      </button>
      <RemoveRowButton
        label={`Remove ${what} ${i + 1}`}
        disabled={items.length <= min}
        onRemove={props.onRemove ?? (() => onChange(items.filter((_, k) => k !== i)))}
      />
    </div>
  );
}
