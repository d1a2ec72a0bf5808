import type { CoursePackage } from '../../../shared/package/course-package';
import { MODULE_LAUNCH_PARAM } from '../../../shared/package/xapi-ids';

/**
 * One-AU-per-module cmi5 packages launch `index.html?cw-module=<id>`: that AU is the one module, so
 * progress, completion and the quiz score are computed on it alone. Any other URL plays the whole course.
 */
export function restrictToModule(pkg: CoursePackage, href: string): CoursePackage {
  let moduleId: string | null = null;
  try {
    moduleId = new URL(href).searchParams.get(MODULE_LAUNCH_PARAM);
  } catch {
    return pkg;
  }
  const mod = moduleId ? pkg.course.modules.find((m) => m.id === moduleId) : undefined;
  if (!mod) return pkg;
  return { ...pkg, course: { ...pkg.course, modules: [mod] } };
}
