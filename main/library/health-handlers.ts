import path from 'node:path';
import { AppError, type ChannelOutput, type ChannelParsedInput } from '../../shared';
import type { CourseLibrary } from './course-library';
import { BACKUPS_DIR, healthReport } from './library-health';
import { openNotice, openReport } from './open-library';
import { pendingRestore, scheduleRestore } from './pending-restore';
import { SqliteCourseLibrary } from './sqlite-course-library';

type LibraryChannel = 'library.check' | 'library.restoreBackup' | 'library.openNotice';
type LibraryHandlers = {
  [C in LibraryChannel]: (input: ChannelParsedInput<C>) => ChannelOutput<C>;
};

/** Handlers of the library health channels; a library that is not SQLite-backed (test fakes) has no checks. */
export function createLibraryHealthHandlers(library: CourseLibrary): LibraryHandlers {
  const sqlite = (): SqliteCourseLibrary => {
    if (!(library instanceof SqliteCourseLibrary)) throw new AppError('IO', 'This library has no database to check.');
    return library;
  };
  // The notice is said once per process: the first window or tab that asks shows it.
  let noticeTaken = false;
  return {
    'library.check': ({ full }) => {
      const lib = sqlite();
      const report = healthReport(lib.db, full ? 'full' : 'quick', path.join(lib.dir, BACKUPS_DIR));
      return { ...report, restorePending: pendingRestore(lib.dir) };
    },
    'library.restoreBackup': ({ backupPath }) => {
      const lib = sqlite();
      const scheduled = scheduleRestore(lib.dir, backupPath);
      return {
        scheduled: true,
        backupPath: scheduled.backupPath,
        message:
          `Quit Coursewright (and any \`coursewright\` command using this library) and start it again: the library ` +
          `is then replaced by the backup ${scheduled.backupPath}. The current database is kept in the backups folder.`,
      };
    },
    'library.openNotice': () => {
      if (noticeTaken || !(library instanceof SqliteCourseLibrary)) return { notice: null };
      noticeTaken = true;
      const report = openReport(library);
      return { notice: report ? openNotice(report) : null };
    },
  };
}
