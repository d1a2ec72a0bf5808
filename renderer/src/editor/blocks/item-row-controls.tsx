import { moveItem } from './question-logic';

/** Up / Down / Remove for one row of an item list (gallery images, markers, cards…), named by `what` + number. */
export function ItemRowControls<T>(props: {
  items: readonly T[];
  index: number;
  what: string;
  min: number;
  onChange: (items: T[]) => void;
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
      <button
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={`Remove ${what} ${i + 1}`}
        disabled={items.length <= min}
        onClick={() => onChange(items.filter((_, k) => k !== i))}
      >
        Remove
      </button>
    </div>
  );
}
