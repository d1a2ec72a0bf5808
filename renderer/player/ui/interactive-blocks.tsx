/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockViewRegistry } from './block-view-types';
import { RichText } from './rich-text';

/**
 * Interactive blocks, following the WAI-ARIA Authoring Practices: accordion (disclosure buttons with
 * aria-expanded/aria-controls), tabs (tablist with roving tabindex and automatic activation) and flip cards
 * (buttons that turn over, announced through a live region). DOM ids derive from the item UUIDs, so they are
 * unique on the page.
 */

function AccordionBlock({ block }: { block: BlockOf<'accordion'> }): JSX.Element {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div class="cw-accordion">
      {block.items.map((item) => {
        const expanded = open.has(item.id);
        return (
          <div key={item.id} class="cw-accordion-item">
            <button
              type="button"
              class="cw-accordion-button"
              id={`cw-acc-${item.id}`}
              aria-expanded={expanded}
              aria-controls={`cw-accp-${item.id}`}
              onClick={() => toggle(item.id)}
            >
              <span>{item.title}</span>
              <span class="cw-accordion-icon" aria-hidden="true" />
            </button>
            <div
              id={`cw-accp-${item.id}`}
              class="cw-accordion-panel"
              role="region"
              aria-labelledby={`cw-acc-${item.id}`}
              hidden={!expanded}
            >
              <RichText doc={item.doc} />
            </div>
          </div>
        );
      })}
    </div>
  );
}

function TabsBlock({ block }: { block: BlockOf<'tabs'> }): JSX.Element {
  const [selected, setSelected] = useState(0);
  const tabsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const moveFocusRef = useRef(false);
  const count = block.items.length;
  const current = Math.min(selected, count - 1);
  useEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    tabsRef.current[current]?.focus();
  }, [current]);
  const onKeyDown = (e: KeyboardEvent) => {
    const target: Record<string, number> = {
      ArrowRight: (current + 1) % count,
      ArrowLeft: (current - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = target[e.key];
    if (next === undefined) return;
    e.preventDefault();
    moveFocusRef.current = true;
    setSelected(next);
  };
  return (
    <div class="cw-tabs">
      <div role="tablist" aria-label="Tabs" class="cw-tablist" onKeyDown={onKeyDown}>
        {block.items.map((item, i) => (
          <button
            key={item.id}
            ref={(el) => {
              tabsRef.current[i] = el;
            }}
            type="button"
            role="tab"
            class="cw-tab"
            id={`cw-tab-${item.id}`}
            aria-selected={i === current}
            aria-controls={`cw-tabp-${item.id}`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => setSelected(i)}
          >
            {item.title}
          </button>
        ))}
      </div>
      {block.items.map((item, i) => (
        <div
          key={item.id}
          id={`cw-tabp-${item.id}`}
          role="tabpanel"
          class="cw-tabpanel"
          aria-labelledby={`cw-tab-${item.id}`}
          tabIndex={0}
          hidden={i !== current}
        >
          <RichText doc={item.doc} />
        </div>
      ))}
    </div>
  );
}

function FlipCardsBlock({ block }: { block: BlockOf<'flipCards'> }): JSX.Element {
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const hintId = `cw-fliph-${block.id}`;
  const toggle = (card: BlockOf<'flipCards'>['cards'][number]) => {
    const toBack = !flipped.has(card.id);
    const next = new Set(flipped);
    if (toBack) next.add(card.id);
    else next.delete(card.id);
    setFlipped(next);
    setAnnouncement(toBack ? `Back of ${card.front}: ${card.back}` : `Front: ${card.front}`);
  };
  return (
    <div class="cw-flip-cards">
      <p id={hintId} class="cw-flip-hint">
        Select a card to turn it over.
      </p>
      <ul class="cw-flip-list">
        {block.cards.map((card) => {
          const back = flipped.has(card.id);
          return (
            <li key={card.id}>
              <button
                type="button"
                class={`cw-flip ${back ? 'is-back' : ''}`}
                data-side={back ? 'back' : 'front'}
                aria-describedby={hintId}
                onClick={() => toggle(card)}
              >
                <span class="cw-flip-side" aria-hidden="true">
                  {back ? 'Back' : 'Front'}
                </span>
                {/* Keyed by side so the face re-mounts and plays its turn-over animation (motion permitting). */}
                <span key={back ? 'b' : 'f'} class="cw-flip-face">
                  {back ? card.back : card.front}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p class="cw-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

export const interactiveViews: Pick<BlockViewRegistry, 'accordion' | 'tabs' | 'flipCards'> = {
  accordion: AccordionBlock,
  tabs: TabsBlock,
  flipCards: FlipCardsBlock,
};
