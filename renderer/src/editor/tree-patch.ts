import type { Block, CourseOutline, LessonTree } from '../../../shared';

/** Pure look-ups and immutable updates over the open course: its outline and its loaded lessons. */

/** Loaded lessons by id (`CourseState.lessons`). */
type LoadedLessons = Readonly<Record<string, LessonTree>>;

/** A block of a loaded lesson (only loaded lessons can be edited, so only they are searched). */
export function findBlock(lessons: LoadedLessons, blockId: string) {
  for (const lesson of Object.values(lessons)) {
    const index = lesson.blocks.findIndex((b) => b.id === blockId);
    if (index >= 0) return { lesson, block: lesson.blocks[index]!, index };
  }
  return null;
}

export function findLessonIn(tree: CourseOutline | null, lessonId: string) {
  if (!tree) return null;
  for (const module of tree.modules) {
    const index = module.lessons.findIndex((l) => l.id === lessonId);
    if (index >= 0) return { module, lesson: module.lessons[index]!, index };
  }
  return null;
}

export function findModuleIn(tree: CourseOutline | null, moduleId: string) {
  if (!tree) return null;
  const index = tree.modules.findIndex((m) => m.id === moduleId);
  return index >= 0 ? { module: tree.modules[index]!, index } : null;
}

/** The loaded lessons with one block replaced (same object when the block is in none of them). */
export function replaceBlock(lessons: LoadedLessons, block: Block): LoadedLessons {
  const found = findBlock(lessons, block.id);
  if (!found) return lessons;
  const blocks = found.lesson.blocks.map((b) => (b.id === block.id ? block : b));
  return { ...lessons, [found.lesson.id]: { ...found.lesson, blocks } };
}

/** `ids` with `id` moved to `toIndex` (clamped). */
export function moveId(ids: readonly string[], id: string, toIndex: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, toIndex));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Structural equality for JSON values (drafts against what the library stored). */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
