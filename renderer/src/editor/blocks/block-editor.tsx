import { assertNever, type Block } from '../../../../shared';
import { CalloutEditor } from './callout-editor';
import { DividerEditor } from './divider-editor';
import { HeadingEditor } from './heading-editor';
import { AccordionEditor, FlipCardsEditor, TabsEditor } from './interactive-editors';
import { AudioEditor, ImageEditor, VideoEditor } from './media-editors';
import { QuestionEditor } from './question-editor';
import { RichTextBlockEditor } from './rich-text-block-editor';

/** The editor for one block, by type. Adding a block type: follow the compile error here. */
export function BlockEditor({
  block,
  onChange,
  graded,
}: {
  block: Block;
  onChange: (b: Block) => void;
  graded: boolean;
}) {
  switch (block.type) {
    case 'heading':
      return <HeadingEditor block={block} onChange={onChange} />;
    case 'richText':
      return <RichTextBlockEditor block={block} onChange={onChange} />;
    case 'image':
      return <ImageEditor block={block} onChange={onChange} />;
    case 'video':
      return <VideoEditor block={block} onChange={onChange} />;
    case 'audio':
      return <AudioEditor block={block} onChange={onChange} />;
    case 'callout':
      return <CalloutEditor block={block} onChange={onChange} />;
    case 'divider':
      return <DividerEditor block={block} onChange={onChange} />;
    case 'question':
      return <QuestionEditor block={block} onChange={onChange} graded={graded} />;
    case 'accordion':
      return <AccordionEditor block={block} onChange={onChange} />;
    case 'tabs':
      return <TabsEditor block={block} onChange={onChange} />;
    case 'flipCards':
      return <FlipCardsEditor block={block} onChange={onChange} />;
    default:
      return assertNever(block, 'block');
  }
}
