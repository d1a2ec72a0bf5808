import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseLibrary } from '../../../main/library/open-library';
import type { SqliteCourseLibrary } from '../../../main/library/sqlite-course-library';
import { createPreviewService, type PreviewService } from '../../../main/preview/preview-service';
import {
  handlePreviewRequest,
  PREVIEW_BUILD_CSP,
  PREVIEW_CSP,
  previewFetchResponse,
} from '../../../main/preview/preview-http';
import { ensurePlayerBuilt } from '../../support/player-build';

// Real library (sample course seeded), real exporter and the built player (out/player, built here when missing).
const ROOT = path.resolve(__dirname, '../../..');
let tmp: string;
let library: SqliteCourseLibrary;
let courseId: string;
let previews: PreviewService;

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-preview-test-'));
  library = await openCourseLibrary({ dir: path.join(tmp, 'lib') });
  courseId = library.listCourses()[0]!.id;
  previews = createPreviewService({
    library,
    rootDir: path.join(tmp, 'previews'),
    playerDir: path.join(ROOT, 'out/player'),
  });
});

afterAll(async () => {
  await previews.dispose();
  library.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('preview service', () => {
  it('exports an unzipped SCORM package and returns the stand-in launch URL', async () => {
    const build = await previews.build({ courseId, format: 'scorm2004-4th' });
    expect(build.previewId).toMatch(/^[a-f0-9]{16}$/);
    expect(fs.existsSync(path.join(build.dir, 'imsmanifest.xml'))).toBe(true);
    // Relative to the content base; `src` is relative to the LMS page, so both stay under that base.
    const url = new URL(build.launchUrl, 'http://127.0.0.1/c/tok/');
    expect(url.pathname).toBe('/c/tok/lms/index.html');
    expect(url.searchParams.get('format')).toBe('scorm2004-4th');
    expect(url.searchParams.get('src')).toBe(`../preview/${build.previewId}/index.html`);
    expect(new URL(url.searchParams.get('src') ?? '', url).pathname).toBe(
      `/c/tok/preview/${build.previewId}/index.html`,
    );
    expect(url.searchParams.get('state')).toBe(`preview:${courseId}:scorm2004-4th`);
    const file = await previews.findFile(build.previewId, '/index.html');
    expect(file.ok).toBe(true);
  });

  it('replaces the previous build of the same course and format, and refuses traversal', async () => {
    const first = await previews.build({ courseId, format: 'html5' });
    const second = await previews.build({ courseId, format: 'html5' });
    expect(second.previewId).not.toBe(first.previewId);
    expect(fs.existsSync(first.dir)).toBe(false);
    expect((await previews.findFile(first.previewId, '/index.html')).ok).toBe(false);
    expect(await previews.findFile(second.previewId, '/../../lib/library.sqlite')).toMatchObject({ ok: false });
    expect(await previews.findFile('../x', '/index.html')).toMatchObject({ ok: false, status: 404 });
  });

  it('serves builds and the stand-in over http with same-origin framing and Range', async () => {
    const build = await previews.build({ courseId, format: 'scorm12' });
    const lmsDir = path.join(tmp, 'lms');
    fs.mkdirSync(lmsDir, { recursive: true });
    fs.writeFileSync(path.join(lmsDir, 'index.html'), '<!doctype html><title>stand-in</title>');
    const server = http.createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      void handlePreviewRequest(req, res, pathname, { previews, lmsDir }).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/preview/${build.previewId}/index.html`);
      expect(page.status).toBe(200);
      // Preview builds may frame https pages (embed blocks); the stand-in LMS page may not.
      expect(page.headers.get('content-security-policy')).toBe(PREVIEW_BUILD_CSP);
      expect(PREVIEW_BUILD_CSP).toContain("frame-src 'self' https:");
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(await page.text()).toContain('<html');
      const part = await fetch(`${base}/preview/${build.previewId}/imsmanifest.xml`, {
        headers: { Range: 'bytes=0-4' },
      });
      expect(part.status).toBe(206);
      expect(await part.text()).toBe('<?xml');
      const lms = await fetch(`${base}/lms/index.html`);
      expect(lms.status).toBe(200);
      expect(lms.headers.get('content-security-policy')).toBe(PREVIEW_CSP);
      expect(PREVIEW_CSP).not.toContain('https:');
      expect((await fetch(`${base}/preview/${build.previewId}/..%2F..%2Flib%2Flibrary.sqlite`)).status).toBe(403);
      expect((await fetch(`${base}/preview/0000000000000000/index.html`)).status).toBe(404);
      expect((await fetch(`${base}/other`)).status).toBe(418);

      const viaFetch = await previewFetchResponse(
        new Request(`app://coursewright/preview/${build.previewId}/index.html`),
        `/preview/${build.previewId}/index.html`,
        { previews, lmsDir: null },
      );
      expect(viaFetch?.status).toBe(200);
      expect(await viaFetch?.text()).toContain('<html');
      const noLms = await previewFetchResponse(new Request('app://coursewright/lms/index.html'), '/lms/index.html', {
        previews,
        lmsDir: null,
      });
      expect(noLms?.status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
