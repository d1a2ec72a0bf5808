import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../../main/security/svg-sanitize';

/**
 * CSS escapes inside style attributes and presentation attributes: `u\72l(` is `url(` to the CSS parser, so a
 * check that looks for the plain word misses it. Every way of spelling a loading function must be dropped.
 */
const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;

/** One character as CSS may spell it: itself, a hex escape (1–6 digits, either case, optional space) or `\c`. */
const cssChar = (ch: string): fc.Arbitrary<string> => {
  const hex = ch.codePointAt(0)!.toString(16);
  return fc.oneof(
    fc.constant(ch),
    fc
      .tuple(fc.integer({ min: hex.length, max: 6 }), fc.boolean(), fc.constantFrom('', ' ', '\t', '\n'))
      .map(([width, upper, space]) => {
        const digits = hex.padStart(width, '0');
        return `\\${upper ? digits.toUpperCase() : digits}${space}`;
      }),
    // `\u` is not a hex digit, so it is just "u"; hex letters cannot be escaped this way.
    ...(/[0-9a-f]/i.test(ch) ? [] : [fc.constant(`\\${ch}`)]),
  );
};
const spelled = (word: string) => fc.tuple(...[...word].map(cssChar)).map((parts) => parts.join(''));
/** XML escaping of the attribute value on top: `&#92;` is a backslash after the XML parser. */
const xmlEscaped = (s: string, asEntities: boolean) =>
  asEntities ? s.replace(/\\/g, '&#92;') : s.replace(/&/g, '&amp;');

describe('sanitizeSvg and CSS escapes', () => {
  it('drops the reported payload: u\\72l( in a style attribute and in a filter', () => {
    const out = sanitizeSvg(
      wrap(
        '<rect style="fill: u\\72l(http://evil/a)"/><rect filter="u\\72l(http://evil/b)"/>' +
          '<rect style="background:\\75\\72\\6c(http://evil/c)"/><rect style="fill:red"/>',
      ),
    );
    expect(out).not.toMatch(/evil/);
    expect(out).toContain('<rect style="fill:red"/>');
  });

  it('drops image-set() and src(), which load from plain strings', () => {
    const out = sanitizeSvg(
      wrap('<rect style="fill:image-set(\'http://evil/a\' 1x)"/><rect style="mask:src(\'http://evil/b\')"/>'),
    );
    expect(out).not.toMatch(/evil/);
  });

  it('never keeps a loading function however its letters are escaped (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('url', 'image-set', 'src', 'expression'),
        fc.constantFrom('style', 'filter', 'fill', 'mask', 'clip-path'),
        fc.boolean(),
        fc.integer({ min: 0, max: 1 }),
        (fn, attr, entities, withPrefix) =>
          fc.assert(
            fc.property(spelled(fn), (name) => {
              const css = `${withPrefix ? 'fill:' : ''}${name}(http://evil/x)`;
              const out = sanitizeSvg(wrap(`<rect ${attr}="${xmlEscaped(css, entities)}"/>`));
              expect(out).not.toMatch(/evil/);
            }),
            { numRuns: 40 },
          ),
      ),
      { numRuns: 40 },
    );
  });

  it('keeps in-document references and is idempotent on what it keeps', () => {
    const src = wrap('<rect fill="url(#g)" style="fill:url(&quot;#g&quot;);stroke:blue" filter="url(#f)"/>');
    const once = sanitizeSvg(src);
    expect(once).toContain('fill="url(#g)"');
    expect(once).toContain('filter="url(#f)"');
    expect(once).toContain('style="fill:url(&quot;#g&quot;);stroke:blue"');
    expect(sanitizeSvg(once)).toBe(once);
  });
});
