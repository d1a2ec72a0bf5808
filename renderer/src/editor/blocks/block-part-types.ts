import type { ReactNode } from 'react';
import type { BlockOf, BlockType } from '../../../../shared';

/** The editing part of a block kind (its form today; the in-place canvas editing builds on it). */
export interface EditorPartProps<K extends BlockType> {
  block: BlockOf<K>;
  onChange: (b: BlockOf<K>) => void;
  /** The block is in a quiz lesson (questions show points). */
  graded: boolean;
}
export type EditorPart<K extends BlockType> = (props: EditorPartProps<K>) => ReactNode;

/** One editing part per block kind: a kind without one is a compile error. */
export type EditorPartRegistry = { readonly [K in BlockType]: EditorPart<K> };
