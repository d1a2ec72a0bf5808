import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { attachmentHeader } from '../../../main/host/download-route';
import { openCourseLibrary } from '../../../main/library/open-library';
import type { Course, DownloadSlot, Result } from '../../../shared';

/** Integration: download slots and typed uploads over real HTTP against a real SQLite library. */
let tmp: string;
let libraryDir: string;
let context: AppContext;
let host: BrowserHost;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(method: string, urlPath: string, body?: Buffer, withToken = true): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path: urlPath,
        headers: {
          ...(withToken ? { Authorization: `Bearer ${host.token}` } : {}),
          'Content-Length': String(body?.length ?? 0),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const invoke = async <T>(channel: string, input: unknown): Promise<Result<T>> => {
  const answer = await request('POST', `/api/invoke/${channel}`, Buffer.from(JSON.stringify(input)));
  return JSON.parse(answer.body.toString('utf8')) as Result<T>;
};

const downloadDirs = () => fs.readdirSync(path.join(libraryDir, 'tmp')).filter((n) => n.includes('-download-'));

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-download-'));
  libraryDir = path.join(tmp, 'library');
  const staticDir = path.join(tmp, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  const library = await openCourseLibrary({ dir: libraryDir, seedSample: false });
  context = createContextFor({ library, libraryDir, host: 'browser' });
  host = await startBrowserHost({ context, staticDir });
}, 60_000);

afterAll(async () => {
  await host.close();
  context.close?.();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('download slots', () => {
  it('streams an exported archive once as an attachment with its name, then removes it', async () => {
    const course = await invoke<Course>('courses.create', { title: 'Été onboarding' });
    if (!course.ok) throw new Error(course.error.message);
    const slot = await invoke<DownloadSlot>('files.prepareDownload', { fileName: 'Été onboarding.cwcourse' });
    if (!slot.ok) throw new Error(slot.error.message);
    expect(slot.value.url).toBe(`/api/download/${slot.value.downloadId}`);
    // Not written yet: nothing to download.
    expect((await request('GET', slot.value.url)).status).toBe(404);

    const written = await invoke('courses.exportArchive', { courseId: course.value.id, outPath: slot.value.outPath });
    expect(written.ok).toBe(true);
    // A link click carries no token: the one-time id is the capability, and a made-up id opens nothing.
    const guessed = slot.value.url.replace(/[0-9a-f]{4}$/, (h) => (h === 'beef' ? 'cafe' : 'beef'));
    expect((await request('GET', guessed, undefined, false)).status).toBe(404);

    const got = await request('GET', slot.value.url, undefined, false);
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toBe(attachmentHeader('Été onboarding.cwcourse'));
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''%C3%89t%C3%A9%20onboarding.cwcourse");
    expect(got.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Number(got.headers['content-length'])).toBe(got.body.length);

    // One time only, and nothing left in <library>/tmp.
    expect((await request('GET', slot.value.url)).status).toBe(404);
    // Removed once the stream has ended on the host's side (just after the client saw the last byte).
    await vi.waitFor(() => expect(downloadDirs()).toEqual([]));

    // The same bytes upload back as a new course.
    const before = await invoke<unknown[]>('courses.list', {});
    const name = encodeURIComponent('Été onboarding.cwcourse');
    const uploaded = await request('POST', `/api/upload?kind=archive&name=${name}`, got.body);
    const imported = JSON.parse(uploaded.body.toString('utf8')) as Result<Course>;
    expect(imported.ok && imported.value.title).toBe('Été onboarding');
    const after = await invoke<unknown[]>('courses.list', {});
    expect(after.ok && before.ok && after.value.length - before.value.length).toBe(1);
  });

  it('refuses ids that are not slot ids (no path walking)', async () => {
    for (const id of ['..%2F..%2Fcourse.db', '123-download-zz', '1-previews-0123456789abcdef']) {
      expect((await request('GET', `/api/download/${id}`)).status).toBe(404);
    }
  });
});

describe('typed uploads', () => {
  it('a broken archive upload gets a typed error naming the uploaded file, not the temp path', async () => {
    const answer = await request('POST', '/api/upload?kind=archive&name=broken.cwcourse', Buffer.from('not a zip'));
    const result = JSON.parse(answer.body.toString('utf8')) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain(libraryDir);
    expect(fs.readdirSync(path.join(libraryDir, '.uploads'))).toEqual([]);
  });

  it('refuses an unknown kind', async () => {
    const answer = await request('POST', '/api/upload?kind=shell&name=x.zip', Buffer.from('x'));
    expect(answer.status).toBe(400);
  });
});
