import { assertNever, type Block } from '../../../../shared';
import { RichTextView } from '../rich-text/rich-text-view';
import { AudioBlockView } from './audio-block-view';
import { CalloutBlockView } from './callout-block-view';
import { ImageBlockView } from './image-block-view';
import { AccordionBlockView, FlipCardsBlockView, TabsBlockView } from './interactive-block-views';
import { QuestionBlockView } from './question-block-view';
import { VideoBlockView } from './video-block-view';

/** Read-only rendering of one lesson block. A new block type fails to compile until it has a case here. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? (
        <h2 className="block-heading">{block.text}</h2>
      ) : (
        <h3 className="block-heading">{block.text}</h3>
      );
    case 'richText':
      return <RichTextView doc={block.doc} />;
    case 'image':
      return <ImageBlockView block={block} />;
    case 'video':
      return <VideoBlockView block={block} />;
    case 'audio':
      return <AudioBlockView block={block} />;
    case 'callout':
      return <CalloutBlockView block={block} />;
    case 'divider':
      return block.style === 'line' ? (
        <hr className="block-divider" />
      ) : (
        <div className="block-spacer" aria-hidden="true" />
      );
    case 'question':
      return <QuestionBlockView block={block} />;
    case 'accordion':
      return <AccordionBlockView block={block} />;
    case 'tabs':
      return <TabsBlockView block={block} />;
    case 'flipCards':
      return <FlipCardsBlockView block={block} />;
    default:
      return assertNever(block, 'block');
  }
}

/** The blocks of a lesson, each in its own list item so screen readers can count them. */
export function BlockList({ blocks }: { blocks: Block[] }) {
  if (blocks.length === 0) return <p className="muted">This lesson has no content yet.</p>;
  return (
    <div className="block-list">
      {blocks.map((block) => (
        <section key={block.id} className={`block block-${block.type}`} data-block-type={block.type}>
          <BlockView block={block} />
        </section>
      ))}
    </div>
  );
}
