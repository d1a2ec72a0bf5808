import { describe, expect, it } from 'vitest';
import type { CoursewrightApi, ExportProgressEvent, ExportReport, Result } from '../../../shared';
import { createExportStore } from '../../../renderer/src/export/export-store';

// "Show file" after an export: the store asks main to reveal the report's path, and keeps the outcome.
const COURSE = { courseId: '0b0c3f7e-1d2a-4b5c-9d8e-7f6a5b4c3d2e', courseTitle: 'Intro' };
const REPORT: ExportReport = {
  format: 'scorm12',
  courseId: COURSE.courseId,
  courseTitle: 'Intro',
  outPath: '/home/ana/Coursewright/intro-scorm12.zip',
  output: 'zip',
  fileCount: 9,
  bytes: { runtime: 1, content: 2, media: 3, total: 6 },
  packageBytes: 5,
  suspendData: { worstCase: 10, limit: 4096 },
  warnings: [],
  durationMs: 12,
};

function scriptedApi(showAnswer: Result<unknown>) {
  const listeners = new Set<(e: ExportProgressEvent) => void>();
  const calls: Array<{ channel: string; input: unknown }> = [];
  let jobId = '';
  const api = {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      calls.push({ channel, input });
      // The desktop's Save dialog: the author picks the report's path.
      if (channel === 'files.chooseSavePath') return { ok: true, value: { path: REPORT.outPath } };
      if (channel === 'export.start') {
        jobId = (input as { jobId: string }).jobId;
        return { ok: true, value: { jobId } };
      }
      if (channel === 'app.showItemInFolder') return showAnswer;
      return { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } };
    },
    on(_event: string, listener: (e: ExportProgressEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mediaUrl: (id: string) => id,
  } as unknown as CoursewrightApi;
  const finish = () =>
    listeners.forEach((l) => l({ jobId, phase: 'done', done: 6, total: 6, state: 'done', report: REPORT }));
  return { api, calls, finish };
}

async function exported(showAnswer: Result<unknown>) {
  const scripted = scriptedApi(showAnswer);
  const store = createExportStore(scripted.api, COURSE);
  const disconnect = store.getState().connect();
  await store.getState().start();
  scripted.finish();
  expect(store.getState().status).toBe('done');
  return { store, disconnect, ...scripted };
}

describe('export store: show file', () => {
  it('does nothing before an export finished', async () => {
    const { api, calls } = scriptedApi({ ok: true, value: { shown: true } });
    const store = createExportStore(api, COURSE);
    await store.getState().showFile();
    expect(calls).toEqual([]);
    expect(store.getState().shown).toBeNull();
  });

  it('asks main to reveal the exported path and records that it was shown', async () => {
    const { store, calls, disconnect } = await exported({ ok: true, value: { shown: true } });
    await store.getState().showFile();
    expect(calls.at(-1)).toEqual({ channel: 'app.showItemInFolder', input: { path: REPORT.outPath } });
    expect(store.getState().shown).toEqual({ shown: true });
    expect(store.getState().error).toBeNull();
    // Back to the form forgets it.
    store.getState().reset();
    expect(store.getState().shown).toBeNull();
    disconnect();
  });

  it('keeps the reason when the host cannot show it, and the error when the file is gone', async () => {
    const refused = await exported({ ok: true, value: { shown: false, reason: 'no graphical session' } });
    await refused.store.getState().showFile();
    expect(refused.store.getState().shown).toEqual({ shown: false, reason: 'no graphical session' });
    refused.disconnect();

    const gone = await exported({
      ok: false,
      error: { code: 'NOT_FOUND', message: `No such file: ${REPORT.outPath}` },
    });
    await gone.store.getState().showFile();
    expect(gone.store.getState().shown).toBeNull();
    expect(gone.store.getState().error).toMatchObject({ code: 'NOT_FOUND' });
    // The finished export and its report stay on screen.
    expect(gone.store.getState()).toMatchObject({ status: 'done', report: REPORT });
    gone.disconnect();
  });
});
