import type { Block, CourseOutline, CourseTree, LessonTree } from '../../shared';
import type { Repositories } from './duplicate-course';
import { notFound } from './internals';

/** The whole course in order (`courses.get`: CLI, exporters, tests). */
export function readCourseTree(repos: Repositories, courseId: string, includeTrashed: boolean): CourseTree {
  if (!includeTrashed && repos.courses.deletedAt(courseId) !== null) throw notFound('course', courseId);
  const course = repos.courses.get(courseId);
  const lessons = repos.lessons.listByCourse(courseId);
  const blocks = repos.blocks.listByCourse(courseId);
  return {
    ...course,
    modules: repos.modules.listByCourse(courseId).map((m) => ({
      ...m,
      lessons: (lessons.get(m.id) ?? []).map((l) => ({ ...l, blocks: blocks.get(l.id) ?? [] })),
    })),
  };
}

/**
 * The editor's piece-by-piece reads of a course (`courses.outline`, `lessons.get`, `blocks.find`). A course in the
 * trash is NOT_FOUND here, as in `getCourse`. Call inside a read transaction (one consistent snapshot).
 */
export function readCourseOutline(repos: Repositories, courseId: string): CourseOutline {
  if (repos.courses.deletedAt(courseId) !== null) throw notFound('course', courseId);
  const course = repos.courses.get(courseId);
  const lessons = repos.lessons.listByCourse(courseId);
  const counts = repos.blocks.countsByCourse(courseId);
  return {
    ...course,
    modules: repos.modules.listByCourse(courseId).map((m) => ({
      ...m,
      lessons: (lessons.get(m.id) ?? []).map((l) => ({ ...l, blockCount: counts.get(l.id) ?? 0 })),
    })),
  };
}

export function readLesson(repos: Repositories, lessonId: string): LessonTree {
  const courseId = repos.lessons.courseIdOf(lessonId);
  if (repos.courses.deletedAt(courseId) !== null) throw notFound('lesson', lessonId);
  return { ...repos.lessons.get(lessonId), blocks: repos.blocks.listByLesson(lessonId) };
}

export function findCourseBlocks(
  repos: Repositories,
  courseId: string,
  query: { types?: readonly Block['type'][] | undefined; blockIds?: readonly string[] | undefined },
): { lessonId: string; index: number; block: Block }[] {
  if (repos.courses.deletedAt(courseId) !== null) throw notFound('course', courseId);
  return repos.blocks.findInCourse(courseId, query.types ?? [], query.blockIds ?? []);
}
