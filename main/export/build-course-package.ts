import {
  AppError,
  blockAssetIds,
  COURSE_PACKAGE_FORMAT_VERSION,
  coursePackageSchema,
  formatZodError,
  PACKAGE_GLOBAL,
  themeVariables,
  type Asset,
  type CoursePackage,
  type CourseTree,
  type PackagedAsset,
  type PackageTarget,
} from '../../shared';
import { APP_VERSION } from '../version';
import { estimateLearningMinutes } from './typical-duration';

/** What an exporter needs to know about one library asset (null: the id names nothing). */
export interface ResolvedAsset {
  path: string;
  mime: string;
  size: number;
  kind: Asset['kind'];
  /** Videos: a poster frame (rendition), packaged as `posterSrc` for blocks without a poster image of their own. */
  poster?: { path: string; mime: string } | undefined;
}
export interface AssetResolver {
  resolve(assetId: string): ResolvedAsset | null;
}

/** One file to copy into the package: library file → path inside the package. */
export interface PackageFile {
  zipPath: string;
  sourcePath: string;
}

interface BuiltCoursePackage {
  pkg: CoursePackage;
  /** Media files, sorted by zipPath (deterministic). */
  files: PackageFile[];
}

/** Where packaged media lives; also used by the exporters' size report. */
const MEDIA_DIR = 'media';

const EXT_BY_MIME: Readonly<Record<string, string>> = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/webm': 'weba',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'text/vtt': 'vtt',
};

/** File extension for a packaged asset: from its MIME type, else from the stored file name, else `bin`. */
export function mediaExtension(mime: string, sourcePath: string): string {
  const byMime = EXT_BY_MIME[mime.toLowerCase().split(';')[0]?.trim() ?? ''];
  if (byMime) return byMime;
  const fromPath = /\.([A-Za-z0-9]{1,8})$/.exec(sourcePath)?.[1]?.toLowerCase();
  return fromPath ?? 'bin';
}

/** Videos shown by at least one block without its own poster image: those need the generated poster. */
function videosWithoutPoster(tree: CourseTree): Set<string> {
  const ids = new Set<string>();
  for (const mod of tree.modules) {
    for (const lesson of mod.lessons) {
      for (const block of lesson.blocks) {
        if (block.type === 'video' && block.assetId && !block.posterAssetId) ids.add(block.assetId);
      }
    }
  }
  return ids;
}

/** Every asset id the course uses, in first-use order (blocks in course order, then the theme logo, the cover). */
export function courseAssetIds(tree: CourseTree): string[] {
  const ids = new Set<string>();
  for (const mod of tree.modules) {
    for (const lesson of mod.lessons) {
      if (lesson.header?.imageAssetId) ids.add(lesson.header.imageAssetId);
      for (const block of [...lesson.blocks, ...(lesson.pool ?? [])])
        for (const id of blockAssetIds(block)) ids.add(id);
    }
  }
  const logo = tree.settings.theme.logoAssetId;
  if (logo) ids.add(logo);
  const cover = tree.settings.cover.imageAssetId;
  if (cover) ids.add(cover);
  return [...ids];
}

function generatorName(): string {
  return `Coursewright ${APP_VERSION}`;
}

/**
 * Builds the course package the player reads, plus the list of media files to copy.
 * Pure apart from the resolver: the same tree and assets always give the same package, so
 * re-exports are byte-identical. The package id is the course id, so a re-exported package
 * keeps the learner state stored under it (LMS suspend_data and html5 localStorage).
 */
export function buildCoursePackage(tree: CourseTree, target: PackageTarget, assets: AssetResolver): BuiltCoursePackage {
  const packaged: Record<string, PackagedAsset> = {};
  const files: PackageFile[] = [];
  const missing: string[] = [];
  const needPoster = videosWithoutPoster(tree);
  for (const id of courseAssetIds(tree)) {
    const asset = assets.resolve(id);
    if (!asset) {
      missing.push(id);
      continue;
    }
    const src = `${MEDIA_DIR}/${id}.${mediaExtension(asset.mime, asset.path)}`;
    const entry: PackagedAsset = { kind: asset.kind, mime: asset.mime, src, size: asset.size };
    files.push({ zipPath: src, sourcePath: asset.path });
    if (asset.poster && asset.kind === 'video' && needPoster.has(id)) {
      entry.posterSrc = `${MEDIA_DIR}/${id}.poster.${mediaExtension(asset.poster.mime, asset.poster.path)}`;
      files.push({ zipPath: entry.posterSrc, sourcePath: asset.poster.path });
    }
    packaged[id] = entry;
  }
  if (missing.length > 0) {
    throw new AppError(
      'EXPORT',
      `The course uses ${missing.length} media file(s) that are missing from the library: ${missing.join(', ')}`,
      { missingAssetIds: missing },
    );
  }
  files.sort((a, b) => (a.zipPath < b.zipPath ? -1 : a.zipPath > b.zipPath ? 1 : 0));

  const candidate: CoursePackage = {
    formatVersion: COURSE_PACKAGE_FORMAT_VERSION,
    target,
    packageId: tree.id,
    generator: generatorName(),
    course: tree,
    assets: sortedRecord(packaged),
    estimatedMinutes: estimateLearningMinutes(tree, packaged),
    theme: themeVariables(tree.settings.theme),
  };
  const parsed = coursePackageSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new AppError('EXPORT', `The course cannot be packaged: ${formatZodError(parsed.error)}`, parsed.error.issues);
  }
  return { pkg: parsed.data, files };
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `content/course.json` text. */
export function writeCourseJson(pkg: CoursePackage): string {
  return JSON.stringify(pkg);
}

/**
 * `content/course.js` text: the same package as a script, because browsers refuse fetch() on file://.
 * `<` and the line separators are escaped so the text is also safe inlined in a <script> element.
 */
export function writeCourseScript(pkg: CoursePackage): string {
  const json = JSON.stringify(pkg)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${PACKAGE_GLOBAL} = ${json};\n`;
}
