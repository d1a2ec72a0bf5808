import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError, systemAppError } from '../../shared';
import { checkEntryName, NameRegistry, type CheckedName } from './zip-entry-names';

export interface ExtractLimits {
  /** Most entries (files and folders) an archive may hold. */
  readonly maxEntries: number;
  /** Most bytes all entries may expand to. */
  readonly maxTotalBytes: number;
  /** Highest uncompressed:compressed ratio of one entry (checked for entries of at least `ratioMinBytes`). */
  readonly maxEntryRatio: number;
  /** Highest ratio of total uncompressed bytes to the archive's size (checked from `ratioMinBytes` total). */
  readonly maxOverallRatio: number;
  /** Small files compress very well legitimately; ratios only count from this size on. */
  readonly ratioMinBytes: number;
}

/**
 * Real SCORM packages are mostly media (ratio ≈ 1) plus text (≈ 3–10:1); deflate tops out near 1030:1 on
 * zeros, so ratios of 100:1 per entry or 50:1 overall only come from bombs.
 */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 4 * 1024 ** 3,
  maxEntryRatio: 100,
  maxOverallRatio: 50,
  ratioMinBytes: 1024 * 1024,
};

interface ExtractResult {
  /** The folder the package now lives in (== the requested target). */
  readonly dir: string;
  /** Relative forward-slash paths of the extracted files, in archive order. */
  readonly files: readonly string[];
  readonly totalBytes: number;
}

interface PlannedEntry {
  readonly entry: yauzl.Entry;
  readonly name: CheckedName;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const refuse = (message: string, details?: unknown): AppError => new AppError('IMPORT', message, details);
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Extracts `zipPath` into `targetDir` (which must not exist yet) only if every entry is safe. Everything is
 * validated from the central directory before a byte is written; files go to a temporary sibling folder that is
 * renamed to `targetDir` at the end, so a refused or failed import leaves nothing behind.
 */
export async function safeExtractZip(
  zipPath: string,
  targetDir: string,
  limits: Partial<ExtractLimits> = {},
): Promise<ExtractResult> {
  const lim: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  const target = path.resolve(targetDir);
  if (fs.existsSync(target)) throw refuse(`The import target ${target} already exists.`);
  const zipSize = await archiveSize(zipPath);
  await refuseEncryptedEntries(zipPath, (name) => refuse(`The archive entry "${name}" is encrypted.`));
  const zip = await openArchive(zipPath);
  try {
    if (zip.entryCount > lim.maxEntries) {
      throw refuse(`The archive has ${zip.entryCount} entries; at most ${lim.maxEntries} are allowed.`);
    }
    const planned = await planEntries(zip, zipSize, lim);
    const parent = path.dirname(target);
    await fsp.mkdir(parent, { recursive: true });
    const temp = await fsp.mkdtemp(path.join(parent, `.${path.basename(target)}.partial-`));
    try {
      const files: string[] = [];
      let totalBytes = 0;
      for (const { entry, name } of planned) {
        const dest = insideFolder(temp, name.segments);
        if (name.isDirectory) {
          await fsp.mkdir(dest, { recursive: true });
          continue;
        }
        await fsp.mkdir(path.dirname(dest), { recursive: true });
        totalBytes += await writeEntry(zip, entry, name.path, dest);
        files.push(name.path);
      }
      await fsp.rename(temp, target);
      return { dir: target, files, totalBytes };
    } catch (e) {
      await fsp.rm(temp, { recursive: true, force: true });
      throw e;
    }
  } finally {
    zip.close();
  }
}

async function archiveSize(zipPath: string): Promise<number> {
  try {
    const stat = await fsp.stat(zipPath);
    if (!stat.isFile()) throw refuse(`${zipPath} is not a file.`);
    return stat.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('IO', `Could not read ${zipPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function openArchive(zipPath: string): Promise<yauzl.ZipFile> {
  try {
    // decodeStrings: false so names reach our own checks raw (yauzl's would refuse with generic messages).
    return await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false });
  } catch (e) {
    throw refuse(`${path.basename(zipPath)} is not a readable zip archive: ${e instanceof Error ? e.message : e}`);
  }
}

/** Reads and checks the whole central directory; throws on the first unsafe entry. */
async function planEntries(zip: yauzl.ZipFile, zipSize: number, lim: ExtractLimits): Promise<PlannedEntry[]> {
  const registry = new NameRegistry();
  const planned: PlannedEntry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = checkEntryName(decodeName(entry));
      checkEntryKind(entry, name.path);
      registry.add(name);
      if (!name.isDirectory) {
        const problem = entryLimitProblem(name.path, entry, lim);
        if (problem) throw refuse(`The archive entry ${problem}`);
        total += entry.uncompressedSize;
        const totalProblem = totalLimitProblem(total, lim);
        if (totalProblem) throw refuse(`The archive ${totalProblem}`);
      }
      planned.push({ entry, name });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw refuse(`The archive is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
  const overall = overallRatioProblem(total, zipSize, lim);
  if (overall) throw refuse(`The archive ${overall}`);
  return planned;
}

/*
 * Size and ratio rules shared by every import that unpacks a zip (SCORM packages here, `.cwcourse` archives in
 * main/authoring/archive-reader.ts). Each returns why the rule is broken, worded to follow "The archive …" /
 * "The archive entry …", or null.
 */

/** One entry's compression ratio (from `ratioMinBytes` on). */
export function entryLimitProblem(
  name: string,
  entry: { readonly uncompressedSize: number; readonly compressedSize: number },
  lim: ExtractLimits,
): string | null {
  const size = entry.uncompressedSize;
  const ratio = size / Math.max(entry.compressedSize, 1);
  if (size < lim.ratioMinBytes || ratio <= lim.maxEntryRatio) return null;
  return (
    `"${name}" expands ${Math.round(ratio)}:1 (${mib(size)} from ${entry.compressedSize} bytes), ` +
    `a compression ratio typical of zip bombs (limit ${lim.maxEntryRatio}:1).`
  );
}

/** The running total of uncompressed bytes. */
export function totalLimitProblem(total: number, lim: ExtractLimits): string | null {
  return total > lim.maxTotalBytes
    ? `expands to more than ${mib(lim.maxTotalBytes)}, the most an import may unpack.`
    : null;
}

/** All entries together against the archive's own size (from `ratioMinBytes` of content on). */
export function overallRatioProblem(total: number, archiveBytes: number, lim: ExtractLimits): string | null {
  const ratio = total / Math.max(archiveBytes, 1);
  if (total < lim.ratioMinBytes || ratio <= lim.maxOverallRatio) return null;
  return (
    `expands ${Math.round(ratio)}:1 overall (${mib(total)} from ${archiveBytes} bytes), ` +
    `a compression ratio typical of zip bombs (limit ${lim.maxOverallRatio}:1).`
  );
}

/**
 * Refuses an archive with any encrypted entry (general-purpose flag bit 0) before any other check: yauzl's
 * own size validation would otherwise report it as a confusing "size mismatch". A first pass over the central
 * directory with size validation off, so the flag is seen whatever the sizes claim.
 */
export async function refuseEncryptedEntries(zipPath: string, fail: (name: string) => Error): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: false,
      strictFileNames: false,
    });
  } catch {
    return; // Not readable as a zip: the real open reports it.
  }
  let encrypted: string | null = null;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.generalPurposeBitFlag & 0x1) {
        const raw = entry.fileName as unknown as Buffer;
        encrypted = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], false).slice(0, 200);
        break;
      }
    }
  } catch {
    // A damaged directory: the real pass reports it in its own words.
  } finally {
    zip.close();
  }
  if (encrypted !== null) throw fail(encrypted);
}

