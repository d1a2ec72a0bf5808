import { SORTING_CARDS, SORTING_PILES, sortingCards, type BlockOf } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { SelectField, TextField } from './fields';
import { updateItem } from './item-list';
import { RemoveRowButton } from './item-row-controls';

type Sorting = BlockOf<'sorting'>;
type Pile = Sorting['piles'][number];

/** Pure edits of a sorting activity, within the schema's bounds (out of bounds: the block comes back unchanged). */
export const sortingEdits = {
  addPile(b: Sorting): Sorting {
    if (b.piles.length >= SORTING_PILES.max) return b;
    return { ...b, piles: [...b.piles, { id: crypto.randomUUID(), label: `Pile ${b.piles.length + 1}`, cards: [] }] };
  },
  /** Its cards move to the first pile left, so no card is lost. */
  removePile(b: Sorting, pileId: string): Sorting {
    if (b.piles.length <= SORTING_PILES.min) return b;
    const gone = b.piles.find((p) => p.id === pileId);
    const piles = b.piles.filter((p) => p.id !== pileId);
    return { ...b, piles: piles.map((p, i) => (i === 0 ? { ...p, cards: [...p.cards, ...(gone?.cards ?? [])] } : p)) };
  },
  addCard(b: Sorting, pileId: string): Sorting {
    const n = sortingCards(b.piles).length;
    if (n >= SORTING_CARDS.max) return b;
    const card = { id: crypto.randomUUID(), text: `Card ${n + 1}` };
    return { ...b, piles: b.piles.map((p) => (p.id === pileId ? { ...p, cards: [...p.cards, card] } : p)) };
  },
  removeCard(b: Sorting, cardId: string): Sorting {
    if (sortingCards(b.piles).length <= SORTING_CARDS.min) return b;
    return { ...b, piles: b.piles.map((p) => ({ ...p, cards: p.cards.filter((c) => c.id !== cardId) })) };
  },
  /** Moves a card to the end of another pile (it belongs there now). */
  moveCard(b: Sorting, cardId: string, toPileId: string): Sorting {
    const card = b.piles.flatMap((p) => p.cards).find((c) => c.id === cardId);
    if (!card || !b.piles.some((p) => p.id === toPileId)) return b;
    return {
      ...b,
      piles: b.piles.map((p) => ({
        ...p,
        cards:
          p.id === toPileId
            ? [...p.cards.filter((c) => c.id !== cardId), card]
            : p.cards.filter((c) => c.id !== cardId),
      })),
    };
  },
};

function SortingEditor({ block, onChange }: EditorPartProps<'sorting'>) {
  const { piles } = block;
  const total = sortingCards(piles).length;
  const setPile = (id: string, patch: Partial<Omit<Pile, 'id'>>) =>
    onChange({ ...block, piles: updateItem(piles, id, patch) });
  const pileOptions = piles.map((p, i) => ({ value: p.id, label: p.label || `Pile ${i + 1}` }));
  let n = 0;
  return (
    <div className="block-fields">
      <TextField
        label="Instruction"
        value={block.prompt}
        required
        onChange={(prompt) => onChange({ ...block, prompt })}
      />
      {piles.map((p, pi) => (
        <fieldset key={p.id} className="item-list">
          <legend>{`Pile ${pi + 1}: ${p.label}`}</legend>
          <div className="block-fields-row">
            <TextField
              className="field-grow"
              label={`Pile ${pi + 1} label`}
              value={p.label}
              required
              onChange={(label) => setPile(p.id, { label })}
            />
            <button
              type="button"
              className="button button-small button-danger-quiet"
              aria-label={`Remove pile ${pi + 1} (its cards move to the first pile)`}
              disabled={piles.length <= SORTING_PILES.min}
              onClick={() => onChange(sortingEdits.removePile(block, p.id))}
            >
              Remove pile
            </button>
          </div>
          <ol>
            {p.cards.map((c) => {
              const k = ++n;
              return (
                <li key={c.id} className="item-list-row block-fields-row">
                  <TextField
                    className="field-grow"
                    label={`Card ${k} text`}
                    value={c.text}
                    required
                    onChange={(text) => setPile(p.id, { cards: updateItem(p.cards, c.id, { text }) })}
                  />
                  <SelectField
                    label={`Card ${k} belongs in`}
                    value={p.id}
                    options={pileOptions}
                    onChange={(to) => onChange(sortingEdits.moveCard(block, c.id, to))}
                  />
                  <RemoveRowButton
                    label={`Remove card ${k}`}
                    disabled={total <= SORTING_CARDS.min}
                    onRemove={() => onChange(sortingEdits.removeCard(block, c.id))}
                  />
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button-small"
            disabled={total >= SORTING_CARDS.max}
            onClick={() => onChange(sortingEdits.addCard(block, p.id))}
          >
            {`Add card to pile ${pi + 1}`}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-small"
        disabled={piles.length >= SORTING_PILES.max}
        onClick={() => onChange(sortingEdits.addPile(block))}
      >
        Add pile
      </button>
    </div>
  );
}

export const sortingParts: Pick<EditorPartRegistry, 'sorting'> = { sorting: SortingEditor };
