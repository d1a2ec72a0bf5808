import type { BlockOf } from '../../../../shared';
import { RichTextField } from '../rich-text/rich-text-field';

export function RichTextBlockEditor({
  block,
  onChange,
}: {
  block: BlockOf<'richText'>;
  onChange: (b: BlockOf<'richText'>) => void;
}) {
  return <RichTextField label="Text" doc={block.doc} onChange={(doc) => onChange({ ...block, doc })} />;
}
