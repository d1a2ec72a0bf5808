import fs from 'node:fs';
import path from 'node:path';
import {
  AppError,
  COURSE_ARCHIVE_EXTENSION,
  systemAppError,
  formatZodError,
  type Asset,
  type Course,
  type CourseTree,
  type QuestionBank,
} from '../../shared';
import { APP_VERSION } from '../version';
import { checkOutputLocation, removeQuietly } from '../export/temp-output';
import { writeZip, type PackageEntry } from '../export/zip-writer';
import { makeLibraryTempDir } from '../library/library-temp';
import type { CourseLibrary } from '../library/course-library';
import { sanitizeSvg } from '../security/svg-sanitize';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  archiveExtension,
  bankAssetIds,
  COURSE_JSON,
  courseArchiveSchema,
  courseAssetIds,
  mediaEntryName,
  remapBankAssets,
  remapCourseAssets,
  type ArchiveAsset,
  type CourseArchive,
} from './archive-format';
import { ArchiveReader, DEFAULT_ARCHIVE_LIMITS, importError, type ArchiveLimits } from './archive-reader';

type ArchiveLibrary = Pick<
  CourseLibrary,
  | 'getCourse'
  | 'getAsset'
  | 'assetFile'
  | 'importAsset'
  | 'transaction'
  | 'insertCourseTree'
  | 'findAssetBySha'
  | 'deleteAsset'
  | 'idsTaken'
  | 'listAssets'
  | 'dir'
>;

/**
 * Writes `outPath` (absolute, `.cwcourse`): a deterministic zip (sorted entries, fixed timestamps; the exporter's
 * writer) of `course.json` and every referenced media original, via a temp file renamed into place.
 */
export async function exportCourseArchive(
  library: ArchiveLibrary,
  courseId: string,
  outPath: string,
  /** The course's question banks (main/banks), carried in the archive with the media their questions show. */
  banks: readonly QuestionBank[] = [],
): Promise<{ path: string; bytes: number }> {
  if (!path.isAbsolute(outPath) || !outPath.toLowerCase().endsWith(COURSE_ARCHIVE_EXTENSION)) {
    throw new AppError(
      'VALIDATION',
      `The archive path must be an absolute path ending in ${COURSE_ARCHIVE_EXTENSION}.`,
    );
  }
  const course = library.getCourse(courseId);
  await checkOutputLocation(outPath);
  const assets: ArchiveAsset[] = [];
  const media: PackageEntry[] = [];
  for (const id of [...new Set([...courseAssetIds(course), ...bankAssetIds(banks)])].sort()) {
    const asset = library.getAsset(id);
    const file = library.assetFile(id);
    const stat = file ? await fs.promises.stat(file.path).catch(() => null) : null;
    if (!asset || !file || !stat?.isFile()) {
      throw new AppError('EXPORT', `“${course.title}” uses a media file that is missing from the library (${id}).`, {
        assetId: id,
      });
    }
    const { createdAt: _c, ...meta } = asset;
    assets.push(meta);
    const entry = mediaEntryName(asset);
    // The same content under two asset ids would be one entry (the library stores content once).
    if (!media.some((m) => m.path === entry)) {
      media.push({ path: entry, kind: 'file', sourcePath: file.path, size: stat.size });
    }
  }
  const archive: CourseArchive = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    generator: `Coursewright ${APP_VERSION}`,
    course,
    assets,
    banks: [...banks],
  };
  const json = Buffer.from(JSON.stringify(archive, null, 2) + '\n', 'utf8');
  if ((await fs.promises.stat(outPath).catch(() => null))?.isDirectory()) {
    throw new AppError('IO', `${outPath} is a folder; choose a file name ending in ${COURSE_ARCHIVE_EXTENSION}.`);
  }
  try {
    await writeZip(outPath, [{ path: COURSE_JSON, kind: 'buffer', data: json }, ...media]);
    return { path: outPath, bytes: (await fs.promises.stat(outPath)).size };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw (
      systemAppError(e, `Writing ${outPath}`) ??
      new AppError('IO', `Could not write ${outPath}: ${e instanceof Error ? e.message : String(e)}`)
    );
  }
}

