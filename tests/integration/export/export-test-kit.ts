import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
/** The ADL/IMS schemas, copied unchanged into the repository (source and licence: tests/fixtures/xsd/README.md). */
export const SCHEMAS = path.resolve(REPO_ROOT, 'tests/fixtures/xsd/scorm');

export interface ZipEntryData {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  data: Buffer;
}

/** Reads every entry of a zip with yauzl (in central-directory order). */
export function readZip(file: string): Promise<ZipEntryData[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: ZipEntryData[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({ name: entry.fileName, method: entry.compressionMethod, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const HARMLESS = [
  /ims_xml\.xsd:1: namespace error : xml namespace URI cannot be the default namespace/,
  /Skipping import of schema located at 'http:\/\/www\.w3\.org\/2001\/xml\.xsd'/,
];

/** Validates a manifest with xmllint against the official schemas; returns the exit status and real messages. */
export function validateManifest(
  manifestPath: string,
  wrapper: 'scorm12' | 'scorm2004-4th',
): { status: number | null; messages: string[] } {
  const res = spawnSync(
    'xmllint',
    ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'wrappers', `${wrapper}.xsd`), manifestPath],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const messages = res.stderr
    .split('\n')
    .filter((l) => l.trim() !== '')
    .filter((l) => !l.endsWith(' validates'))
    .filter((l) => !HARMLESS.some((re) => re.test(l)))
    // xmllint echoes the offending source line and a caret after each harmless schema message.
    .filter((l) => !/^\s*\^\s*$/.test(l) && !/^filename=ims_xml\.xsd/.test(l));
  return { status: res.status, messages };
}

export { ensurePlayerBuilt } from '../../support/player-build';

/** Paths in a manifest's `<file href>` and `<resource href>` attributes. */
export function manifestHrefs(xml: string): { files: string[]; launch: string | null } {
  const files = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1] ?? '');
  const launch = /<resource [^>]*href="([^"]+)"/.exec(xml)?.[1] ?? null;
  return { files, launch };
}

/** Lists leftovers of an export next to `outPath` (the file itself and any `.partial-*`). */
export function leftovers(outPath: string): string[] {
  const base = path.basename(outPath);
  return fs.readdirSync(path.dirname(outPath)).filter((n) => n === base || n.startsWith(`${base}.partial-`));
}
