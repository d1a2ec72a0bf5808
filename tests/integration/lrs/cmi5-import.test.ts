import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCourse } from '../../../main/export/export-course';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { CMI5_PACKAGES_DIR, Cmi5PackageStore } from '../../../main/lrs/cmi5-package-store';
import { xapiIds } from '../../../shared/package/xapi-ids';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';
import { ensurePlayerBuilt } from '../export/export-test-kit';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');
let tmp: string;
let libDir: string;
let library: SqliteCourseLibrary;
let sampleId: string;

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cmi5-import-'));
  libDir = path.join(tmp, 'lib');
  library = await openCourseLibrary({ dir: libDir });
  sampleId = library.listCourses().find((c) => c.isSample)!.id;
});
afterAll(() => {
  library?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const store = () => new Cmi5PackageStore(libraryConnection(library), libDir);
const leftovers = () =>
  fs.existsSync(path.join(libDir, CMI5_PACKAGES_DIR)) ? fs.readdirSync(path.join(libDir, CMI5_PACKAGES_DIR)) : [];
const cmi5Xml = (auId: string, url = 'index.html') =>
  `<?xml version="1.0"?><courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">` +
  `<course id="https://example.org/course"><title><langstring lang="en">T</langstring></title><description><langstring lang="en"/></description></course>` +
  `<block id="https://example.org/block"><title><langstring>B</langstring></title><description><langstring/></description>` +
  `<au id="${auId}" moveOn="Passed" masteryScore="0.7"><title><langstring>AU</langstring></title><description><langstring/></description><url>${url}</url></au></block></courseStructure>`;

describe('coursewright cmi5 import', () => {
  it('imports our own cmi5 export through the real CLI and lists it', () => {
    const zip = path.join(tmp, 'ours.zip');
    return exportCourse({ library, courseId: sampleId, format: 'cmi5', outPath: zip, cmi5AuPerModule: true }).then(
      () => {
        library.close();
        const run = (...a: string[]) =>
          spawnSync(process.execPath, ['--import', 'tsx', ENTRY, '--library', libDir, ...a], {
            cwd: ROOT,
            encoding: 'utf8',
            timeout: 60_000,
          });
        const imported = run('cmi5', 'import', zip, '--json');
        expect(imported.stderr).toBe('');
        const pkg = JSON.parse(imported.stdout) as { id: string; courseIri: string; auCount: number };
        expect(pkg.courseIri).toBe(xapiIds(sampleId).course);
        const listed = JSON.parse(run('cmi5', 'list', '--json').stdout) as Array<{ id: string }>;
        expect(listed.map((p) => p.id)).toContain(pkg.id);
        return openCourseLibrary({ dir: libDir }).then((lib) => {
          library = lib;
          const stored = store().get(pkg.id);
          expect(stored.structure.aus.length).toBe(library.getCourse(sampleId).modules.length);
          expect(stored.structure.aus[0]).toMatchObject({ moveOn: expect.any(String), launchMethod: 'AnyWindow' });
          expect(fs.existsSync(path.join(stored.dir, 'index.html'))).toBe(true);
        });
      },
    );
  }, 120_000);

  it('reads AUs inside blocks of a third-party structure', async () => {
    const zip = path.join(tmp, 'third.zip');
    fs.writeFileSync(
      zip,
      buildRawZip([
        { name: 'cmi5.xml', data: cmi5Xml('https://example.org/au/1') },
        { name: 'index.html', data: '<p>hi' },
      ]),
    );
    const pkg = await store().importZip(zip);
    expect(pkg.structure.aus).toEqual([
      expect.objectContaining({
        id: 'https://example.org/au/1',
        moveOn: 'Passed',
        masteryScore: 0.7,
        url: 'index.html',
        title: 'AU',
      }),
    ]);
  });

  it.each([
    ['no cmi5.xml', [{ name: 'index.html', data: 'x' }], 'no cmi5.xml'],
    [
      'a relative AU id',
      [
        { name: 'cmi5.xml', data: cmi5Xml('au-1') },
        { name: 'index.html', data: 'x' },
      ],
      'absolute IRI',
    ],
    ['a missing launch file', [{ name: 'cmi5.xml', data: cmi5Xml('https://e.org/au', 'start.html') }], 'no such file'],
    [
      'a path leaving the folder',
      [
        { name: 'cmi5.xml', data: cmi5Xml('https://e.org/au') },
        { name: '../evil.html', data: 'x' },
      ],
      '',
    ],
  ])('refuses %s and leaves nothing behind', async (_name, entries, message) => {
    const before = leftovers();
    const zip = path.join(tmp, `bad-${Math.random().toString(36).slice(2)}.zip`);
    fs.writeFileSync(zip, buildRawZip(entries));
    await expect(store().importZip(zip)).rejects.toMatchObject({
      code: 'IMPORT',
      message: expect.stringContaining(message),
    });
    expect(leftovers()).toEqual(before);
    expect(fs.existsSync(path.join(libDir, 'evil.html'))).toBe(false);
  });
});
