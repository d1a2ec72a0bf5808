import { randomUUID } from 'node:crypto';
import type { Course } from '../../shared';
import { withNewIds } from './block-ids';
import type { BlockRepository } from './block-repository';
import type { CourseRepository } from './course-repository';
import type { LessonRepository } from './lesson-repository';
import type { ModuleRepository } from './module-repository';

export interface Repositories {
  courses: CourseRepository;
  modules: ModuleRepository;
  lessons: LessonRepository;
  blocks: BlockRepository;
}

const MAX_TITLE = 200;

export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return title.length + suffix.length <= MAX_TITLE
    ? title + suffix
    : title.slice(0, MAX_TITLE - suffix.length) + suffix;
}

/**
 * Deep copy of a course with new ids for the course, its modules, lessons, blocks and the ids nested in blocks.
 * Asset references are shared (media is content-addressed and immutable). Call inside a transaction.
 */
export function duplicateCourse(repos: Repositories, courseId: string, title?: string): Course {
  const source = repos.courses.get(courseId);
  const lessonsByModule = repos.lessons.listByCourse(courseId);
  const blocksByLesson = repos.blocks.listByCourse(courseId);
  const copy = repos.courses.create({
    title: title ?? copyTitle(source.title),
    description: source.description,
    language: source.language,
    settings: source.settings,
  });
  for (const module of repos.modules.listByCourse(courseId)) {
    const newModule = repos.modules.create(copy.id, module.title);
    for (const lesson of lessonsByModule.get(module.id) ?? []) {
      const newLesson = repos.lessons.create(
        newModule.id,
        lesson.title,
        lesson.kind,
        undefined,
        undefined,
        lesson.quiz,
        lesson.header,
      );
      for (const block of blocksByLesson.get(lesson.id) ?? []) {
        repos.blocks.insert(newLesson.id, withNewIds(block, randomUUID));
      }
    }
  }
  return repos.courses.get(copy.id);
}
