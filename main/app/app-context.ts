import path from 'node:path';
import { openCourseLibrary } from '../library/open-library';
import { libraryTempName } from '../library/library-temp';
import type { CourseLibrary } from '../library/course-library';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import { APP_VERSION } from '../version';
import { createEventHub, type EventHub } from './event-hub';
import { createExportService, type ExportService } from '../export/export-service';
import { createPreviewService, type PreviewLauncher, type PreviewService } from '../preview/preview-service';
import { createMediaServiceFor, type MediaService } from '../media/media-service';
import { createLearnModuleFor, type LearnModule } from '../learner/learn-module';
import { openerDesktop, type DesktopCapability } from '../desktop/desktop-capability';
import { createRecentCourses, RECENT_COURSES_FILE, type RecentCourses } from '../desktop/recent-courses';
import { libraryConnection } from '../library/sqlite-course-library';
import type { SecretSeal } from '../records-sync/lrs-settings';
import { startSyncLoop } from '../records-sync/sync-loop';
import { Cmi5Launcher } from '../lrs/cmi5-launcher';
import { Cmi5PackageStore } from '../lrs/cmi5-package-store';

export type HostKind = 'electron' | 'browser' | 'cli';

/** Everything a transport (Electron IPC, browser host, CLI) needs: one library, one router, one event hub. */
export interface AppContext {
  readonly host: HostKind;
  readonly libraryDir: string;
  readonly library: CourseLibrary;
  readonly router: Router;
  readonly events: EventHub;
  /** Background export jobs (`export.*` channels); cancelled on close. */
  readonly exports: ExportService;
  /** In-app preview builds (served at /preview/ by the browser host and app://); removed on close. */
  readonly previews: PreviewService;
  /** Media import and the transcoding queue; stopped on close. */
  readonly media: MediaService;
  /** Learner mode: profiles, attempts/CMI, imported SCORM packages, records. */
  readonly learn: LearnModule;
  /** The app as cmi5 LMS of preview and learner mode (local LRS at `<content base>/xapi/`). */
  readonly cmi5: Cmi5Launcher;
  /** Recently opened courses (a JSON file in the library folder); the Electron File menu lists them. */
  readonly recent: RecentCourses;
  /** Closes the library and drops subscribers. Idempotent. */
  close(): Promise<void>;
}

export interface CreateAppContextOptions {
  libraryDir: string;
  host: HostKind;
  /** Path to a better-sqlite3 binding built for the running runtime (Electron builds one of its own). */
  nativeBinding?: string | undefined;
  /** Seed the sample course into a fresh library (default: the library's own default). */
  seedSample?: boolean;
  /** `false` for read-only one-shot commands: no open-time integrity check of a current library. */
  quickCheck?: boolean;
  /** How to reveal files in the file manager; defaults to the system opener (xdg-open/open/start). */
  desktop?: DesktopCapability | undefined;
  /** Encrypts the LRS secret at rest (the Electron shell passes one backed by safeStorage). */
  secretSeal?: SecretSeal | undefined;
  /** The built player exports copy (CLI: `COURSEWRIGHT_PLAYER_DIR`); found next to the app when absent. */
  playerDir?: string | undefined;
}

export async function createAppContext(opts: CreateAppContextOptions): Promise<AppContext> {
  const library = await openCourseLibrary({
    dir: opts.libraryDir,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.seedSample !== undefined ? { seedSample: opts.seedSample } : {}),
    ...(opts.quickCheck === false ? { quickCheck: false } : {}),
  });
  return createContextFor({
    library,
    libraryDir: opts.libraryDir,
    host: opts.host,
    desktop: opts.desktop,
    secretSeal: opts.secretSeal,
    playerDir: opts.playerDir,
  });
}

/** Wires router and events around an already-open library (tests use it with in-memory fakes). */
export function createContextFor(opts: {
  library: CourseLibrary;
  libraryDir: string;
  host: HostKind;
  desktop?: DesktopCapability | undefined;
  secretSeal?: SecretSeal | undefined;
  playerDir?: string | undefined;
}): AppContext {
  const { library } = opts;
  const events = createEventHub();
  // Preview builds live in <library>/tmp (swept at the next open if the process dies), not the system temp.
  const previews = createPreviewService({ library, rootDir: libraryTempName(opts.libraryDir, 'previews') });
  const cmi5 = new Cmi5Launcher(
    libraryConnection(library),
    new Cmi5PackageStore(libraryConnection(library), library.dir),
  );
  const exports = createExportService({
    library,
    playerDir: opts.playerDir,
    emit: (event) => {
      events.emit('export.progress', event);
    },
  });
  // `export.preview`: the preview service builds the package; a cmi5 one is launched through the app's own LMS
  // (session, fetch URL, LaunchData) for the preview learner.
  const launchPreview: PreviewLauncher = async (input) => {
    const { previewId, launchUrl, dir } = await previews.build({ courseId: input.courseId, format: input.format });
    if (input.format !== 'cmi5' || !input.contentBase) return { previewId, launchUrl };
    const { language } = library.getCourse(input.courseId);
    return {
      previewId,
      launchUrl: await cmi5.previewLaunchUrl({
        contentBase: input.contentBase,
        previewId,
        dir,
        courseId: input.courseId,
        preferences: { languagePreference: language, audioPreference: 'on' },
      }),
    };
  };
  // The CLI starts the queue itself (media import); app hosts resume interrupted jobs at once.
  const media = createMediaServiceFor(library, {
    autoStart: opts.host !== 'cli',
    onProgress: (e) => events.emit('media.progress', e),
  });
  const learn = createLearnModuleFor(library);
  const recent = createRecentCourses(library, path.join(opts.libraryDir, RECENT_COURSES_FILE));
  // App hosts send waiting learner records to the configured LRS in the background; the CLI syncs on demand.
  const records = { db: libraryConnection(library), seal: opts.secretSeal ?? null };
  const recordsSync = opts.host !== 'cli' ? startSyncLoop(records) : null;
  const router = createRouter(
    createHandlers({
      library,
      appVersion: APP_VERSION,
      notifyChanged: (courseId, reason) => {
        events.emit('library.changed', { courseId, reason });
      },
      exports,
      previews: { build: launchPreview },
      media,
      learn,
      desktop: opts.desktop ?? openerDesktop(),
      recent,
      records,
      cmi5,
    }),
    { onInternalError: (channel, error) => console.error(`[router] ${channel} failed:`, error) },
  );
  let closed = false;
  return {
    host: opts.host,
    libraryDir: opts.libraryDir,
    library,
    router,
    events,
    exports,
    previews,
    media,
    learn,
    cmi5,
    recent,
    async close() {
      if (closed) return;
      closed = true;
      await exports.dispose();
      await previews.dispose();
      await media.close();
      await recordsSync?.stop();
      events.clear();
      library.close();
    },
  };
}
