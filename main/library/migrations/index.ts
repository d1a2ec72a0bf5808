import { migration001Core } from './001-core';
import { migration002SearchIndex } from './002-search-index';
import { migration003Assets } from './003-assets';
import { migration004MediaPipeline } from './004-media-pipeline';
import { migration005Learner } from './005-learner';
import { migration006CourseTrash } from './006-course-trash';
import { migration007Lrs } from './007-lrs';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema step, oldest first; `version` must equal the index + 1. Append new migrations at the end. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Core,
  migration002SearchIndex,
  migration003Assets,
  migration004MediaPipeline,
  migration005Learner,
  migration006CourseTrash,
  migration007Lrs,
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
