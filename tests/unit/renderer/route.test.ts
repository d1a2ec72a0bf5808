import { describe, expect, it, vi } from 'vitest';
import { bindHashRouting, createNavStore } from '../../../renderer/src/stores/nav-store';
import { createNoticeStore } from '../../../renderer/src/stores/notice-store';
import { formatHash, parseHash, type Route } from '../../../renderer/src/stores/route';

const C = '3f2a8d8e-5b1c-4c6d-9e7f-0a1b2c3d4e5f';
const L = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('hash routes', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [
      { screen: 'library' },
      { screen: 'course', courseId: C, lessonId: null },
      { screen: 'course', courseId: C, lessonId: L },
    ];
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('treats anything that is not a well-formed route as the library (or the course without the lesson)', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#main',
      '#/courses/',
      '#/courses/not-a-uuid',
      '#/courses/../../etc',
      '#/x/' + C,
    ]) {
      expect(parseHash(hash), hash).toEqual({ screen: 'library' });
    }
    expect(parseHash(`#/courses/${C}/lessons/nope`)).toEqual({ screen: 'course', courseId: C, lessonId: null });
  });

  it('keeps the store and location.hash in step both ways', () => {
    const target = new EventTarget();
    const win = Object.assign(target, { location: { hash: `#/courses/${C}` } }) as unknown as Window;
    const nav = createNavStore();
    const unbind = bindHashRouting(nav, win);
    expect(nav.getState().route).toEqual({ screen: 'course', courseId: C, lessonId: null });

    nav.getState().navigate({ screen: 'course', courseId: C, lessonId: L });
    expect(win.location.hash).toBe(`#/courses/${C}/lessons/${L}`);

    win.location.hash = '#/';
    target.dispatchEvent(new Event('hashchange'));
    expect(nav.getState().route).toEqual({ screen: 'library' });

    unbind();
    nav.getState().navigate({ screen: 'course', courseId: C, lessonId: null });
    expect(win.location.hash).toBe('#/');
  });
});

describe('notice store', () => {
  it('keeps the newest three notices and lets confirmations fade while errors stay', () => {
    vi.useFakeTimers();
    try {
      const notices = createNoticeStore();
      for (let i = 1; i <= 4; i++) notices.getState().pushError({ code: 'IO', message: `error ${i}` });
      expect(notices.getState().notices.map((n) => n.message)).toEqual(['error 2', 'error 3', 'error 4']);
      notices.getState().pushInfo('saved');
      expect(notices.getState().notices.map((n) => n.message)).toEqual(['error 3', 'error 4', 'saved']);
      vi.advanceTimersByTime(10_000);
      expect(notices.getState().notices.map((n) => n.message)).toEqual(['error 3', 'error 4']);
    } finally {
      vi.useRealTimers();
    }
  });
});
