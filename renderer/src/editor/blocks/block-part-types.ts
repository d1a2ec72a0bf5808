import type { ReactNode } from 'react';
import type { BlockOf, BlockType } from '../../../../shared';

/** How an edit enters the undo history. */
export interface EditOptions {
  /** A structural edit (a choice added or removed, the answer changed): its own undo step, never merged
   * into the typing burst around it. */
  step?: boolean;
}

/** The editing part of a block kind (its form today; the in-place canvas editing builds on it). */
export interface EditorPartProps<K extends BlockType> {
  block: BlockOf<K>;
  onChange: (b: BlockOf<K>, options?: EditOptions) => void;
  /** The block is in a quiz lesson (questions show points). */
  graded: boolean;
}
export type EditorPart<K extends BlockType> = (props: EditorPartProps<K>) => ReactNode;

/** One editing part per block kind: a kind without one is a compile error. */
export type EditorPartRegistry = { readonly [K in BlockType]: EditorPart<K> };
