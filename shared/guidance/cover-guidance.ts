import type { CourseTree } from '../model/course';
import type { GuidanceItem } from './course-guidance';

/** An image with no alt text that the author has not marked decorative: screen readers get nothing. */
const missingAlt = (image: { imageAssetId: string | null; imageAlt: string; imageDecorative: boolean }) =>
  image.imageAssetId !== null && !image.imageDecorative && image.imageAlt.trim() === '';

/** Checklist items of the course cover image and the lesson header images (the same rule as image blocks). */
export function coverImageItems(tree: CourseTree): GuidanceItem[] {
  const items: GuidanceItem[] = [];
  const base = { courseId: tree.id, moduleId: null, lessonId: null, blockId: null };
  // (Trees from before the cover, e.g. hand-made test trees, may lack the group.)
  const cover = tree.settings.cover;
  if (cover && missingAlt(cover)) {
    items.push({
      code: 'cover-image-missing-alt',
      severity: 'warning',
      message: 'The cover image has no alt text (add one, or mark it decorative in course settings).',
      target: { ...base, kind: 'course' },
    });
  }
  for (const module of tree.modules) {
    for (const lesson of module.lessons) {
      if (!lesson.header || !missingAlt(lesson.header)) continue;
      items.push({
        code: 'header-image-missing-alt',
        severity: 'warning',
        message: `The header image of “${lesson.title}” has no alt text (add one, or mark it decorative).`,
        target: { ...base, kind: 'lesson', moduleId: module.id, lessonId: lesson.id },
      });
    }
  }
  return items;
}
