import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError, systemAppError } from '../../shared';
import {
  DEFAULT_EXTRACT_LIMITS,
  entryLimitProblem,
  overallRatioProblem,
  refuseEncryptedEntries,
  totalLimitProblem,
  type ExtractLimits,
} from '../scorm-import/safe-extract';
import { isAllowedEntryName } from './archive-format';

/**
 * Limits against zip bombs and hostile archives; tests lower them. Entry count, total size and the compression
 * ratio rules are SCORM import's (main/scorm-import/safe-extract.ts), checked by the same code.
 */
export interface ArchiveLimits extends ExtractLimits {
  /** Size of the .cwcourse file itself. */
  maxArchiveBytes: number;
  maxJsonBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  ...DEFAULT_EXTRACT_LIMITS,
  maxArchiveBytes: 8 * 1024 ** 3,
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntries: 10_000,
  maxJsonBytes: 64 * 1024 ** 2,
};

export const importError = (message: string, details?: unknown): AppError =>
  new AppError('IMPORT', `This course archive cannot be imported: ${message}`, details);

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** An open archive whose central directory passed the name and size checks. */
export class ArchiveReader {
  private closed = false;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  /** Opens and checks the directory: allowed names only, no duplicates, no encryption, within the limits. */
  static async open(file: string, limits: ArchiveLimits): Promise<ArchiveReader> {
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) throw importError(`no file was found at ${file}.`);
    if (stat.size > limits.maxArchiveBytes)
      throw importError(`the file is larger than ${limits.maxArchiveBytes} bytes.`);
    await refuseEncryptedEntries(file, (name) => importError(`"${name}" is encrypted.`));
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(
        file,
        { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
        (e, z) => (e ? reject(importError(`it is not a readable .cwcourse (zip) file (${e.message}).`)) : resolve(z)),
      );
    });
    try {
      const entries = await readDirectory(zip, limits);
      let total = 0;
      for (const entry of entries.values()) total += entry.uncompressedSize;
      const overall = overallRatioProblem(total, stat.size, limits);
      if (overall) throw importError(`the archive ${overall}`);
      return new ArchiveReader(zip, entries);
    } catch (e) {
      zip.close();
      throw e instanceof AppError ? e : importError(`its file list is damaged (${errorText(e)}).`);
    }
  }

  /** The entry's bytes, refusing more than `maxBytes` whatever the header claims. */
  async readBuffer(name: string, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    await this.pipeEntry(name, async (stream) => {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw importError(`${name} is larger than ${maxBytes} bytes.`);
        chunks.push(chunk);
      }
    });
    return Buffer.concat(chunks);
  }

  /** Streams the entry into `dest` and returns its sha256 and size (what the caller checks). */
  async extractTo(name: string, dest: string, maxBytes: number): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(importError(`${name} is larger than its recorded size.`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await this.pipeEntry(name, (stream) => pipeline(stream, meter, fs.createWriteStream(dest, { flags: 'wx' })));
    return { sha256: hash.digest('hex'), size };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.zip.close();
  }

  private async pipeEntry(name: string, consume: (stream: Readable) => Promise<void>): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw importError(`${name} is missing.`);
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      await consume(stream);
    } catch (e) {
      if (e instanceof AppError) throw e;
      // ENOSPC while writing the entry out is a full disk, not a damaged archive.
      throw systemAppError(e, `Unpacking ${name}`) ?? importError(`${name} is damaged (${errorText(e)}).`);
    }
  }
}

function readDirectory(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    const fail = (e: AppError) => {
      zip.removeAllListeners();
      reject(e);
    };
    zip.on('error', (e: Error) => fail(importError(`its file list is damaged (${e.message}).`)));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (entries.size + 1 > limits.maxEntries)
        return fail(importError(`it has more than ${limits.maxEntries} files.`));
      if (!isAllowedEntryName(name))
        return fail(importError(`it contains an unexpected file "${name.slice(0, 200)}".`));
      if (entries.has(name)) return fail(importError(`it contains "${name}" twice.`));
      if (entry.isEncrypted()) return fail(importError(`"${name}" is encrypted.`));
      const problem = entryLimitProblem(name, entry, limits);
      if (problem) return fail(importError(`the archive entry ${problem}`));
      total += entry.uncompressedSize;
      const totalProblem = totalLimitProblem(total, limits);
      if (totalProblem) return fail(importError(`the archive ${totalProblem}`));
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}
