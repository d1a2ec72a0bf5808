import { SqliteCourseLibrary } from '../library/sqlite-course-library';
import { attachQuestionText } from './records-questions';
import type { AttemptRecordRow } from '../../shared';
import { PackageStore } from '../scorm-import/package-store';
import { LearnerService } from './learner-service';
import { loadAttemptRecords } from './records';
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
  exportRecords(format: 'csv' | 'xapi', learnerId?: string, itemId?: string): RecordsFile;
  /** Attempts for the records view, newest first. */
  listRecords(itemId?: string): AttemptRecordRow[];
}

/** Null when the library is not SQLite-backed (tests with in-memory fakes). */
export function createLearnModuleFor(library: unknown): LearnModule | null {
  if (!(library instanceof SqliteCourseLibrary)) return null;
  const packages = new PackageStore(library.db, library.dir);
  const learners = new LearnerService({ db: library.db, library, packages });
  // Best effort: leftovers of imports interrupted by a crash; never blocks opening the library.
  packages.removeOrphans().catch((e: unknown) => console.error('[scorm-import] cleanup failed', e));
  return {
    learners,
    packages,
    listRecords(itemId) {
      return loadAttemptRecords(library.db)
        .filter((r) => !itemId || r.itemId === itemId)
        .reverse()
        .map((r) => ({
          attemptId: r.attemptId,
          learnerId: r.learner.id,
          learnerName: r.learner.name,
          kind: r.kind,
          itemId: r.itemId,
          itemTitle: r.title,
          number: r.number,
          status: r.status,
          scoreScaled: r.scoreScaled,
          totalTimeMs: r.totalTimeMs,
          lastOpenedAt: r.lastOpenedAt,
          interactionCount: r.interactions.length,
        }));
    },
    exportRecords(format, learnerId, itemId) {
      if (learnerId) learners.getLearner(learnerId);
      const loaded = loadAttemptRecords(library.db, learnerId).filter((r) => !itemId || r.itemId === itemId);
      const records = attachQuestionText(loaded, (courseId) => {
        try {
          return library.getCourse(courseId, { includeTrashed: true });
        } catch {
          return null; // purged since: the id stays, the text is unknown
        }
      });
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
