import type { Block, BlockType } from '../../../../shared';
import type { EditorPart, EditorPartRegistry } from './block-part-types';
import { activityParts } from './activity-parts';
import { contentParts } from './content-parts';
import { interactiveParts } from './interactive-editors';
import { mediaParts } from './media-editors';
import { QuestionEditor } from './question-editor';
import { textParts } from './text-parts';
import { galleryParts } from './gallery-part';
import { labeledGraphicParts } from './labeled-graphic-part';
import { sortingParts } from './sorting-part';

/** The editing part of every block kind, looked up by kind (kinds are described in `shared/core/blocks/`). */
export const EDITOR_PARTS: EditorPartRegistry = {
  ...textParts,
  ...contentParts,
  ...mediaParts,
  question: QuestionEditor,
  ...interactiveParts,
  ...activityParts,
  ...galleryParts,
  ...labeledGraphicParts,
  ...sortingParts,
};

/** The editor for one block, by kind. */
export function BlockEditor({
  block,
  onChange,
  graded,
}: {
  block: Block;
  onChange: (b: Block) => void;
  graded: boolean;
}) {
  const Part = EDITOR_PARTS[block.type] as EditorPart<BlockType>;
  return <Part block={block} onChange={onChange} graded={graded} />;
}
