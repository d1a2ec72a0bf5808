import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { SqliteCourseLibrary } from '../../../main/library/open-library';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Writes a zip with yazl (fixed mtime); `rename` patches entry names afterwards (same length) for hostile names. */
export async function writeTestZip(
  file: string,
  entries: readonly ZipEntry[],
  rename: readonly [from: string, to: string][] = [],
): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { mtime: new Date(Date.UTC(2020, 0, 1)) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  let buffer = Buffer.concat(chunks);
  for (const [from, to] of rename) {
    if (from.length !== to.length) throw new Error('renames must keep the length');
    buffer = Buffer.from(buffer.toString('latin1').split(from).join(to), 'latin1');
  }
  fs.writeFileSync(file, buffer);
}

/** Every entry of a zip, in order. */
export async function readTestZip(file: string): Promise<ZipEntry[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const out: ZipEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      zip
        .openReadStreamPromise(entry)
        .then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
          out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          zip.readEntry();
        })
        .catch(reject);
    });
    zip.readEntry();
  });
  zip.close();
  return out;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}

/** What "the library did not change" means: rows of every course table, assets, and the media files on disk. */
export function librarySnapshot(lib: SqliteCourseLibrary) {
  const all = (sql: string) => libraryConnection(lib).prepare(sql).all();
  return {
    courses: all(`SELECT id, title, updated_at, deleted_at FROM courses ORDER BY seq`),
    modules: all(`SELECT id FROM modules ORDER BY seq`),
    lessons: all(`SELECT id FROM lessons ORDER BY seq`),
    blocks: all(`SELECT id, data FROM blocks ORDER BY seq`),
    assets: all(`SELECT id, sha256 FROM assets ORDER BY seq`),
    files: listFiles(path.join(lib.dir, 'media')),
  };
}
