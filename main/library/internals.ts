import { AppError } from '../../shared';
import type { Db } from './database';

/** What every repository gets: the connection and the library's clock. */
export interface RepoContext {
  readonly db: Db;
  /** ISO 8601 UTC, strictly increasing within the process so "most recently changed" ordering is stable. */
  now(): string;
  /**
   * Marks a course as changed now (every write inside a course calls it); its card facts are recomputed before the
   * write transaction commits. NOT_FOUND for a course in the trash (read-only).
   */
  touchCourse(courseId: string): void;
  /** Like `touchCourse` for a change that moves only the course's minutes by `delta` (a block save). */
  touchCourseMinutes(courseId: string, delta: number): void;
}

export function createClock(): () => string {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
}

type EntityKind = 'course' | 'module' | 'lesson' | 'block' | 'asset';

export function notFound(kind: EntityKind, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${kind} with id ${id} exists in the library (it may have been deleted).`, {
    kind,
    id,
  });
}

export function corrupt(what: string, detail: string): AppError {
  return new AppError('LIBRARY_CORRUPT', `The library contains an invalid ${what}: ${detail}`);
}
