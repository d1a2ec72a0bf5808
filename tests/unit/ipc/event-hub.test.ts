import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../main/app/event-hub';

describe('event hub', () => {
  it('delivers validated events to subscribers until they unsubscribe', () => {
    const hub = createEventHub();
    const listener = vi.fn();
    const off = hub.subscribe(listener);
    expect(hub.emit('library.changed', { courseId: null, reason: 'x' })).toBe(true);
    expect(listener).toHaveBeenCalledWith({ event: 'library.changed', payload: { courseId: null, reason: 'x' } });
    off();
    hub.emit('library.changed', { courseId: null, reason: 'y' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hub.size).toBe(0);
  });

  it('drops and reports invalid payloads and unknown events instead of throwing', () => {
    const onError = vi.fn();
    const hub = createEventHub({ onError });
    const listener = vi.fn();
    hub.subscribe(listener);
    expect(hub.emit('library.changed', { courseId: 'not-a-uuid', reason: 'x' })).toBe(false);
    expect(hub.emit('nope' as never, {} as never)).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('isolates a throwing listener from the others', () => {
    const onError = vi.fn();
    const hub = createEventHub({ onError });
    const good = vi.fn();
    hub.subscribe(() => {
      throw new Error('bad listener');
    });
    hub.subscribe(good);
    expect(hub.emit('library.changed', { courseId: null, reason: 'x' })).toBe(true);
    expect(good).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
  });
});
