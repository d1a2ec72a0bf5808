import { describe, expect, it } from 'vitest';
import { parseLaunchParams, STORAGE_PREFIX } from '../../../renderer/lms-stand-in/launch-params';

const page = 'http://127.0.0.1:4000/lms/index.html';

describe('parseLaunchParams', () => {
  it('resolves src against the page and namespaces the storage key', () => {
    const r = parseLaunchParams(`${page}?format=scorm2004-3rd&src=%2Fpreview%2Fabc%2Findex.html&state=s1&width=375`);
    expect(r).toEqual({
      ok: true,
      params: {
        format: 'scorm2004-3rd',
        src: 'http://127.0.0.1:4000/preview/abc/index.html',
        storageKey: `${STORAGE_PREFIX}s1`,
        width: 375,
        feed: null,
      },
    });
  });

  it('reads the cmi5 feed (the launcher’s capability for the live panel) only for cmi5', () => {
    const cmi5 = parseLaunchParams(`${page}?format=cmi5&src=%2Fpreview%2Fabc%2Findex.html&feed=f1`);
    expect(cmi5.ok && cmi5.params.feed).toBe('f1');
    const scorm = parseLaunchParams(`${page}?format=scorm12&src=%2Fpreview%2Fabc%2Findex.html&feed=f1`);
    expect(scorm.ok && scorm.params.feed).toBeNull();
  });

  it('defaults the format to 1.2 and the key to the package path', () => {
    const r = parseLaunchParams(`${page}?src=../pkg/index.html`);
    expect(r.ok && r.params.format).toBe('scorm12');
    expect(r.ok && r.params.storageKey).toBe(`${STORAGE_PREFIX}scorm12:/pkg/index.html`);
  });

  it.each([
    ['?src=/x/index.html&format=aicc', /Unknown format/],
    ['?format=scorm12', /Missing \?src=/],
    ['?src=https://elsewhere.example/index.html', /same origin/],
    ['?src=javascript:alert(1)', /same origin/],
  ])('refuses %s', (query, message) => {
    const r = parseLaunchParams(`${page}${query}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('ignores a nonsense width', () => {
    const r = parseLaunchParams(`${page}?src=/a/index.html&width=99999`);
    expect(r.ok && r.params.width).toBeNull();
  });
});