interface ImportArchiveOptions {
  /**
   * Writes the archive's question banks into the new course (main/banks), inside the transaction that writes the
   * course, with asset ids already mapped to the library's. Without it banks are not imported.
   */
  insertBanks?: ((banks: QuestionBank[], courseId: string) => void) | undefined;
  limits?: Partial<ArchiveLimits> | undefined;
  /** Called once per imported media file after the course is written (media service: probe and transcode). */
  onAssetImported?: ((asset: Asset, tempFile: string, courseId: string) => Promise<void>) | undefined;
}

/**
 * Imports a `.cwcourse` archive. Everything is checked first (entry names, sizes, course.json schema, every
 * referenced asset present with a matching sha256) while unpacking into a temp folder; only then are media
 * imported (content-addressed) and the course written in ONE transaction. A refused archive changes nothing.
 */
export async function importCourseArchive(
  library: ArchiveLibrary,
  archivePath: string,
  opts: ImportArchiveOptions = {},
): Promise<Course> {
  try {
    return await importArchive(library, path.resolve(archivePath), { ...DEFAULT_ARCHIVE_LIMITS, ...opts.limits }, opts);
  } catch (e) {
    // Services throw AppError only: a file-system failure while unpacking is still a refused import, unless
    // the disk is full or the library damaged (the user must act on those, not on the archive).
    if (e instanceof AppError) throw e;
    throw (
      systemAppError(e, `Importing ${path.basename(archivePath)}`) ??
      importError(e instanceof Error ? e.message : String(e))
    );
  }
}

