import path from 'node:path';
import { type ChannelOutput, type ChannelParsedInput } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { BACKUPS_DIR, healthReport } from '../library/library-health';
import { openNotice, openReport } from '../library/open-library';
import { pendingRestore, scheduleRestore } from '../library/pending-restore';
import { libraryConnection } from '../library/sqlite-course-library';

type LibraryChannel = 'library.check' | 'library.restoreBackup' | 'library.openNotice';
type LibraryHandlers = {
  [C in LibraryChannel]: (input: ChannelParsedInput<C>) => ChannelOutput<C>;
};

/** Handlers of the library health channels; a library that is not SQLite-backed (test fakes) has no checks. */
export function createLibraryHealthHandlers(library: CourseLibrary): LibraryHandlers {
  // The notice is said once per process: the first window or tab that asks shows it.
  let noticeTaken = false;
  return {
    'library.check': ({ full }) => {
      const report = healthReport(
        libraryConnection(library),
        full ? 'full' : 'quick',
        path.join(library.dir, BACKUPS_DIR),
      );
      return { ...report, restorePending: pendingRestore(library.dir) };
    },
    'library.restoreBackup': ({ backupPath }) => {
      const scheduled = scheduleRestore(library.dir, backupPath);
      return {
        scheduled: true,
        backupPath: scheduled.backupPath,
        message:
          `Quit Coursewright (and any \`coursewright\` command using this library) and start it again: the library ` +
          `is then replaced by the backup ${scheduled.backupPath}. The current database is kept in the backups folder.`,
      };
    },
    'library.openNotice': () => {
      if (noticeTaken) return { notice: null };
      noticeTaken = true;
      const report = openReport(library);
      return { notice: report ? openNotice(report) : null };
    },
  };
}
