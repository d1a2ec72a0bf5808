import type { CourseLibrary } from '../library/course-library';
import type { ExportService } from '../export/export-service';
import type { Handlers } from './router';
import type { MediaService } from '../media/media-service';
import { createMediaHandlers } from './media-handlers';
import { createLearnHandlers } from './learn-handlers';
import type { LearnModule } from '../learner/learn-module';
import { createAuthoringHandlers } from './authoring-handlers';
import { createLibraryHealthHandlers } from './library-health-handlers';
import { showItemInFolder, type DesktopCapability } from '../desktop/desktop-capability';
import { createRecentCourses, type RecentCourses } from '../desktop/recent-courses';
import { prepareDownload } from '../files/download-slots';
import { chooseSavePath } from '../desktop/desktop-capability';
import { attachVideoCaptions, createPlaceholderCaptions, listVideoCaptions } from '../media/captions/video-captions';
import { createRecordsHandlers, type RecordsDeps } from './records-handlers';
import type { PreviewLauncher } from '../preview/preview-service';
import { createCmi5Handlers } from './cmi5-handlers';
import type { Cmi5Launcher } from '../lrs/cmi5-launcher';
import { createBankHandlers } from './bank-handlers';
import { copyBanksInto, courseBanks } from '../banks/course-bank-copy';

interface HandlerDeps {
  library: CourseLibrary;
  appVersion: string;
  /** Broadcast that the library changed (Electron windows, WebSocket clients). */
  notifyChanged: (courseId: string | null, reason: string) => void;
  /** Background exports (app, browser host and CLI alike). */
  exports: ExportService;
  /**
   * In-app previews (`export.preview`): an unzipped export played by the stand-in LMS page; cmi5 ones launched
   * through the app's own LMS (see app-context).
   */
  previews: { build: PreviewLauncher };
  /** Media import/transcoding/captions. */
  media: MediaService;
  /** Learner mode and SCORM import. */
  learn: LearnModule;
  /** Reveals files in the file manager (Electron `shell`, or the system opener); absent: `shown: false`. */
  desktop?: DesktopCapability | undefined;
  /** Recent courses (`courses.opened` / `courses.recent`); absent: kept in memory for this router only. */
  recent?: RecentCourses | undefined;
  /** Learner records → LRS: the library database and the shell's secret seal. */
  records: RecordsDeps;
  /** The app as cmi5 LMS (imported cmi5 packages in learner mode); absent: those channels refuse. */
  cmi5?: Cmi5Launcher | undefined;
}

const DELETED = { deleted: true } as const;

