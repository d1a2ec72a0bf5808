import type { Block, BlockType } from '../../../../shared';
import type { EditorPart, EditorPartRegistry } from './block-part-types';
import { activityParts } from './activity-parts';
import { attachmentParts } from './attachment-part';
import { continueParts } from './continue-part';
import { embedParts } from './embed-part';
import { contentParts } from './content-parts';
import { interactiveParts } from './interactive-editors';
import { mediaParts } from './media-editors';
import { QuestionEditor } from './question-editor';
import { scenarioParts } from './scenario-part';
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
  ...scenarioParts,
  ...continueParts,
  ...attachmentParts,
  ...embedParts,
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
