import { promises as fsp } from 'node:fs';
import zlib from 'node:zlib';
import { AppError, systemAppError } from '../../shared';
import { cancelledError, partialPath, removeQuietly, throwIfAborted } from './temp-output';
import {
  centralHeader,
  endOfCentralDirectory,
  LOCAL_CRC_OFFSET,
  localHeader,
  METHOD_DEFLATED,
  METHOD_STORED,
  type ZipRecord,
} from './zip-format';

/** One entry of a package; `size` of file sources is known up front (stat) for progress and headers. */
export type PackageEntry =
  | { readonly path: string; readonly kind: 'buffer'; readonly data: Buffer }
  | { readonly path: string; readonly kind: 'file'; readonly sourcePath: string; readonly size: number };

export interface WriteProgress {
  done: number;
  total: number;
}

export interface WriteOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of entry data written so far; throttled (every entry and every few MB). */
  onProgress?: ((p: WriteProgress) => void) | undefined;
  /** Write ZIP64 records even when not needed (tests exercise the >4 GB layout with small files). */
  forceZip64?: boolean | undefined;
}

const TEXT_EXTENSIONS = new Set([
  'html',
  'htm',
  'js',
  'mjs',
  'css',
  'json',
  'xml',
  'xsd',
  'vtt',
  'srt',
  'txt',
  'svg',
  'map',
  'md',
]);
const CHUNK = 2 << 20;
const PROGRESS_STEP = 8 << 20;
const MAX32 = 0xffffffff;
/** Text files from the library (captions, SVG) are deflated in memory; anything larger is stored. */
const MAX_DEFLATE_FILE = 64 << 20;

/** Text is deflated; media (already compressed: mp4, m4a, mp3, png, jpg, webp…) and anything unknown is stored. */
export function shouldCompress(entryPath: string): boolean {
  const ext = /\.([A-Za-z0-9]+)$/.exec(entryPath)?.[1]?.toLowerCase();
  return ext !== undefined && TEXT_EXTENSIONS.has(ext);
}

/** The fixed entry order: plain code-unit order of the paths (no locale involved). */
export function sortEntries<T extends { path: string }>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.path === sorted[i - 1]?.path)
      throw new AppError('EXPORT', `Duplicate package path: ${sorted[i]?.path}`);
  }
  return sorted;
}

export const entryBytes = (e: PackageEntry): number => (e.kind === 'buffer' ? e.data.length : e.size);

/**
 * Writes a deterministic zip: sorted entries, one fixed timestamp and mode, media stored, text
 * deflated, and no data descriptors. Output goes to `<outPath>.partial-<random>` and is renamed over
 * `outPath` only when complete; on abort or any failure the temporary file is removed.
 *
 * A small writer of our own rather than yazl: streaming writers (yazl) must put stored entries'
 * CRC in trailing data descriptors, which Java's ZipInputStream (used by some LMS importers) and
 * 7-Zip 9.20 reject; writing to a file lets us patch the CRC into the local header instead. It also
 * uses zlib's native CRC-32, which keeps large exports as fast as Info-ZIP (see bench/).
 */
export async function writeZip(
  outPath: string,
  entries: readonly PackageEntry[],
  opts: WriteOptions = {},
): Promise<void> {
  const sorted = sortEntries(entries);
  throwIfAborted(opts.signal);
  const tmp = partialPath(outPath);
  try {
    const handle = await fsp.open(tmp, 'wx');
    try {
      await writeEntries(handle, sorted, opts);
    } finally {
      await handle.close();
    }
    throwIfAborted(opts.signal);
    await fsp.rename(tmp, outPath);
  } catch (e) {
    await removeQuietly(tmp);
    throw e;
  }
}

async function writeEntries(out: fsp.FileHandle, entries: PackageEntry[], opts: WriteOptions): Promise<void> {
  const total = entries.reduce((n, e) => n + entryBytes(e), 0);
  const forceZip64 = opts.forceZip64 === true;
  let done = 0;
  let lastReported = 0;
  const report = (force: boolean) => {
    if (force || done - lastReported >= PROGRESS_STEP) {
      lastReported = done;
      opts.onProgress?.({ done, total });
    }
  };
  let offset = 0;
  const write = async (data: Buffer) => {
    await out.write(data, 0, data.length, offset);
    offset += data.length;
  };

  const records: ZipRecord[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (const entry of entries) {
    throwIfAborted(opts.signal);
    const name = Buffer.from(entry.path, 'utf8');
    const inMemory =
      entry.kind === 'buffer'
        ? entry.data
        : shouldCompress(entry.path) && entry.size <= MAX_DEFLATE_FILE
          ? await readSource(entry.sourcePath)
          : null;
    if (inMemory) {
      const deflate = shouldCompress(entry.path);
      const data = deflate ? zlib.deflateRawSync(inMemory, { level: 6 }) : inMemory;
      const record: ZipRecord = {
        name,
        method: deflate ? METHOD_DEFLATED : METHOD_STORED,
        crc: zlib.crc32(inMemory),
        compressedSize: data.length,
        size: inMemory.length,
        offset,
        zip64Sizes: forceZip64 || inMemory.length >= MAX32,
      };
      await write(localHeader(record));
      await write(data);
      records.push(record);
      done += entryBytes(entry);
      report(true);
      continue;
    }
    if (entry.kind !== 'file') continue; // narrowed above; keeps TypeScript sure of sourcePath
    // Stored file, streamed: header first with CRC 0, data, then the real CRC patched in.
    const record: ZipRecord = {
      name,
      method: METHOD_STORED,
      crc: 0,
      compressedSize: entry.size,
      size: entry.size,
      offset,
      zip64Sizes: forceZip64 || entry.size >= MAX32,
    };
    await write(localHeader(record));
    const source = await openSource(entry.sourcePath);
    let crc = 0;
    let read = 0;
    try {
      for (;;) {
        throwIfAborted(opts.signal);
        const { bytesRead } = await source.read(buffer, 0, CHUNK, read);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        crc = zlib.crc32(chunk, crc);
        await write(chunk);
        read += bytesRead;
        done += bytesRead;
        report(false);
      }
    } finally {
      await source.close();
    }
    if (read !== entry.size) {
      throw new AppError(
        'EXPORT',
        `${entry.sourcePath} changed while it was being packaged (${read} bytes, expected ${entry.size}).`,
      );
    }
    record.crc = crc;
    const crcBytes = Buffer.alloc(4);
    crcBytes.writeUInt32LE(crc >>> 0);
    await out.write(crcBytes, 0, 4, record.offset + LOCAL_CRC_OFFSET);
    records.push(record);
    report(true);
  }

  const cdOffset = offset;
  const central = Buffer.concat(records.map((r) => centralHeader(r, forceZip64)));
  await write(central);
  await write(endOfCentralDirectory(records.length, cdOffset, central.length, forceZip64));
  if (opts.signal?.aborted) throw cancelledError();
}

async function openSource(sourcePath: string): Promise<fsp.FileHandle> {
  try {
    return await fsp.open(sourcePath, 'r');
  } catch (e) {
    throw (
      systemAppError(e, `Reading ${sourcePath}`) ??
      new AppError('EXPORT', `Cannot read ${sourcePath}: ${(e as Error).message}`)
    );
  }
}

async function readSource(sourcePath: string): Promise<Buffer> {
  try {
    return await fsp.readFile(sourcePath);
  } catch (e) {
    throw (
      systemAppError(e, `Reading ${sourcePath}`) ??
      new AppError('EXPORT', `Cannot read ${sourcePath}: ${(e as Error).message}`)
    );
  }
}