/** Maps every contract channel to the services. Kept free of transport concerns. */
export function createHandlers({
  library,
  appVersion,
  notifyChanged,
  exports,
  previews,
  media,
  learn,
  desktop,
  recent = createRecentCourses(library, null),
  records,
  cmi5,
}: HandlerDeps): Handlers {
  /** Runs a write and announces it, so other windows/tabs refresh. */
  const write = <T>(courseId: (value: T) => string | null, reason: string, fn: () => T): T => {
    const value = fn();
    notifyChanged(courseId(value), reason);
    return value;
  };
  const courseOfModule = (moduleId: string) => library.getModuleCourseId(moduleId);

  return {
    'app.info': (_input, ctx) => ({
      appVersion,
      host: ctx.host === 'electron' ? 'electron' : 'browser',
      platform: process.platform,
      ...(ctx.contentBase ? { contentBase: ctx.contentBase } : {}),
    }),
    'app.showItemInFolder': ({ path }) => showItemInFolder(desktop, path),
    'files.prepareDownload': ({ fileName }) => prepareDownload(library.info().path, fileName),
    'files.chooseSavePath': (input) => chooseSavePath(desktop, input),
    'captions.list': ({ videoAssetId }) => listVideoCaptions(library, videoAssetId),
    'captions.attach': (input) => {
      const { blockIds, courseIds } = attachVideoCaptions(library, input);
      for (const courseId of courseIds) notifyChanged(courseId, 'captions.attach');
      return { blockIds };
    },
    'captions.create': async (input) => {
      const made = await createPlaceholderCaptions(library, library.info().path, media.ffmpegPaths().ffmpeg, input);
      for (const courseId of made.courseIds) notifyChanged(courseId, 'captions.create');
      return { asset: made.asset, cueCount: made.cueCount, blockIds: made.blockIds };
    },
    'library.info': () => library.info(),
    'library.search': ({ query, limit }) => library.search(query, limit),

    'courses.list': () => library.listCourses(),
    'courses.get': ({ courseId }) => library.getCourse(courseId),
    'courses.outline': ({ courseId }) => library.getCourseOutline(courseId),
    'lessons.get': ({ lessonId }) => library.getLesson(lessonId),
    'blocks.find': ({ courseId, types, blockIds }) => library.findBlocks(courseId, { types, blockIds }),
    'courses.create': (input) =>
      write(
        (c) => c.id,
        'courses.create',
        () => library.createCourse(input),
      ),
    'courses.update': ({ courseId, patch }) =>
      write(
        (c) => c.id,
        'courses.update',
        () => library.updateCourse(courseId, patch),
      ),
    'courses.duplicate': ({ courseId, title }) =>
      write(
        (c) => c.id,
        'courses.duplicate',
        // The copy takes the course's question banks along, in the same transaction (its quizzes draw from them).
        () =>
          library.transaction(() => {
            const copy = library.duplicateCourse(courseId, title);
            copyBanksInto(library, courseBanks(library, courseId), copy.id);
            return copy;
          }),
      ),
    'courses.delete': ({ courseId }) =>
      write(
        () => courseId,
        'courses.delete',
        () => (library.deleteCourse(courseId), DELETED),
      ),

    'modules.create': ({ courseId, title, position, id }) =>
      write(
        (m) => m.courseId,
        'modules.create',
        () => library.createModule(courseId, title, position, id),
      ),
    'modules.rename': ({ moduleId, title }) =>
      write(
        (m) => m.courseId,
        'modules.rename',
        () => library.renameModule(moduleId, title),
      ),
    'modules.reorder': ({ courseId, moduleIds }) =>
      write(
        () => courseId,
        'modules.reorder',
        () => library.reorderModules(courseId, moduleIds),
      ),
    'modules.delete': ({ moduleId }) => {
      const courseId = courseOfModule(moduleId);
      return write(
        () => courseId,
        'modules.delete',
        () => (library.deleteModule(moduleId), DELETED),
      );
    },

    'lessons.create': ({ moduleId, title, kind, position, id }) =>
      write(
        () => courseOfModule(moduleId),
        'lessons.create',
        () => library.createLesson(moduleId, title, kind, position, id),
      ),
    'lessons.update': ({ lessonId, patch }) =>
      write(
        (l) => courseOfModule(l.moduleId),
        'lessons.update',
        () => library.updateLesson(lessonId, patch),
      ),
    'lessons.reorder': ({ moduleId, lessonIds }) =>
      write(
        () => courseOfModule(moduleId),
        'lessons.reorder',
        () => library.reorderLessons(moduleId, lessonIds),
      ),
    'lessons.move': ({ lessonId, toModuleId, position }) =>
      write(
        (l) => courseOfModule(l.moduleId),
        'lessons.move',
        () => library.moveLesson(lessonId, toModuleId, position),
      ),
    'lessons.delete': ({ lessonId }) => {
      const courseId = library.getLessonCourseId(lessonId);
      return write(
        () => courseId,
        'lessons.delete',
        () => (library.deleteLesson(lessonId), DELETED),
      );
    },

    'blocks.create': ({ lessonId, block, position, id }) =>
      write(
        () => library.getLessonCourseId(lessonId),
        'blocks.create',
        () => library.createBlock(lessonId, block, position, id),
      ),
    'blocks.update': ({ blockId, block }) =>
      write(
        (saved) => saved.courseId,
        'blocks.update',
        () => library.saveBlock(blockId, block),
      ).block,
    'blocks.reorder': ({ lessonId, blockIds }) =>
      write(
        () => library.getLessonCourseId(lessonId),
        'blocks.reorder',
        () => library.reorderBlocks(lessonId, blockIds),
      ),
    'blocks.move': ({ blockId, toLessonId, position }) =>
      write(
        () => library.getLessonCourseId(toLessonId),
        'blocks.move',
        () => library.moveBlock(blockId, toLessonId, position),
      ),
    'blocks.delete': ({ blockId }) => {
      const courseId = library.getBlockCourseId(blockId);
      return write(
        () => courseId,
        'blocks.delete',
        () => (library.deleteBlock(blockId), DELETED),
      );
    },

    'assets.list': () => library.listAssets(),

    'export.start': (input) => exports.start(input),
    'export.cancel': ({ jobId }) => exports.cancel(jobId),
    'export.preview': async (input, ctx) => {
      const { previewId, launchUrl } = await previews.build({ ...input, contentBase: ctx.contentBase });
      return { previewId, launchUrl };
    },

    ...createMediaHandlers(media, notifyChanged),
    ...createLearnHandlers(learn, notifyChanged),
    ...createAuthoringHandlers({ library, media, notifyChanged }),
    ...createLibraryHealthHandlers(library),
    'courses.opened': ({ courseId }) => (recent.record(courseId), { recorded: true as const }),
    'courses.recent': () => recent.list(),
    ...createRecordsHandlers(records),
    ...createCmi5Handlers(cmi5, learn.learners),
    ...createBankHandlers(library, notifyChanged),
  };
}
