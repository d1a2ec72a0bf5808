import { SqliteCourseLibrary } from '../library/sqlite-course-library';
import { PackageStore } from '../scorm-import/package-store';
import { LearnerService } from './learner-service';
import { loadAttemptRecords } from './records';
import { queueAttemptStatements } from './records-outbox';
import { recordsToCsv } from './records-csv';
import { recordsToXapi } from './records-xapi';

export interface RecordsFile {
  format: 'csv' | 'xapi';
  fileName: string;
  mime: string;
  content: string;
}

/** Learner mode on one library: profiles/attempts/CMI, imported packages, and records exports. */
export interface LearnModule {
  readonly learners: LearnerService;
  readonly packages: PackageStore;
  exportRecords(format: 'csv' | 'xapi', learnerId?: string): RecordsFile;
}

/** Null when the library is not SQLite-backed (tests with in-memory fakes). */
export function createLearnModuleFor(library: unknown): LearnModule | null {
  if (!(library instanceof SqliteCourseLibrary)) return null;
  const packages = new PackageStore(library.db, library.dir);
  const learners = new LearnerService({
    db: library.db,
    library,
    packages,
    onAttemptSaved: (attemptId) => queueAttemptStatements(library.db, attemptId),
  });
  // Best effort: leftovers of imports interrupted by a crash; never blocks opening the library.
  packages.removeOrphans().catch((e: unknown) => console.error('[scorm-import] cleanup failed', e));
  return {
    learners,
    packages,
    exportRecords(format, learnerId) {
      if (learnerId) learners.getLearner(learnerId);
      const records = loadAttemptRecords(library.db, learnerId);
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') {
        return {
          format,
          fileName: `coursewright-records-${stamp}.csv`,
          mime: 'text/csv',
          content: recordsToCsv(records),
        };
      }
      return {
        format,
        fileName: `coursewright-xapi-${stamp}.json`,
        mime: 'application/json',
        content: `${JSON.stringify(recordsToXapi(records), null, 2)}\n`,
      };
    },
  };
}
