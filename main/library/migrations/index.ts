import { migration001Core } from './001-core';
import { migration002SearchIndex } from './002-search-index';
import { migration003Assets } from './003-assets';
import { migration004MediaPipeline } from './004-media-pipeline';
import { migration005Learner } from './005-learner';
import { migration006CourseTrash } from './006-course-trash';
import { migration007LibraryScale } from './007-library-scale';
import { migration008LessonQuizSettings } from './008-lesson-quiz-settings';
import { migration009MediaJobLease } from './009-media-job-lease';
import { migration010Lrs } from './010-lrs';
import { migration011BlockTextFromJson } from './011-block-text-from-json';
import { migration012QuestionBanks } from './012-question-banks';
import { migration013LessonHeader } from './013-lesson-header';
import { migration014SearchMergeOffSave } from './014-search-merge-off-save';
import { migration015SlimBlockRows } from './015-slim-block-rows';
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
  migration007LibraryScale,
  migration008LessonQuizSettings,
  migration009MediaJobLease,
  migration010Lrs,
  migration011BlockTextFromJson,
  migration012QuestionBanks,
  migration013LessonHeader,
  migration014SearchMergeOffSave,
  migration015SlimBlockRows,
];
