import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAPTIONS_GLOBAL,
  captionScriptPath,
  coursePackageSchema,
  EXPORT_FORMATS,
  PACKAGE_GLOBAL,
  runtimeFileFor,
  type ExportFormat,
} from '../../../shared';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { exportCourse } from '../../../main/export/export-course';
import {
  ensurePlayerBuilt,
  leftovers,
  manifestHrefs,
  readZip,
  sha256,
  validateManifest,
  type ZipEntryData,
} from './export-test-kit';

let tmp: string;
let playerDir: string;
let library: SqliteCourseLibrary;
let sampleId: string;
const zips = new Map<ExportFormat, string>();
const entriesOf = new Map<ExportFormat, ZipEntryData[]>();

beforeAll(async () => {
  playerDir = ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-export-'));
  library = await openCourseLibrary({ dir: path.join(tmp, 'library') });
  const sample = library.listCourses().find((c) => c.isSample);
  if (!sample) throw new Error('the fresh library has no sample course');
  sampleId = sample.id;
  for (const format of EXPORT_FORMATS) {
    const outPath = path.join(tmp, `${format}.zip`);
    await exportCourse({ library, courseId: sampleId, format, outPath });
    zips.set(format, outPath);
    entriesOf.set(format, await readZip(outPath));
  }
});
afterAll(() => {
  library?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const text = (entries: ZipEntryData[], name: string): string => {
  const e = entries.find((x) => x.name === name);
  if (!e) throw new Error(`missing ${name}`);
  return e.data.toString('utf8');
};

const SCORM: Array<[ExportFormat, 'scorm12' | 'scorm2004-4th']> = [
  ['scorm12', 'scorm12'],
  ['scorm2004-3rd', 'scorm2004-4th'], // only 4th-edition schemas exist; 3rd-edition manifests validate against them
  ['scorm2004-4th', 'scorm2004-4th'],
];

describe.each(SCORM)('%s package of the sample course', (format, wrapper) => {
  it('has an imsmanifest.xml that validates against the official schemas (xmllint)', () => {
    const dir = fs.mkdtempSync(path.join(tmp, `${format}-manifest-`));
    const manifest = path.join(dir, 'imsmanifest.xml');
    fs.writeFileSync(manifest, text(entriesOf.get(format)!, 'imsmanifest.xml'));
    const { status, messages } = validateManifest(manifest, wrapper);
    expect(messages).toEqual([]);
    expect(status).toBe(0);
  });

  it('lists every packaged file in the resource, and every listed file is in the zip', () => {
    const entries = entriesOf.get(format)!;
    const names = entries.map((e) => e.name);
    const { files, launch } = manifestHrefs(text(entries, 'imsmanifest.xml'));
    expect(launch).toBe('index.html');
    expect([...files].sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());
    for (const f of files) expect(names).toContain(f);
  });

  it('carries title, description, language and typical learning time, and the SCO settings', () => {
    const xml = text(entriesOf.get(format)!, 'imsmanifest.xml');
    const tree = library.getCourse(sampleId);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(xml).toContain(esc(tree.title));
    expect(xml).toContain(esc(tree.description.trim()));
    if (format === 'scorm12') {
      expect(xml).toContain('<schemaversion>1.2</schemaversion>');
      expect(xml).toContain(`<language>${tree.language}</language>`);
      expect(xml).toMatch(/<typicallearningtime>\s*<datetime>PT(\d+H)?(\d+M)?<\/datetime>/);
      expect(xml).toContain('adlcp:scormtype="sco"');
      // Omitted on purpose: an LMS could override the content's own lesson_status with it.
      expect(xml).not.toContain('masteryscore');
    } else {
      const edition = format === 'scorm2004-3rd' ? '2004 3rd Edition' : '2004 4th Edition';
      expect(xml).toContain(`<schemaversion>${edition}</schemaversion>`);
      expect(xml).toContain(`<lom:language>${tree.language}</lom:language>`);
      expect(xml).toMatch(/<lom:typicalLearningTime>\s*<lom:duration>PT(\d+H)?(\d+M)?<\/lom:duration>/);
      expect(xml).toContain('adlcp:scormType="sco"');
      expect(xml).toMatch(
        /<imsss:deliveryControls [^>]*completionSetByContent="true"[^>]*objectiveSetByContent="true"/,
      );
    }
  });
});

describe.each([...EXPORT_FORMATS])('%s zip', (format) => {
  it('holds the runtime, the course package and every media file the course references', () => {
    const entries = entriesOf.get(format)!;
    const names = new Set(entries.map((e) => e.name));
    for (const f of [
      'index.html',
      'runtime/player.js',
      'runtime/player.css',
      'content/course.json',
      'content/course.js',
    ]) {
      expect(names).toContain(f);
    }
    const pkg = coursePackageSchema.parse(JSON.parse(text(entries, 'content/course.json')));
    expect(pkg.target).toBe(format);
    expect(pkg.packageId).toBe(sampleId);
    // Only the runtime of the format's LMS binding ships (as runtime/player.js), not the other bindings'.
    expect([...names].filter((n) => n.startsWith('runtime/')).sort()).toEqual([
      'runtime/player.css',
      'runtime/player.js',
    ]);
    const shipped = entries.find((e) => e.name === 'runtime/player.js')!.data;
    expect(shipped.equals(fs.readFileSync(path.join(playerDir, runtimeFileFor(format))))).toBe(true);
    const srcs = Object.values(pkg.assets).map((a) => a.src);
    expect(srcs.length).toBeGreaterThanOrEqual(3); // the sample has a video, its captions, audio and an image
    for (const src of srcs) expect(names).toContain(src);
    // Every media entry is a packaged asset or the file:// script twin of a captions asset.
    const captions = Object.entries(pkg.assets).filter(([, a]) => a.kind === 'captions');
    expect(captions.length).toBeGreaterThan(0);
    const twins = captions.map(([, a]) => captionScriptPath(a.src));
    for (const n of names) if (n.startsWith('media/')) expect([...srcs, ...twins]).toContain(n);
    for (const [assetId, a] of captions) {
      const holder: Record<string, Record<string, string>> = {};
      new Function('window', text(entries, captionScriptPath(a.src)))(holder);
      expect(holder[CAPTIONS_GLOBAL]?.[assetId]).toBe(text(entries, a.src));
    }
    // course.js carries the same package for file:// (no fetch).
    const js = text(entries, 'content/course.js');
    expect(js.startsWith(`window.${PACKAGE_GLOBAL} = `)).toBe(true);
    const fromJs = JSON.parse(js.slice(`window.${PACKAGE_GLOBAL} = `.length).trimEnd().replace(/;$/, ''));
    expect(fromJs).toEqual(pkg);
  });

  it('has an index.html that only references relative files present in the package', () => {
    const entries = entriesOf.get(format)!;
    const html = text(entries, 'index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) {
      expect(ref).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(entries.map((e) => e.name)).toContain(ref);
    }
  });

  it('stores media and deflates text, in sorted order with fixed timestamps', async () => {
    const entries = entriesOf.get(format)!;
    for (const e of entries) {
      const isMedia = /\.(mp4|m4a|mp3|png|jpe?g|webp)$/.test(e.name);
      const isText = /\.(html|js|css|json|xml|vtt|svg)$/.test(e.name);
      if (isMedia) expect([e.name, e.method]).toEqual([e.name, 0]);
      if (isText) expect([e.name, e.method]).toEqual([e.name, 8]);
    }
    expect(entries.some((e) => e.method === 0)).toBe(true);
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
  });

  it('re-exports byte-identically', async () => {
    const again = path.join(tmp, `${format}-again.zip`);
    await exportCourse({ library, courseId: sampleId, format, outPath: again });
    expect(sha256(again)).toBe(sha256(zips.get(format)!));
  });
});

describe('html5 as a folder', () => {
  it('writes the same files as the zip, openable from disk', async () => {
    const out = path.join(tmp, 'html5-folder');
    const report = await exportCourse({ library, courseId: sampleId, format: 'html5', outPath: out, zip: false });
    expect(report.output).toBe('folder');
    const zipped = entriesOf.get('html5')!;
    for (const e of zipped) expect(fs.readFileSync(path.join(out, e.name))).toEqual(e.data);
    expect(fs.existsSync(path.join(out, 'imsmanifest.xml'))).toBe(false);
    // A second export replaces the earlier folder whole and leaves no temporary folder.
    await exportCourse({ library, courseId: sampleId, format: 'html5', outPath: out, zip: false });
    expect(leftovers(out)).toEqual(['html5-folder']);
  });
});

describe('cancel and failure leave nothing behind', () => {
  it('cancels after the first progress event', async () => {
    const out = path.join(tmp, 'cancelled.zip');
    const controller = new AbortController();
    const run = exportCourse({
      library,
      courseId: sampleId,
      format: 'scorm2004-4th',
      outPath: out,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(leftovers(out)).toEqual([]);
  });

  it('cancels while writing (abort during the write phase)', async () => {
    const out = path.join(tmp, 'cancelled-write.zip');
    const controller = new AbortController();
    const phases: string[] = [];
    const run = exportCourse({
      library,
      courseId: sampleId,
      format: 'html5',
      outPath: out,
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.phase === 'write') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(phases).toContain('write');
    expect(leftovers(out)).toEqual([]);
  });

  it('fails clearly when the player has not been built', async () => {
    const out = path.join(tmp, 'no-player.zip');
    const emptyDir = fs.mkdtempSync(path.join(tmp, 'empty-player-'));
    const run = exportCourse({ library, courseId: sampleId, format: 'scorm12', outPath: out, playerDir: emptyDir });
    await expect(run).rejects.toMatchObject({ code: 'EXPORT', message: expect.stringContaining('npm run build') });
    expect(leftovers(out)).toEqual([]);
  });

  it('fails when a media file is missing from the library', async () => {
    const out = path.join(tmp, 'no-media.zip');
    const tree = library.getCourse(sampleId);
    const assetId = tree.modules
      .flatMap((m) => m.lessons.flatMap((l) => l.blocks))
      .find((b) => b.type === 'video')?.assetId;
    const file = library.assetFile(assetId!)!.path;
    fs.renameSync(file, `${file}.away`);
    try {
      await expect(
        exportCourse({ library, courseId: sampleId, format: 'scorm12', outPath: out }),
      ).rejects.toMatchObject({
        code: 'EXPORT',
      });
    } finally {
      fs.renameSync(`${file}.away`, file);
    }
    expect(leftovers(out)).toEqual([]);
  });

  it('fails for an unknown course and an output folder that does not exist', async () => {
    await expect(
      exportCourse({
        library,
        courseId: '00000000-0000-4000-8000-000000000000',
        format: 'html5',
        outPath: path.join(tmp, 'x.zip'),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      exportCourse({ library, courseId: sampleId, format: 'html5', outPath: path.join(tmp, 'nope', 'x.zip') }),
    ).rejects.toMatchObject({ code: 'IO' });
  });

  it('refuses to replace a folder with a zip, a file with a folder, or a folder it did not write', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'existing-'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await expect(exportCourse({ library, courseId: sampleId, format: 'scorm12', outPath: dir })).rejects.toMatchObject({
      code: 'IO',
    });
    await expect(
      exportCourse({ library, courseId: sampleId, format: 'html5', outPath: dir, zip: false }),
    ).rejects.toMatchObject({ code: 'IO', message: expect.stringContaining('not a Coursewright export') });
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
    const file = path.join(dir, 'notes.txt');
    await expect(
      exportCourse({ library, courseId: sampleId, format: 'html5', outPath: file, zip: false }),
    ).rejects.toMatchObject({ code: 'IO' });
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });
});
