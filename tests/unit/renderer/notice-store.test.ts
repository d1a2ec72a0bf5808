import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoticeStore } from '../../../renderer/src/stores/notice-store';

describe('notice store (toasts)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes success and info after a few seconds, keeps errors until dismissed, and clears on request', () => {
    const store = createNoticeStore();
    store.getState().pushSuccess('Created “A”.');
    store.getState().pushInfo('Recovered 1 unsaved change.');
    store.getState().pushError({ code: 'NOT_FOUND', message: 'No such course.' });
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['success', 'info', 'error']);
    vi.advanceTimersByTime(4999);
    expect(store.getState().notices).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['error']);
    vi.advanceTimersByTime(60_000);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['No such course.']);
    store.getState().clear();
    expect(store.getState().notices).toEqual([]);
  });
});
