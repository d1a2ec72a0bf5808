import { activitySchemas } from './blocks/activity-kinds';
import { attachmentSchemas } from './blocks/attachment-kind';
import { continueSchemas } from './blocks/continue-kind';
import { embedSchemas } from './blocks/embed-kind';
import { contentSchemas } from './blocks/content-kinds';
import { interactiveSchemas } from './blocks/interactive-kinds';
import { mediaSchemas } from './blocks/media-kinds';
import { questionBlockSchemas } from './blocks/question-block-kind';
import { scenarioSchemas } from './blocks/scenario-kind';
import { textSchemas } from './blocks/text-kinds';
import { gallerySchemas } from './blocks/gallery-kind';
import { labeledGraphicSchemas } from './blocks/labeled-graphic-kind';
import { sortingSchemas } from './blocks/sorting-kind';

/**
 * Every block kind's schema builder, by kind. `shared/model/blocks.ts` builds the zod union from this map (so
 * `BlockType` is its key set); the order here is the order of the insert menu.
 */
export const BLOCK_SCHEMA_BUILDERS = {
  ...textSchemas,
  ...contentSchemas,
  ...mediaSchemas,
  ...questionBlockSchemas,
  ...interactiveSchemas,
  ...activitySchemas,
  ...scenarioSchemas,
  ...continueSchemas,
  ...attachmentSchemas,
  ...embedSchemas,
  ...gallerySchemas,
  ...labeledGraphicSchemas,
  ...sortingSchemas,
};