function decodeName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // strictFileNames=true keeps backslashes so checkEntryName can refuse them explicitly.
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

function checkEntryKind(entry: yauzl.Entry, name: string): void {
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK)
    throw refuse(`The archive entry "${name}" is a symbolic link; links are not allowed in packages.`);
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) {
    throw refuse(`The archive entry "${name}" is a special file (device, pipe or socket).`);
  }
  if (entry.generalPurposeBitFlag & 0x1) throw refuse(`The archive entry "${name}" is encrypted.`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw refuse(`The archive entry "${name}" uses unsupported compression method ${entry.compressionMethod}.`);
  }
}

/** Joins and re-checks containment: belt and braces on top of the name rules. */
function insideFolder(root: string, segments: readonly string[]): string {
  const dest = path.join(root, ...segments);
  const rel = path.relative(root, dest);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw refuse(`The archive entry "${segments.join('/')}" resolves outside the package folder.`);
  }
  return dest;
}

async function writeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, dest: string): Promise<number> {
  let written = 0;
  // yauzl already fails a stream that yields more than the declared size; this counter is the second guard.
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      written += chunk.length;
      if (written > entry.uncompressedSize)
        done(refuse(`The archive entry "${name}" holds more data than it declares.`));
      else done(null, chunk);
    },
  });
  try {
    const source = await zip.openReadStreamPromise(entry);
    // 'wx': never overwrite or follow anything already at the destination.
    await pipeline(source, counter, fs.createWriteStream(dest, { flags: 'wx', mode: 0o644 }));
  } catch (e) {
    if (e instanceof AppError) throw e;
    const system = systemAppError(e, `Extracting "${name}"`);
    if (system) throw system;
    throw refuse(`The archive entry "${name}" could not be extracted (damaged or crafted data): ${errText(e)}`);
  }
  return written;
}

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
