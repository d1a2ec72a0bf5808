import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { exportCourseArchive, importCourseArchive } from '../../../main/authoring/course-archive';
import { TEMP_DIR } from '../../../main/library/library-temp';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';
import { appErrorOfAsync, openTempLibrary, tempDir } from '../library/helpers';
import { librarySnapshot, readTestZip } from './archive-kit';

const MIB = 1024 * 1024;

/** `count` MiB of zeros as a stream (one buffer reused: the test never holds 600 MiB). */
const zeros = (count: number) =>
  Readable.from(
    (function* () {
      const chunk = Buffer.alloc(MIB);
      for (let i = 0; i < count; i++) yield chunk;
    })(),
  );

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/** The sample course's archive, its course.json and entries. */
async function sample() {
  const lib = await openTempLibrary({ seedSample: true });
  const file = path.join(tempDir('cw-limits-'), 'sample.cwcourse');
  await exportCourseArchive(lib, lib.listCourses()[0]!.id, file);
  const entries = await readTestZip(file);
  const json = JSON.parse(entries[0]!.data.toString()) as {
    assets: { fileName: string; sha256: string; size: number }[];
  };
  return { file, entries, json };
}

const tempLeftovers = (libraryDir: string) => {
  const dir = path.join(libraryDir, TEMP_DIR);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

describe('.cwcourse import limits (the same rules as SCORM import)', () => {
  it('refuses an archive of under 1 MB that would store 600 MiB (compression ratio), writing nothing', async () => {
    const { file, entries, json } = await sample();
    // The audit's bomb: a media entry of 600 MiB of zeros with a correct checksum, deflated to under 1 MB.
    const vtt = json.assets.find((a) => a.fileName.endsWith('.vtt'))!;
    const oldName = `media/${vtt.sha256}.vtt`;
    vtt.sha256 = await sha256Of(zeros(600));
    vtt.size = 600 * MIB;
    const zip = new yazl.ZipFile();
    const mtime = new Date(Date.UTC(2020, 0, 1));
    zip.addBuffer(Buffer.from(JSON.stringify(json)), 'course.json', { mtime });
    for (const e of entries.slice(1)) {
      if (e.name === oldName) zip.addReadStream(zeros(600), `media/${vtt.sha256}.vtt`, { mtime });
      else zip.addBuffer(e.data, e.name, { mtime });
    }
    zip.end();
    const bomb = path.join(path.dirname(file), 'bomb.cwcourse');
    await new Promise<void>((resolve, reject) => {
      zip.outputStream.pipe(fs.createWriteStream(bomb)).on('close', resolve).on('error', reject);
    });
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);

    const target = await openTempLibrary();
    const before = librarySnapshot(target);
    const tmpBefore = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('cw-archive-'));
    const error = await appErrorOfAsync(() => importCourseArchive(target, bomb));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toMatch(/^This course archive cannot be imported: /);
    expect(error.message).toMatch(/expands \d+:1 .*compression ratio typical of zip bombs/);
    expect(librarySnapshot(target)).toEqual(before);
    expect(tempLeftovers(target.dir)).toEqual([]);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('cw-archive-'))).toEqual(tmpBefore);
  }, 120_000);

  it('refuses an archive whose content is many times its size overall', async () => {
    const { file } = await sample();
    const target = await openTempLibrary();
    const before = librarySnapshot(target);
    // The sample's own media expand a little; a ratio limit of 1:1 from 1 byte on must refuse it as a whole.
    const error = await appErrorOfAsync(() =>
      importCourseArchive(target, file, { limits: { maxOverallRatio: 1, ratioMinBytes: 1, maxEntryRatio: 1e9 } }),
    );
    expect(error.message).toMatch(/expands \d+:1 overall/);
    expect(librarySnapshot(target)).toEqual(before);
  });

  it('an encrypted entry is "encrypted", not a size mismatch, whatever its sizes say', async () => {
    const { entries } = await sample();
    const media = entries.slice(1).find((e) => e.name.startsWith('media/') && e.name !== 'media/')!;
    const file = path.join(tempDir('cw-enc-'), 'locked.cwcourse');
    fs.writeFileSync(
      file,
      buildRawZip([
        { name: 'course.json', data: entries[0]!.data },
        { name: media.name, data: media.data, method: 0, flags: 0x1 },
      ]),
    );
    const target = await openTempLibrary();
    const error = await appErrorOfAsync(() => importCourseArchive(target, file));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toContain(`"${media.name}" is encrypted`);
    expect(error.message).not.toMatch(/mismatch/);
  });

  it('unpacks into <library>/tmp, not the system temp folder, and leaves nothing there', async () => {
    const { file } = await sample();
    const target = await openTempLibrary();
    const seen = new Set<string>();
    const watcher = setInterval(() => tempLeftovers(target.dir).forEach((n) => seen.add(n)), 1);
    const watch = fs.watch(target.dir, { recursive: true }, (_event, name) => {
      if (name && String(name).startsWith(`${TEMP_DIR}${path.sep}`)) seen.add(String(name));
    });
    try {
      await importCourseArchive(target, file);
    } finally {
      clearInterval(watcher);
      watch.close();
    }
    expect([...seen].some((n) => n.includes(`${process.pid}-archive-import-`))).toBe(true);
    expect(tempLeftovers(target.dir)).toEqual([]);
  });
});
