import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../shared';
import { isAllowedEntryName } from './archive-format';

/** Limits against zip bombs and hostile archives; tests lower them. */
export interface ArchiveLimits {
  /** Size of the .cwcourse file itself. */
  maxArchiveBytes: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  maxJsonBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
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
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(
        file,
        { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
        (e, z) => (e ? reject(importError(`it is not a readable .cwcourse (zip) file (${e.message}).`)) : resolve(z)),
      );
    });
    try {
      return new ArchiveReader(zip, await readDirectory(zip, limits));
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
      throw e instanceof AppError ? e : importError(`${name} is damaged (${errorText(e)}).`);
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
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        return fail(importError(`it unpacks to more than ${limits.maxTotalBytes} bytes.`));
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}
