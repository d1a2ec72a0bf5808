import type { CourseLibrary } from '../library/course-library';
import { libraryConnection } from '../library/sqlite-course-library';
import { attachQuestionText } from './records-questions';
import type { AttemptRecordRow } from '../../shared';
import { PackageStore } from '../scorm-import/package-store';
import { LearnerService } from './learner-service';
import { loadAttemptRecords } from './records';
import { queueAttemptStatements } from './records-outbox';
import { recordsToCsv } from './records-csv';
import { recordsToXapi } from './records-xapi';

interface RecordsFile {
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

/** Learner mode for `library`: its tables live in the library file (migration 005). */
export function createLearnModuleFor(library: CourseLibrary): LearnModule {
  const db = libraryConnection(library);
  const packages = new PackageStore(db, library.dir);
  const learners = new LearnerService({
    db,
    library,
    packages,
    onAttemptSaved: (attemptId) => queueAttemptStatements(db, attemptId),
  });
  // Best effort: leftovers of imports interrupted by a crash; never blocks opening the library.
  packages.removeOrphans().catch((e: unknown) => console.error('[scorm-import] cleanup failed', e));
  return {
    learners,
    packages,
    listRecords(itemId) {
      return loadAttemptRecords(db)
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
      const loaded = loadAttemptRecords(db, learnerId).filter((r) => !itemId || r.itemId === itemId);
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