async function importArchive(
  library: ArchiveLibrary,
  archivePath: string,
  limits: ArchiveLimits,
  opts: ImportArchiveOptions,
): Promise<Course> {
  const reader = await ArchiveReader.open(archivePath, limits);
  let temp: string | null = null;
  try {
    // Inside the library (same disk as where the media ends up), swept at the next open if we are killed.
    temp = await makeLibraryTempDir(library.dir, 'archive-import');
    const archive = parseCourseJson(await reader.readBuffer(COURSE_JSON, limits.maxJsonBytes));
    checkReferences(archive, reader);
    const files = new Map<string, string>();
    for (const [i, asset] of archive.assets.entries()) {
      const name = mediaEntryName(asset);
      const dest = path.join(temp, `${i}${path.extname(name)}`);
      const got = await reader.extractTo(name, dest, asset.size);
      if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
        throw importError(`the media file ${asset.fileName} does not match its recorded checksum.`);
      }
      if (archiveExtension(asset.fileName) === '.svg') await checkSvg(dest, asset.fileName);
      files.set(asset.id, dest);
    }
    reader.close();

    const imported: { asset: Asset; file: string }[] = [];
    const course = await writeCourse(library, archive, files, imported, opts.insertBanks);
    // The course is in: post-processing media (probe, renditions) is best effort and never undoes the import.
    for (const { asset, file } of imported) {
      await opts.onAssetImported?.(asset, file, course.id).catch((e: unknown) => {
        console.warn(`[authoring] ${asset.fileName}: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    return course;
  } finally {
    reader.close();
    if (temp) await removeQuietly(temp);
  }
}

/**
 * Media first (content-addressed), then the course in one transaction. On any failure the media this import
 * added (nothing else can use it yet) is removed again, so the library is as it was.
 */
async function writeCourse(
  library: ArchiveLibrary,
  archive: CourseArchive,
  files: ReadonlyMap<string, string>,
  imported: { asset: Asset; file: string }[],
  insertBanks: ImportArchiveOptions['insertBanks'],
): Promise<Course> {
  const added: string[] = [];
  try {
    const idMap = new Map<string, string>();
    // Known ids, not the archive's sha256: the library stores sanitized SVG, whose hash differs from the archive's.
    const known = new Set(library.listAssets().map((a) => a.id));
    for (const asset of archive.assets) {
      const file = files.get(asset.id)!;
      const stored = await library.importAsset(file, { fileName: asset.fileName, kind: asset.kind });
      if (!known.has(stored.id) && !added.includes(stored.id)) added.push(stored.id);
      idMap.set(asset.id, stored.id);
      imported.push({ asset: stored, file });
    }
    const tree = remapCourseAssets(archive.course, idMap);
    return library.transaction(() => {
      const course = library.insertCourseTree(tree, { freshIds: anyIdExists(library, archive.course) });
      insertBanks?.(remapBankAssets(archive.banks, idMap), course.id);
      return course;
    });
  } catch (e) {
    await removeAssets(library, added);
    // Schemas were checked up front, so this is unexpected; the transaction left the course tables unchanged.
    if (e instanceof AppError && e.code !== 'VALIDATION') throw e;
    const system = systemAppError(e, 'Writing the imported course');
    if (system) throw system;
    throw importError(`the course could not be written (${e instanceof Error ? e.message : String(e)}).`);
  }
}

async function removeAssets(library: ArchiveLibrary, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const file = library.assetFile(id);
    library.deleteAsset(id);
    if (file) await removeQuietly(file.path);
  }
}

/** SVG can carry script: refuse one the media pipeline would not accept, before anything is stored. */
async function checkSvg(file: string, fileName: string): Promise<void> {
  try {
    sanitizeSvg(await fs.promises.readFile(file, 'utf8'), fileName);
  } catch (e) {
    throw importError(e instanceof Error ? e.message : String(e));
  }
}

function parseCourseJson(buffer: Buffer): CourseArchive {
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString('utf8'));
  } catch (e) {
    throw importError(`course.json is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION) {
    throw importError(
      `it was made by a newer Coursewright (archive format ${version}); update Coursewright to import it.`,
    );
  }
  const parsed = courseArchiveSchema.safeParse(json);
  if (!parsed.success) throw importError(`course.json is not a valid course (${formatZodError(parsed.error)}).`);
  return parsed.data;
}

/** Every asset listed once with its file present; every reference in the course listed; no stray media files. */
function checkReferences(archive: CourseArchive, reader: ArchiveReader): void {
  const nodeIds = new Set<string>();
  const course = archive.course;
  const nodes = [
    course.id,
    ...course.modules.flatMap((m) => [m.id, ...m.lessons.flatMap((l) => [l.id, ...l.blocks.map((b) => b.id)])]),
  ];
  for (const id of nodes) {
    if (nodeIds.has(id)) throw importError(`the id ${id} is used twice in the course.`);
    nodeIds.add(id);
  }
  const ids = new Set<string>();
  const expected = new Set<string>([COURSE_JSON, 'media/']);
  for (const asset of archive.assets) {
    if (ids.has(asset.id)) throw importError(`the media list names ${asset.id} twice.`);
    ids.add(asset.id);
    const name = mediaEntryName(asset);
    const entry = reader.entries.get(name);
    if (!entry) throw importError(`the media file ${asset.fileName} (${name}) is missing.`);
    if (entry.uncompressedSize !== asset.size) {
      throw importError(`the media file ${asset.fileName} does not have its recorded size.`);
    }
    expected.add(name);
  }
  for (const id of [...courseAssetIds(archive.course), ...bankAssetIds(archive.banks)]) {
    if (!ids.has(id)) throw importError(`the course uses media ${id}, which is not in the archive.`);
  }
  for (const name of reader.entries.keys()) {
    if (!expected.has(name)) throw importError(`it contains an unexpected file "${name}".`);
  }
}

/** True when any id of the tree is already taken in the library: then everything gets new ids. */
function anyIdExists(library: ArchiveLibrary, tree: CourseTree): boolean {
  const lessons = tree.modules.flatMap((m) => m.lessons);
  return (
    library.idsTaken('course', [tree.id]).length > 0 ||
    library.idsTaken(
      'module',
      tree.modules.map((m) => m.id),
    ).length > 0 ||
    library.idsTaken(
      'lesson',
      lessons.map((l) => l.id),
    ).length > 0 ||
    library.idsTaken(
      'block',
      lessons.flatMap((l) => l.blocks.map((b) => b.id)),
    ).length > 0
  );
}
