import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { startBrowserHost, type BrowserHost } from '../../../main/host/browser-host';
import { safeFileName, UPLOADS_DIR } from '../../../main/host/upload-route';
import { openCourseLibrary } from '../../../main/library/open-library';
import type { MediaImportResult, Result } from '../../../shared';
import { H264, lavfiTone, lavfiVideo, makeClip } from '../../integration/media/media-test-kit';

/** Integration: the browser host's upload route over real HTTP, real SQLite library, real ffmpeg. */
const LIMIT = 512 * 1024;
let tmp: string;
let libraryDir: string;
let context: AppContext;
let host: BrowserHost;
let clip: string;

function post(
  query: string,
  opts: { headers?: Record<string, string>; body?: Buffer; chunked?: boolean } = {},
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/upload?${query}`,
        headers: {
          ...(opts.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(opts.body?.length ?? 0) }),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            /* plain text (401) */
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    if (opts.chunked && opts.body) {
      // Several writes so the limit is crossed mid-stream, not at the start.
      for (let i = 0; i < opts.body.length; i += 64 * 1024) req.write(opts.body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(opts.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const leftovers = () => {
  const dir = path.join(libraryDir, UPLOADS_DIR);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-upload-'));
  libraryDir = path.join(tmp, 'library');
  const staticDir = path.join(tmp, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  const library = await openCourseLibrary({ dir: libraryDir, seedSample: false });
  context = createContextFor({ library, libraryDir, host: 'browser' });
  host = await startBrowserHost({ context, staticDir, maxUploadBytes: LIMIT });
  clip = makeClip(tmp, 'clip.mp4', [...lavfiVideo('160x120', 1), ...lavfiTone(1), ...H264, '-c:a', 'aac']);
}, 60_000);

afterAll(async () => {
  await host.close();
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('POST /api/upload', () => {
  it('answers 401 without the token and imports nothing', async () => {
    const res = await post('name=a.mp4', { body: fs.readFileSync(clip) });
    expect(res.status).toBe(401);
    expect(context.library.listAssets()).toHaveLength(0);
  });

  it('answers 403 for another origin even with the token', async () => {
    const res = await post('name=a.mp4', {
      body: fs.readFileSync(clip),
      headers: { ...auth(), Origin: 'http://127.0.0.1:1' },
    });
    expect(res.status).toBe(403);
    expect((res.json as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect(context.library.listAssets()).toHaveLength(0);
  });

  it('refuses a missing name and a bad courseId with 400', async () => {
    expect((await post('', { headers: auth(), body: Buffer.from('x') })).status).toBe(400);
    expect((await post('name=a.mp4&courseId=%00bad', { headers: auth(), body: Buffer.from('x') })).status).toBe(400);
  });

  it('refuses a declared size over the limit with 413', async () => {
    const res = await post('name=big.mp4', { headers: auth(), body: Buffer.alloc(LIMIT + 1) });
    expect(res.status).toBe(413);
    expect((res.json as { error: { code: string } }).error.code).toBe('VALIDATION');
    expect(leftovers()).toEqual([]);
  });

  it('stops a chunked body at the limit with 413 and keeps no temp file', async () => {
    const res = await post('name=big.mp4', { headers: auth(), body: Buffer.alloc(LIMIT * 2), chunked: true });
    expect(res.status).toBe(413);
    expect(leftovers()).toEqual([]);
    expect(context.library.listAssets()).toHaveLength(0);
  });

  it('imports a real clip: asset under its own name, jobs queued, temp file removed', async () => {
    const res = await post('name=My%20lecture.mp4', {
      headers: { ...auth(), Origin: host.origin },
      body: fs.readFileSync(clip),
    });
    expect(res.status).toBe(200);
    const result = res.json as Result<MediaImportResult[]>;
    if (!result.ok) throw new Error(result.error.message);
    const [first] = result.value;
    expect(first?.error).toBeNull();
    expect(first?.file).toBe('My lecture.mp4');
    expect(first?.asset?.fileName).toBe('My lecture.mp4');
    expect(first?.asset?.kind).toBe('video');
    expect(first?.asset?.size).toBe(fs.statSync(clip).size);
    expect(first?.jobs.map((j) => j.kind)).toContain('video');
    expect(leftovers()).toEqual([]);
    // The stored copy is what the asset points at, not the deleted temp file.
    const stored = context.library.assetFile(first!.asset!.id);
    expect(stored && fs.existsSync(stored.path)).toBe(true);
  });

  it('answers the media error for a file that is not media, still removing the temp file', async () => {
    const res = await post('name=notes.mp4', { headers: auth(), body: Buffer.from('this is not a video at all') });
    const result = res.json as Result<MediaImportResult[]>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value[0]?.error?.code).toBeDefined();
    expect(result.value[0]?.error?.code).not.toBe('INTERNAL');
    expect(leftovers()).toEqual([]);
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment and drops reserved characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\x\\a:b.mp4')).toBe('a_b.mp4');
    expect(safeFileName('..')).toBeNull();
    expect(safeFileName('')).toBeNull();
    expect(safeFileName(null)).toBeNull();
    expect(safeFileName(`${'a'.repeat(300)}.mp4`)).toMatch(/^a{196}\.mp4$/);
  });
});
