import { PACKAGE_PATHS, type CoursePackage, type ExportFormat } from '../../shared';
import { writeCourseJson, writeCourseScript, type PackageFile } from './build-course-package';
import type { ManifestInput } from './manifest/manifest-input';
import { MANIFEST_BUILDERS } from './format-parts';
import type { SizeCategory } from './export-report';
import type { RuntimeFile } from './runtime-files';
import { estimateLearningMinutes } from './typical-duration';
import type { PackageEntry } from './zip-writer';

interface PackageParts {
  pkg: CoursePackage;
  format: ExportFormat;
  indexHtml: string;
  runtime: readonly RuntimeFile[];
  media: ReadonlyArray<PackageFile & { size: number }>;
  /** Generated files next to the media (caption scripts for file://). */
  extra?: ReadonlyArray<{ zipPath: string; data: Buffer }> | undefined;
  /** cmi5 only: one AU per module instead of one for the course. */
  cmi5AuPerModule?: boolean | undefined;
}

const text = (entryPath: string, value: string): PackageEntry => ({
  path: entryPath,
  kind: 'buffer',
  data: Buffer.from(value, 'utf8'),
});

/** Every entry of a package (manifest last, since it lists all the others). */
export function assemblePackage(parts: PackageParts): PackageEntry[] {
  const entries: PackageEntry[] = [
    text(PACKAGE_PATHS.index, parts.indexHtml),
    ...parts.runtime.map((r): PackageEntry => ({ path: r.zipPath, kind: 'buffer', data: r.data })),
    text(PACKAGE_PATHS.courseJson, writeCourseJson(parts.pkg)),
    text(PACKAGE_PATHS.courseJs, writeCourseScript(parts.pkg)),
    ...parts.media.map((m): PackageEntry => ({
      path: m.zipPath,
      kind: 'file',
      sourcePath: m.sourcePath,
      size: m.size,
    })),
    ...(parts.extra ?? []).map((x): PackageEntry => ({ path: x.zipPath, kind: 'buffer', data: x.data })),
  ];
  const manifest = manifestFor(
    parts,
    entries.map((e) => e.path),
  );
  if (manifest !== null) entries.push(text(manifest.path, manifest.text));
  return entries;
}

function manifestFor(parts: PackageParts, files: string[]): { path: string; text: string } | null {
  const course = parts.pkg.course;
  const input: ManifestInput = {
    courseId: course.id,
    title: course.title,
    description: course.description,
    language: course.language,
    typicalMinutes: estimateLearningMinutes(course, parts.pkg.assets),
    launchHref: PACKAGE_PATHS.index,
    files,
    masteryScore: course.settings.scorm12MasteryScore ? course.settings.passingScore : null,
  };
  return MANIFEST_BUILDERS[parts.format](input, { course, auPerModule: parts.cmi5AuPerModule === true });
}

/** Size category of a package path: runtime (player + index.html), media, or content (course data, manifest). */
export function categoryOf(entryPath: string): SizeCategory {
  if (entryPath === PACKAGE_PATHS.index || entryPath.startsWith(`${PACKAGE_PATHS.playerJs.split('/')[0]}/`)) {
    return 'runtime';
  }
  if (entryPath.startsWith(PACKAGE_PATHS.mediaDir)) return 'media';
  return 'content';
}

export function categoryBytes(entries: readonly PackageEntry[]): Record<SizeCategory | 'total', number> {
  const sums = { runtime: 0, content: 0, media: 0, total: 0 };
  for (const e of entries) {
    const n = e.kind === 'buffer' ? e.data.length : e.size;
    sums[categoryOf(e.path)] += n;
    sums.total += n;
  }
  return sums;
}
