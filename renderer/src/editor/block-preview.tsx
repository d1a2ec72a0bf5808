import type { Block } from '../../../shared';
import { BlockView } from '../components/blocks/block-view';

/**
 * What learners will see of a media or question block, under its editor: media shows the picked
 * file (with captions / transcript); questions show in a closed disclosure to keep the editor calm.
 */
export function BlockPreview({ block }: { block: Block }) {
  const view = (
    <div className={`block block-${block.type}`}>
      <BlockView block={block} />
    </div>
  );
  switch (block.type) {
    case 'image':
    case 'video':
    case 'audio':
      return block.assetId ? <div className="block-preview">{view}</div> : null;
    case 'question':
      return (
        <details className="block-preview">
          <summary>Learner view</summary>
          {view}
        </details>
      );
    default:
      return null;
  }
}
