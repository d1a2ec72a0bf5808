import type { Block, CourseTree, LessonTree, ModuleTree } from '../../../shared';

/** Pure look-ups and immutable updates over the open course tree. */

export function findBlock(tree: CourseTree | null, blockId: string) {
  if (!tree) return null;
  for (const module of tree.modules)
    for (const lesson of module.lessons) {
      const index = lesson.blocks.findIndex((b) => b.id === blockId);
      if (index >= 0) return { module, lesson, block: lesson.blocks[index]!, index };
    }
  return null;
}

export function findLessonIn(tree: CourseTree | null, lessonId: string) {
  if (!tree) return null;
  for (const module of tree.modules) {
    const index = module.lessons.findIndex((l) => l.id === lessonId);
    if (index >= 0) return { module, lesson: module.lessons[index]!, index };
  }
  return null;
}

export function findModuleIn(tree: CourseTree | null, moduleId: string) {
  if (!tree) return null;
  const index = tree.modules.findIndex((m) => m.id === moduleId);
  return index >= 0 ? { module: tree.modules[index]!, index } : null;
}

/** The tree with one block replaced (same object when the block is not in it). */
export function replaceBlock(tree: CourseTree, block: Block): CourseTree {
  if (!findBlock(tree, block.id)) return tree;
  const lessons = (m: ModuleTree): LessonTree[] =>
    m.lessons.map((l) =>
      l.blocks.some((b) => b.id === block.id)
        ? { ...l, blocks: l.blocks.map((b) => (b.id === block.id ? block : b)) }
        : l,
    );
  return { ...tree, modules: tree.modules.map((m) => ({ ...m, lessons: lessons(m) })) };
}

/** `ids` with `id` moved to `toIndex` (clamped). */
export function moveId(ids: readonly string[], id: string, toIndex: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, toIndex));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Structural equality for JSON values (drafts against what the library stored). */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
