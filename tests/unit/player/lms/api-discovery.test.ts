import { describe, expect, it } from 'vitest';
import { findScormApi, type FrameLike } from '../../../../renderer/player/lms/api-discovery';
import { createScormAdapterFor } from '../../../support/adapter-factory';
import { createStrictScorm12Lms, createStrictScorm2004Lms } from '../../../support/strict-fake-lms';

const api12 = () => createStrictScorm12Lms().api;
const api2004 = () => createStrictScorm2004Lms().api;

/** A frame chain: index 0 is the content window, the last one is the top (its parent is itself). */
function chain(depth: number, top: Record<string, unknown> = {}): FrameLike[] {
  const frames: FrameLike[] = [];
  const topWin: FrameLike = { ...top };
  topWin.parent = topWin;
  let current = topWin;
  frames.unshift(current);
  for (let i = 1; i < depth; i++) {
    current = { parent: current };
    frames.unshift(current);
  }
  return frames;
}

describe('SCORM API discovery', () => {
  it('finds API in the parent chain (LMS frameset) and API_1484_11 only for 2004', () => {
    const api = api12();
    const [content] = chain(4, { API: api });
    expect(findScormApi(content!, '1.2')).toBe(api);
    expect(findScormApi(content!, '2004')).toBeNull();
  });

  it('binds to the package version even when both APIs are present', () => {
    const a12 = api12();
    const a2004 = api2004();
    const [content] = chain(2, { API: a12, API_1484_11: a2004 });
    expect(findScormApi(content!, '1.2')).toBe(a12);
    expect(findScormApi(content!, '2004')).toBe(a2004);
  });

  it('finds the nearest API first, including on the window itself', () => {
    const near = api2004();
    const far = api2004();
    const frames = chain(3, { API_1484_11: far });
    frames[1]!.API_1484_11 = near;
    expect(findScormApi(frames[0]!, '2004')).toBe(near);
    frames[0]!.API_1484_11 = far;
    expect(findScormApi(frames[0]!, '2004')).toBe(far);
  });

  it('then looks in the opener and its parents (LMS pop-up window)', () => {
    const api = api12();
    const lms = chain(3, { API: api });
    const popup: FrameLike = { opener: lms[0] };
    popup.parent = popup;
    expect(findScormApi(popup, '1.2')).toBe(api);
    // Content framed inside the pop-up: the top window's opener is searched too.
    const inner: FrameLike = { parent: popup };
    expect(findScormApi(inner, '1.2')).toBe(api);
  });

  it('is bounded: gives up beyond the hop limit and survives cyclic or hostile frames', () => {
    const api = api12();
    const frames = chain(12, { API: api });
    expect(findScormApi(frames[0]!, '1.2', 7)).toBeNull();
    expect(findScormApi(frames[0]!, '1.2', 11)).toBe(api);
    const a: FrameLike = {};
    const b: FrameLike = { parent: a };
    a.parent = b; // a cycle: must terminate
    expect(findScormApi(a, '1.2')).toBeNull();
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    ) as FrameLike;
    expect(findScormApi({ parent: hostile, opener: hostile }, '2004')).toBeNull();
  });

  it('ignores objects that are not SCORM APIs', () => {
    const [content] = chain(2, { API: { LMSInitialize: 'nope' }, API_1484_11: {} });
    expect(findScormApi(content!, '1.2')).toBeNull();
    expect(findScormApi(content!, '2004')).toBeNull();
  });

  it('createLmsAdapter picks the adapter by target and falls back to standalone with a notice', () => {
    const [with12] = chain(2, { API: api12() });
    const [with2004] = chain(2, { API_1484_11: api2004() });
    const [none] = chain(2);
    expect(createScormAdapterFor('scorm12', with12!).kind).toBe('scorm12');
    expect(createScormAdapterFor('scorm12', with2004!).kind).toBe('standalone');
    expect(createScormAdapterFor('scorm12', with2004!).notice).toMatch(/saved in this browser/);
    expect(createScormAdapterFor('scorm2004-3rd', with2004!).kind).toBe('scorm2004');
    expect(createScormAdapterFor('scorm2004-4th', with12!).kind).toBe('standalone');
    expect(createScormAdapterFor('html5', with12!).kind).toBe('standalone');
    expect(createScormAdapterFor('html5', none!).notice).toBeNull();
    expect(createScormAdapterFor('preview', with12!).kind).toBe('scorm12');
    expect(createScormAdapterFor('preview', none!).kind).toBe('standalone');
  });
});
