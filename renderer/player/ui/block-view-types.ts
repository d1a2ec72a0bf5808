import type { JSX } from 'preact';
import type { BlockOf, BlockType } from '../../../shared/model/blocks';
import type { PackagedAsset } from '../../../shared/package/course-package';
import type { PlayerController } from '../state/player-controller';

/** What a block view may use besides its block: packaged assets, the course language, the learner session. */
export interface BlockContext {
  assets: Readonly<Record<string, PackagedAsset>>;
  language: string;
  controller: PlayerController;
  /** Graded question numbering within a quiz lesson. */
  questionNumber: (blockId: string) => { index: number; total: number; graded: boolean };
  /** Drawn on the editor canvas, on the app's own origin: no third-party frames there (embeds show a placeholder). */
  canvas?: boolean;
}

export type BlockViewComponent<K extends BlockType> = (props: {
  block: BlockOf<K>;
  ctx: BlockContext;
}) => JSX.Element | null;

/** One view per block kind: a kind without a view is a compile error. */
export type BlockViewRegistry = { readonly [K in BlockType]: BlockViewComponent<K> };
