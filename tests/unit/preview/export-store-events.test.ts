import { describe, expect, it } from 'vitest';
import type { CoursewrightApi, ExportProgressEvent, Result } from '../../../shared';
import { createExportStore } from '../../../renderer/src/export/export-store';

// Event ordering a real transport can produce (progress pushed before the start call's reply arrives),
// driven through a minimal scripted API so the order is deterministic.
const COURSE = { courseId: '0b0c3f7e-1d2a-4b5c-9d8e-7f6a5b4c3d2e', courseTitle: 'Intro' };

function scriptedApi(onStart: (emit: (e: ExportProgressEvent) => void, jobId: string) => void) {
  const listeners = new Set<(e: ExportProgressEvent) => void>();
  const emit = (e: ExportProgressEvent) => listeners.forEach((l) => l(e));
  const invoked: string[] = [];
  const job = { id: '' };
  const api = {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      invoked.push(channel);
      // The desktop's Save dialog: the author accepts the suggested place.
      if (channel === 'files.chooseSavePath') return { ok: true, value: { path: '/tmp/x.zip' } };
      if (channel === 'export.start') {
        job.id = (input as { jobId: string }).jobId;
        onStart(emit, job.id);
        return { ok: true, value: { jobId: job.id } };
      }
      if (channel === 'export.cancel') {
        emit({ jobId: job.id, phase: 'write', done: 5, total: 10, state: 'cancelled' });
        return { ok: true, value: { cancelled: true } };
      }
      return { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } };
    },
    on(_event: string, listener: (e: ExportProgressEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mediaUrl: (id: string) => id,
  } as unknown as CoursewrightApi;
  return { api, invoked, emit, job };
}

describe('export store events', () => {
  it("applies events that arrive before export.start resolved: the job id is the client's", async () => {
    const { api, job } = scriptedApi((emit, jobId) =>
      emit({ jobId, phase: 'write', done: 3, total: 4, state: 'running' }),
    );
    const store = createExportStore(api, COURSE);
    const disconnect = store.getState().connect();
    await store.getState().start();
    expect(job.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.getState()).toMatchObject({ status: 'running', jobId: job.id, done: 3, total: 4 });
    disconnect();
  });

  it('settles when the final event arrives before export.start resolved', async () => {
    const { api } = scriptedApi((emit, jobId) =>
      emit({ jobId, phase: 'write', done: 4, total: 4, state: 'failed', error: { code: 'IO', message: 'disk' } }),
    );
    const store = createExportStore(api, COURSE);
    const disconnect = store.getState().connect();
    await store.getState().start();
    expect(store.getState()).toMatchObject({ status: 'failed', error: { code: 'IO' } });
    disconnect();
  });

  it('ignores other jobs, settles on cancel, and stays settled', async () => {
    const { api, invoked, emit, job } = scriptedApi(() => undefined);
    const store = createExportStore(api, COURSE);
    const disconnect = store.getState().connect();
    await store.getState().start();
    emit({ jobId: 'other', phase: 'done', done: 1, total: 1, state: 'done' });
    expect(store.getState().status).toBe('running');
    await store.getState().cancel();
    expect(invoked).toEqual(['files.chooseSavePath', 'export.start', 'export.cancel']);
    expect(store.getState().status).toBe('cancelled');
    emit({ jobId: job.id, phase: 'done', done: 10, total: 10, state: 'done' });
    expect(store.getState().status).toBe('cancelled');
    disconnect();
    // Once disconnected, events no longer reach the store.
    store.getState().reset();
    emit({ jobId: job.id, phase: 'write', done: 1, total: 2, state: 'running' });
    expect(store.getState().status).toBe('idle');
  });
});
