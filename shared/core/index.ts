/** The zod-free core: what the player (and anything else) may import without pulling zod. */
export * from './block-kind';
export * from './block-registry';
export * from './block-conversions';
export * from './block-runtime';
export * from './block-schemas';
export { QUESTION_RUNTIME, shuffledQuestion } from './question-runtime';
export * from './question-kinds';
export * from './rich-text-plain';
export * from './export-formats';
export { CALLOUT_VARIANTS } from './blocks/text-kinds';
export { PROCESS_STEPS } from './blocks/activity-kinds';
export {
  LIST_ITEMS,
  LIST_STYLES,
  STATEMENT_STYLES,
  TABLE_COLUMNS,
  TABLE_ROWS,
  TIMELINE_EVENTS,
} from './blocks/content-kinds';
export { ACCORDION_ITEMS, TAB_ITEMS, FLIP_CARDS, newPanel, newCard } from './blocks/interactive-kinds';
export type { PanelItem, FlipCard } from './blocks/interactive-kinds';
export * from './package-constants';
export {
  SCENARIO_CHOICES,
  SCENARIO_ENDINGS,
  SCENARIO_OUTCOMES,
  SCENARIO_SCENES,
  describeProblem,
} from './blocks/scenario-kind';
export * from './scenario-graph';
export { ATTACHMENT_EXTENSIONS, safeFileName } from './blocks/attachment-kind';
export { EMBED_HEIGHT, EMBED_SANDBOX, isEmbedUrl } from './blocks/embed-kind';
export { GALLERY_IMAGES } from './blocks/gallery-kind';
export { LABELED_MARKERS } from './blocks/labeled-graphic-kind';
export { SORTING_CARDS, SORTING_PILES, decodeSorting, encodeSorting, sortingCards } from './blocks/sorting-kind';
export * from './themes';
