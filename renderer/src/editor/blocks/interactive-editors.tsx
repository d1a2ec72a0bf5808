import { ACCORDION_ITEMS, FLIP_CARDS, TAB_ITEMS, type BlockOf, type PanelItem } from '../../../../shared';
import type { EditorPartRegistry } from './block-part-types';
import { RichTextField } from '../rich-text/rich-text-field';
import { TextArea, TextField } from './fields';
import { addItem, newCard, newPanel, updateItem, type ListBounds } from './item-list';
import { ItemRowControls } from './item-row-controls';

/** Titled rich-text panels: the shared editor of accordion sections and tabs. */
function PanelListEditor(props: {
  items: PanelItem[];
  noun: string;
  bounds: ListBounds;
  legend: string;
  onChange: (items: PanelItem[]) => void;
}) {
  const { items, noun, bounds, onChange } = props;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <fieldset className="item-list">
      <legend>{props.legend}</legend>
      <ol>
        {items.map((item, i) => (
          <li key={item.id} className="item-list-row">
            <div className="block-fields-row">
              <TextField
                className="field-grow"
                label={`${Noun} ${i + 1} title`}
                value={item.title}
                required
                onChange={(title) => onChange(updateItem(items, item.id, { title }))}
              />
              <ItemRowControls items={items} index={i} what={noun} min={bounds.min} onChange={onChange} />
            </div>
            <RichTextField
              label={`${Noun} ${i + 1} content`}
              doc={item.doc}
              onChange={(doc) => onChange(updateItem(items, item.id, { doc }))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={items.length >= bounds.max}
        onClick={() => onChange(addItem(items, newPanel(`${Noun} ${items.length + 1}`), bounds))}
      >
        Add {noun}
      </button>
    </fieldset>
  );
}

function AccordionEditor({
  block,
  onChange,
}: {
  block: BlockOf<'accordion'>;
  onChange: (b: BlockOf<'accordion'>) => void;
}) {
  return (
    <div className="block-fields">
      <PanelListEditor
        items={block.items}
        noun="section"
        bounds={ACCORDION_ITEMS}
        legend={`Sections (learners expand each one; ${ACCORDION_ITEMS.min}–${ACCORDION_ITEMS.max})`}
        onChange={(items) => onChange({ ...block, items })}
      />
    </div>
  );
}

function TabsEditor({ block, onChange }: { block: BlockOf<'tabs'>; onChange: (b: BlockOf<'tabs'>) => void }) {
  return (
    <div className="block-fields">
      <PanelListEditor
        items={block.items}
        noun="tab"
        bounds={TAB_ITEMS}
        legend={`Tabs (learners see one at a time; ${TAB_ITEMS.min}–${TAB_ITEMS.max})`}
        onChange={(items) => onChange({ ...block, items })}
      />
    </div>
  );
}

function FlipCardsEditor({
  block,
  onChange,
}: {
  block: BlockOf<'flipCards'>;
  onChange: (b: BlockOf<'flipCards'>) => void;
}) {
  const cards = block.cards;
  const set = (next: typeof cards) => onChange({ ...block, cards: next });
  return (
    <div className="block-fields">
      <fieldset className="item-list">
        <legend>{`Cards (learners turn each one over; ${FLIP_CARDS.min}–${FLIP_CARDS.max})`}</legend>
        <ol>
          {cards.map((card, i) => (
            <li key={card.id} className="item-list-row">
              <div className="block-fields-row">
                <TextField
                  className="field-grow"
                  label={`Card ${i + 1} front`}
                  value={card.front}
                  required
                  onChange={(front) => set(updateItem(cards, card.id, { front }))}
                />
                <ItemRowControls items={cards} index={i} what="card" min={FLIP_CARDS.min} onChange={set} />
              </div>
              <TextArea
                label={`Card ${i + 1} back`}
                value={card.back}
                rows={2}
                onChange={(back) => set(updateItem(cards, card.id, { back }))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={cards.length >= FLIP_CARDS.max}
          onClick={() => set(addItem(cards, newCard(cards.length + 1), FLIP_CARDS))}
        >
          Add card
        </button>
      </fieldset>
    </div>
  );
}

export const interactiveParts: Pick<EditorPartRegistry, 'accordion' | 'tabs' | 'flipCards'> = {
  accordion: AccordionEditor,
  tabs: TabsEditor,
  flipCards: FlipCardsEditor,
};
