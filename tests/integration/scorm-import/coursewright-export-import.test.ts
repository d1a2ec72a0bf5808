import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCourse } from '../../../main/export/export-course';
import { createLearnModuleFor, type LearnModule } from '../../../main/learner/learn-module';
import { handlePackageRequest } from '../../../main/learner/package-http';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { PACKAGES_PATH_PREFIX } from '../../../shared';

let dir: string;
let library: SqliteCourseLibrary;
let learn: LearnModule;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-export-import-'));
  library = await openCourseLibrary({ dir: path.join(dir, 'lib') });
  learn = createLearnModuleFor(library) as LearnModule;
});
afterAll(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("Coursewright's own exports as imported packages", { timeout: 120_000 }, () => {
  it.each(['scorm12', 'scorm2004-3rd', 'scorm2004-4th'] as const)(
    'imports the sample course exported as %s and serves its files',
    async (format) => {
      const sample = library.listCourses()[0];
      if (!sample) throw new Error('no sample course');
      const zip = path.join(dir, `sample-${format}.zip`);
      await exportCourse({ library, courseId: sample.id, format, outPath: zip });
      const pkg = await learn.packages.importZip(zip);
      expect(pkg.version).toBe(format);
      expect(pkg.title).toBe(sample.title);
      expect(pkg.manifest.scos).toHaveLength(1);
      expect(pkg.manifest.scos[0]?.launchPath).toBe('index.html');
      if (format === 'scorm12') expect(pkg.manifest.warnings).toEqual([]);

      // Served over HTTP like the browser host does, never outside the package.
      const server = http.createServer((req, res) => {
        const pathname = new URL(req.url ?? '/', 'http://x').pathname;
        void handlePackageRequest(req, res, pathname, learn.packages).then((handled) => {
          if (!handled) res.writeHead(418).end();
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const index = await fetch(`${base}${PACKAGES_PATH_PREFIX}${encodeURIComponent(pkg.id)}/index.html`);
        expect(index.status).toBe(200);
        expect(index.headers.get('content-type')).toMatch(/text\/html/);
        expect(index.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
        expect(await index.text()).toMatch(/<html/i);
        expect((await fetch(`${base}/packages/${pkg.id}/imsmanifest.xml`)).status).toBe(200);
        expect((await fetch(`${base}/packages/${pkg.id}/..%2f..%2flibrary.sqlite`)).status).toBe(403);
        expect((await fetch(`${base}/packages/${pkg.id}/nope.html`)).status).toBe(404);
        expect((await fetch(`${base}/packages/00000000-0000-4000-8000-000000000000/index.html`)).status).toBe(404);
        expect((await fetch(`${base}/other`)).status).toBe(418);
      } finally {
        await new Promise((r) => server.close(r));
      }
    },
  );
});
