import { describe, expect, it } from 'vitest';
import type { CoursewrightApi, ExportProgressEvent, Result } from '../../../shared';
import { createExportStore } from '../../../renderer/src/export/export-store';

// Event ordering a real transport can produce (progress pushed before the start call's reply arrives),
// driven through a minimal scripted API so the order is deterministic.
const COURSE = { courseId: '0b0c3f7e-1d2a-4b5c-9d8e-7f6a5b4c3d2e', courseTitle: 'Intro' };

function scriptedApi(onStart: (emit: (e: ExportProgressEvent) => void) => void) {
  const listeners = new Set<(e: ExportProgressEvent) => void>();
  const emit = (e: ExportProgressEvent) => listeners.forEach((l) => l(e));
  const invoked: string[] = [];
  const api = {
    async invoke(channel: string): Promise<Result<unknown>> {
      invoked.push(channel);
      if (channel === 'export.start') {
        onStart(emit);
        return { ok: true, value: { jobId: 'job-1' } };
      }
      if (channel === 'export.cancel') {
        emit({ jobId: 'job-1', phase: 'write', done: 5, total: 10, state: 'cancelled' });
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
  return { api, invoked, emit };
}

describe('export store events', () => {
  it('applies a progress event that arrived before export.start resolved', async () => {
    const { api } = scriptedApi((emit) =>
      emit({ jobId: 'job-1', phase: 'write', done: 3, total: 4, state: 'running' }),
    );
    const store = createExportStore(api, COURSE);
    const disconnect = store.getState().connect();
    store.getState().setOutPath('/tmp/x.zip');
    await store.getState().start();
    expect(store.getState()).toMatchObject({ status: 'running', jobId: 'job-1', done: 3, total: 4 });
    disconnect();
  });

  it('ignores other jobs, settles on cancel, and stays settled', async () => {
    const { api, invoked, emit } = scriptedApi(() => undefined);
    const store = createExportStore(api, COURSE);
    const disconnect = store.getState().connect();
    store.getState().setOutPath('/tmp/x.zip');
    await store.getState().start();
    emit({ jobId: 'other', phase: 'done', done: 1, total: 1, state: 'done' });
    expect(store.getState().status).toBe('running');
    await store.getState().cancel();
    expect(invoked).toEqual(['export.start', 'export.cancel']);
    expect(store.getState().status).toBe('cancelled');
    emit({ jobId: 'job-1', phase: 'done', done: 10, total: 10, state: 'done' });
    expect(store.getState().status).toBe('cancelled');
    disconnect();
    // Once disconnected, events no longer reach the store.
    store.getState().reset();
    emit({ jobId: 'job-1', phase: 'write', done: 1, total: 2, state: 'running' });
    expect(store.getState().status).toBe('idle');
  });
});
