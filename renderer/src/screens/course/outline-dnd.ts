import type { CourseOutline } from '../../../../shared';

/** Drop targets for empty modules carry this prefix; lesson rows use the lesson id itself. */
export const MODULE_DROP_PREFIX = 'module-drop:';

/**
 * Where a dragged lesson lands: dropped on a lesson, it takes that lesson's place (in that lesson's
 * module); dropped on a module's drop zone, it goes to the end. Null when nothing would change.
 */
export function lessonDropTarget(
  tree: CourseOutline,
  lessonId: string,
  overId: string,
): { moduleId: string; index: number } | null {
  const from = tree.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
  if (!from) return null;
  if (overId.startsWith(MODULE_DROP_PREFIX)) {
    const moduleId = overId.slice(MODULE_DROP_PREFIX.length);
    const target = tree.modules.find((m) => m.id === moduleId);
    if (!target) return null;
    const index = target.id === from.id ? target.lessons.length - 1 : target.lessons.length;
    const same = target.id === from.id && target.lessons[index]?.id === lessonId;
    return same ? null : { moduleId, index };
  }
  for (const module of tree.modules) {
    const index = module.lessons.findIndex((l) => l.id === overId);
    if (index < 0) continue;
    if (overId === lessonId) return null;
    return { moduleId: module.id, index };
  }
  return null;
}
