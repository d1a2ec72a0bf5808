/** The zod-free core: what the player (and anything else) may import without pulling zod. */
export * from './block-kind';
export * from './block-registry';
export * from './block-schemas';
export * from './question-kinds';
export * from './rich-text-plain';
export * from './export-formats';
export { CALLOUT_VARIANTS, DIVIDER_STYLES, emptyDoc } from './blocks/text-kinds';
export { PROCESS_STEPS } from './blocks/activity-kinds';
export { LIST_ITEMS, LIST_STYLES, STATEMENT_STYLES, TABLE_COLUMNS, TABLE_ROWS, TIMELINE_EVENTS } from './blocks/content-kinds';
export { ACCORDION_ITEMS, TAB_ITEMS, FLIP_CARDS, newPanel, newCard } from './blocks/interactive-kinds';
export type { PanelItem, FlipCard } from './blocks/interactive-kinds';
export type { QuestionKindRegistry } from './questions/question-kind';
export * from './package-constants';
export * from './themes';
