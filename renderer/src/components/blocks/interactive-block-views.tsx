import type { BlockOf } from '../../../../shared';
import { RichTextView } from '../rich-text/rich-text-view';

/**
 * Read-only previews of the interactive blocks. Authors need to see every panel at once, so tabs are laid out
 * as a list of titled panels and flip cards show both faces; the learner-facing interaction lives in the player.
 */

export function AccordionBlockView({ block }: { block: BlockOf<'accordion'> }) {
  return (
    <div className="accordion-preview">
      {block.items.map((item) => (
        <details key={item.id} className="accordion-preview-item">
          <summary>{item.title}</summary>
          <RichTextView doc={item.doc} />
        </details>
      ))}
    </div>
  );
}

export function TabsBlockView({ block }: { block: BlockOf<'tabs'> }) {
  return (
    <ol className="tabs-preview" aria-label="Tabs">
      {block.items.map((item) => (
        <li key={item.id} className="tabs-preview-panel">
          <p className="tabs-preview-title">{item.title}</p>
          <RichTextView doc={item.doc} />
        </li>
      ))}
    </ol>
  );
}

export function FlipCardsBlockView({ block }: { block: BlockOf<'flipCards'> }) {
  return (
    <dl className="flip-cards-preview">
      {block.cards.map((card) => (
        <div key={card.id} className="flip-cards-preview-card">
          <dt>{card.front}</dt>
          <dd>{card.back}</dd>
        </div>
      ))}
    </dl>
  );
}
