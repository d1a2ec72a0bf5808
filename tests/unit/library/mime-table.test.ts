import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIME, mimeFromExtension, mimeTypeFor } from '../../../main/library/mime';

/** Properties of the one MIME table shared by media import and the HTTP hosts. */
const KNOWN = ['.png', '.svg', '.mp4', '.vtt', '.srt', '.pdf', '.html', '.js', '.css', '.json', '.woff2', '.wasm'];
const extension = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc.string({ maxLength: 6 }).map((s) => `.${s}`),
);
const casing = (s: string, flips: boolean[]) =>
  [...s].map((c, i) => (flips[i % Math.max(1, flips.length)] ? c.toUpperCase() : c.toLowerCase())).join('');
const fileName = fc
  .tuple(fc.stringMatching(/^[a-z0-9 ._/-]{0,12}$/), extension, fc.array(fc.boolean(), { maxLength: 8 }))
  .map(([stem, ext, flips]) => `${stem}x${casing(ext, flips)}`);

describe('MIME table', () => {
  it('import and serving agree: an imported media type is served as that type', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const imported = mimeFromExtension(name);
        if (imported !== null) expect(mimeTypeFor(name).split(';')[0]).toBe(imported);
      }),
    );
  });

  it('an imported file never becomes a page, a script or a style sheet', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        expect(['text/html', 'text/javascript', 'text/css', 'application/wasm']).not.toContain(mimeFromExtension(name));
      }),
    );
  });

  it('ignores the case of the extension and dots in folder names; text is served as UTF-8', () => {
    fc.assert(
      fc.property(fileName, fc.stringMatching(/^[a-z]{1,5}\.[a-z]{1,4}$/), (name, folder) => {
        expect(mimeTypeFor(name)).toBe(mimeTypeFor(name.toLowerCase()));
        expect(mimeTypeFor(`/${folder}/noext`)).toBe(DEFAULT_MIME);
        const served = mimeTypeFor(name);
        if (served.startsWith('text/')) expect(served).toMatch(/; charset=utf-8$/);
      }),
    );
    expect(mimeTypeFor('/x/page.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeFromExtension('page.html')).toBeNull();
    expect(mimeFromExtension('clip.MOV')).toBe('video/quicktime');
    expect(mimeTypeFor('/media/subs.vtt')).toBe('text/vtt; charset=utf-8');
  });
});
