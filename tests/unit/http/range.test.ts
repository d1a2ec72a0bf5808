import { describe, expect, it } from 'vitest';
import { parseRange, planMediaResponse } from '../../../main/http/range';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', 1000, { kind: 'range', start: 0, end: 99 }],
    ['bytes=100-', 1000, { kind: 'range', start: 100, end: 999 }],
    ['bytes=-100', 1000, { kind: 'range', start: 900, end: 999 }],
    ['bytes=-5000', 1000, { kind: 'range', start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { kind: 'range', start: 900, end: 999 }],
    ['bytes=999-999', 1000, { kind: 'range', start: 999, end: 999 }],
    ['BYTES = 5-9', 1000, { kind: 'range', start: 5, end: 9 }],
    [' bytes=0-0 ', 1, { kind: 'range', start: 0, end: 0 }],
  ])('%s of %d bytes → %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it.each([
    ['bytes=1000-', 1000],
    ['bytes=1000-1001', 1000],
    ['bytes=-0', 1000],
    ['bytes=0-', 0],
    ['bytes=-10', 0],
  ])('%s of %d bytes is unsatisfiable', (header, size) => {
    expect(parseRange(header, size)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['items=0-5'],
    ['bytes='],
    ['bytes=-'],
    ['bytes=5-1'],
    ['bytes=a-b'],
    ['bytes=1.5-2'],
    ['bytes=0-1,5-6'],
    ['bytes=99999999999999999999-'],
    ['bytes=--5'],
    ['bytes=0-1-2'],
  ])('ignores malformed or multi-range header %j (whole file)', (header) => {
    expect(parseRange(header, 1000)).toEqual({ kind: 'none' });
  });
});

describe('planMediaResponse', () => {
  it('serves a whole file with 200 and Accept-Ranges', () => {
    expect(planMediaResponse({ size: 10, mime: 'video/mp4' })).toEqual({
      status: 200,
      headers: expect.objectContaining({
        'Accept-Ranges': 'bytes',
        'Content-Type': 'video/mp4',
        'Content-Length': '10',
      }),
      range: { start: 0, end: 9 },
    });
  });

  it('serves a range with 206 and Content-Range', () => {
    const plan = planMediaResponse({ size: 10, mime: 'audio/mpeg', rangeHeader: 'bytes=2-5' });
    expect(plan.status).toBe(206);
    expect(plan.headers['Content-Range']).toBe('bytes 2-5/10');
    expect(plan.headers['Content-Length']).toBe('4');
    expect(plan.range).toEqual({ start: 2, end: 5 });
  });

  it('answers 416 with bytes */size and no body', () => {
    const plan = planMediaResponse({ size: 10, mime: 'audio/mpeg', rangeHeader: 'bytes=10-' });
    expect(plan.status).toBe(416);
    expect(plan.headers['Content-Range']).toBe('bytes */10');
    expect(plan.range).toBeUndefined();
  });

  it('sends no body range for an empty file', () => {
    const plan = planMediaResponse({ size: 0, mime: 'text/vtt' });
    expect(plan.status).toBe(200);
    expect(plan.range).toBeUndefined();
  });
});
