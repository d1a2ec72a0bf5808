import type { CoursePackage } from '../../shared/package/course-package';
import { BLOCK_RUNTIME, isBlockType } from '../../shared/core/block-runtime';
import { PLAYER_FORMAT_VERSION, PLAYER_TARGETS } from './runtime-constants';

/**
 * A small structural check of the fields the player uses (zod is too big for the runtime budget; the
 * exporter validates the whole package with the zod schema at export time). Returns an error message
 * or null.
 */
export function checkPackage(value: unknown): string | null {
  const pkg = value as Partial<CoursePackage> | null | undefined;
  if (!pkg || typeof pkg !== 'object') return 'The course content is missing (content/course.js did not load).';
  if (pkg.formatVersion !== PLAYER_FORMAT_VERSION)
    return `This course was exported in format ${String(pkg.formatVersion)}; this player reads format ${PLAYER_FORMAT_VERSION}.`;
  if (!PLAYER_TARGETS.includes(pkg.target as never)) return 'The course package names an unknown target.';
  if (typeof pkg.packageId !== 'string' || !pkg.packageId) return 'The course package has no id.';
  if (!pkg.assets || typeof pkg.assets !== 'object') return 'The course package has no asset list.';
  const c = pkg.course;
  if (!c || typeof c.title !== 'string' || !Array.isArray(c.modules) || !c.settings)
    return 'The course structure is invalid.';
  for (const m of c.modules) {
    if (!m || typeof m.id !== 'string' || !Array.isArray(m.lessons)) return 'A module is invalid.';
    for (const l of m.lessons) {
      if (!l || typeof l.id !== 'string' || typeof l.title !== 'string' || !Array.isArray(l.blocks))
        return 'A lesson is invalid.';
      if (l.pool !== undefined && !Array.isArray(l.pool)) return 'A lesson is invalid.';
      for (const b of [...l.blocks, ...(l.pool ?? [])]) {
        if (!b || typeof b.id !== 'string' || typeof b.type !== 'string') return 'A content block is invalid.';
        // Kinds this player does not know are skipped when drawn; known kinds must have their structure.
        if (isBlockType(b.type) && !BLOCK_RUNTIME[b.type].wellFormed(b as unknown as Record<string, unknown>))
          return b.type === 'question' ? 'A question is invalid.' : 'A content block is invalid.';
      }
    }
  }
  if (!c.modules.some((m) => m.lessons.length > 0)) return 'This course has no lessons yet.';
  return null;
}
