import type { CourseLibrary } from '../library/course-library';
import type { Handlers } from './router';
import type { MediaService } from '../media/media-service';
import { exportCourseArchive, importCourseArchive } from '../authoring/course-archive';
import { copyBanksInto, courseBanks } from '../banks/course-bank-copy';
import { createDurationSource, guidanceFor } from '../authoring/guidance-service';

type AuthoringChannel =
  | 'courses.trash.list'
  | 'courses.restore'
  | 'courses.purge'
  | 'courses.exportArchive'
  | 'courses.importArchive'
  | 'courses.guidance';

interface AuthoringDeps {
  library: CourseLibrary;
  /** When present, imported archive media is probed and transcoded like any other import. */
  media?: MediaService | undefined;
  notifyChanged: (courseId: string | null, reason: string) => void;
}

/** The authoring channels: trash, `.cwcourse` archives and design guidance. */
export function createAuthoringHandlers({
  library,
  media,
  notifyChanged,
}: AuthoringDeps): Pick<Handlers, AuthoringChannel> {
  const durations = createDurationSource(library, media);

  return {
    'courses.trash.list': () => library.listTrashedCourses(),
    'courses.restore': ({ courseId }) => {
      const course = library.restoreCourse(courseId);
      notifyChanged(courseId, 'courses.restore');
      return course;
    },
    'courses.purge': ({ courseId }) => {
      library.purgeCourse(courseId);
      notifyChanged(courseId, 'courses.purge');
      return { deleted: true as const };
    },
    'courses.exportArchive': ({ courseId, outPath }) =>
      exportCourseArchive(library, courseId, outPath, courseBanks(library, courseId)),
    'courses.importArchive': async ({ path }) => {
      const course = await importCourseArchive(library, path, {
        insertBanks: (banks, courseId) => copyBanksInto(library, banks, courseId),
        onAssetImported: async (asset, file, courseId) => {
          if (!media || (asset.kind !== 'video' && asset.kind !== 'audio' && asset.kind !== 'image')) return;
          // Same content, so this finds the asset just stored and adds its metadata and renditions.
          const [result] = await media.importMedia([file], { courseId });
          if (result?.error) console.warn(`[authoring] ${asset.fileName}: ${result.error.message}`);
        },
      });
      notifyChanged(course.id, 'courses.importArchive');
      return course;
    },
    'courses.guidance': ({ courseId }) => guidanceFor(library, durations, courseId),
  };
}
