import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgressEvent } from '../../../shared';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { ensurePlayerBuilt, leftovers, readZip } from './export-test-kit';

let tmp: string;
let library: SqliteCourseLibrary;
let context: AppContext;
let sampleId: string;
const events: ExportProgressEvent[] = [];

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-export-ipc-'));
  library = await openCourseLibrary({ dir: path.join(tmp, 'library') });
  sampleId = library.listCourses().find((c) => c.isSample)!.id;
  context = createContextFor({ library, libraryDir: path.join(tmp, 'library'), host: 'browser' });
  context.events.subscribe((e) => {
    if (e.event === 'export.progress') events.push(e.payload);
  });
});
afterAll(async () => {
  await context?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) => context.router.dispatch(channel, input, { host: 'browser' });
const eventsOf = (jobId: string) => events.filter((e) => e.jobId === jobId);

describe('export over the IPC contract', () => {
  it('starts a job and reports progress, then done with the report', async () => {
    const outPath = path.join(tmp, 'ipc.zip');
    const res = await call('export.start', { courseId: sampleId, format: 'scorm2004-4th', outPath });
    if (!res.ok) throw new Error(res.error.message);
    const { jobId } = res.value as { jobId: string };
    await context.exports.settled(jobId);
    const mine = eventsOf(jobId);
    const last = mine.at(-1)!;
    expect(last.state).toBe('done');
    expect(mine.slice(0, -1).every((e) => e.state === 'running')).toBe(true);
    expect(last.report?.outPath).toBe(outPath);
    expect(last.report?.format).toBe('scorm2004-4th');
    expect((await readZip(outPath)).map((e) => e.name)).toContain('imsmanifest.xml');
  });

  it('takes the job id the client made, so its first events match, and refuses one that is running', async () => {
    const jobId = '5f0c3a2e-8d1b-4c6a-9e7f-0a1b2c3d4e5f';
    const seen: string[] = [];
    // A listener that exists before the call: every event of the job carries the client's id.
    const unsubscribe = context.events.subscribe((e) => {
      if (e.event === 'export.progress') seen.push(e.payload.jobId);
    });
    // Two clients racing with one id: exactly one export runs, the other is refused before writing anything.
    const outs = [path.join(tmp, 'id-a.zip'), path.join(tmp, 'id-b.zip')];
    const answers = await Promise.all(
      outs.map((outPath) => call('export.start', { courseId: sampleId, format: 'html5', outPath, jobId })),
    );
    expect(answers.filter((a) => a.ok)).toEqual([{ ok: true, value: { jobId } }]);
    expect(answers.filter((a) => !a.ok)).toMatchObject([{ ok: false, error: { code: 'CONFLICT' } }]);
    await context.exports.settled(jobId);
    unsubscribe();
    expect(eventsOf(jobId).at(-1)).toMatchObject({ state: 'done' });
    expect(new Set(seen)).toEqual(new Set([jobId]));
    expect(outs.filter((f) => fs.existsSync(f))).toHaveLength(1);
  });

  it('rejects an unknown course and a missing output folder up front', async () => {
    const unknown = await call('export.start', {
      courseId: '00000000-0000-4000-8000-000000000000',
      format: 'html5',
      outPath: path.join(tmp, 'u.zip'),
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const badDir = await call('export.start', {
      courseId: sampleId,
      format: 'html5',
      outPath: path.join(tmp, 'no', 'x.zip'),
    });
    expect(badDir).toMatchObject({ ok: false, error: { code: 'IO' } });
    const badFormat = await call('export.start', {
      courseId: sampleId,
      format: 'scorm3',
      outPath: path.join(tmp, 'x.zip'),
    });
    expect(badFormat).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('cancels a running job: final event is cancelled and no file is left', async () => {
    const outPath = path.join(tmp, 'cancel.zip');
    const res = await call('export.start', { courseId: sampleId, format: 'scorm12', outPath });
    if (!res.ok) throw new Error(res.error.message);
    const { jobId } = res.value as { jobId: string };
    expect(await call('export.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    await context.exports.settled(jobId);
    expect(eventsOf(jobId).at(-1)).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(leftovers(outPath)).toEqual([]);
    // The job is gone: cancelling again reports false.
    expect(await call('export.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('reports a failure as a failed event with the error', async () => {
    const outPath = path.join(tmp, 'fail.zip');
    const tree = library.getCourse(sampleId);
    const audio = tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks)).find((b) => b.type === 'audio');
    const file = library.assetFile(audio!.type === 'audio' ? audio!.assetId! : '')!.path;
    fs.renameSync(file, `${file}.away`);
    try {
      const res = await call('export.start', { courseId: sampleId, format: 'html5', outPath });
      if (!res.ok) throw new Error(res.error.message);
      const { jobId } = res.value as { jobId: string };
      await context.exports.settled(jobId);
      expect(eventsOf(jobId).at(-1)).toMatchObject({ state: 'failed', error: { code: 'EXPORT' } });
    } finally {
      fs.renameSync(`${file}.away`, file);
    }
    expect(leftovers(outPath)).toEqual([]);
  });
});
