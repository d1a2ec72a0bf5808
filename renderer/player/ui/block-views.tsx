/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { Block, BlockType } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewComponent, BlockViewRegistry } from './block-view-types';
import { activityViews } from './activity-views';
import { attachmentViews } from './attachment-view';
import { continueViews } from './continue-view';
import { embedViews } from './embed-view';
import { contentViews } from './content-views';
import { interactiveViews } from './interactive-blocks';
import { mediaViews } from './media-views';
import { QuestionView } from './question-view';
import { scenarioViews } from './scenario-view';
import { textViews } from './text-views';
import { galleryViews } from './gallery-view';
import { labeledGraphicViews } from './labeled-graphic-view';
import { sortingViews } from './sorting-view';

export type { BlockContext } from './block-view-types';

/**
 * The one renderer of what learners see: the player, preview, exports and the editor canvas all draw blocks
 * through these views, looked up by kind (kinds are described in `shared/core/blocks/`).
 */
export const BLOCK_VIEWS: BlockViewRegistry = {
  ...textViews,
  ...contentViews,
  ...mediaViews,
  question: ({ block, ctx }) => (
    <QuestionView block={block} controller={ctx.controller} number={ctx.questionNumber(block.id)} />
  ),
  ...interactiveViews,
  ...activityViews,
  ...scenarioViews,
  ...continueViews,
  ...attachmentViews,
  ...embedViews,
  ...galleryViews,
  ...labeledGraphicViews,
  ...sortingViews,
};

export function BlockView({ block, ctx }: { block: Block; ctx: BlockContext }): JSX.Element | null {
  // Packaged content was checked structurally only; an unknown kind (a newer exporter) draws nothing.
  const View = BLOCK_VIEWS[block.type] as BlockViewComponent<BlockType> | undefined;
  return View ? <View block={block} ctx={ctx} /> : null;
}
