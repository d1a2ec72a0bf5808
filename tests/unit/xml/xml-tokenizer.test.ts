import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttr,
  escapeXmlText,
  tokenizeXml,
  XmlTokenError,
  type XmlToken,
} from '../../../main/xml/xml-tokenizer';
import { sanitizeSvg } from '../../../main/security/svg-sanitize';
import { parseXml } from '../../../main/scorm-import/xml-lite';
import { AppError } from '../../../shared';

// The one tokenizer behind the SVG sanitizer and the manifest reader reads hostile files: it is fuzzed here.
const all = (src: string, opts?: Parameters<typeof tokenizeXml>[1]): XmlToken[] => [...tokenizeXml(src, opts)];

interface Tree {
  name: string;
  attrs: [string, string][];
  children: Array<Tree | string>;
}
const NAMES = ['svg', 'g', 'path', 'text', 'a:b', 'Item', 'x-y', 'n.1'];
const name = fc.constantFrom(...NAMES);
const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('id', 'd', 'x', 'fill', 'xmlns:a', 'class'), anyText), {
      selector: ([k]) => k,
      maxLength: 3,
    }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, anyText, tie('node')), { maxLength: 3 }),
  }),
})).node;

/** Characters XML 1.0 cannot carry (controls, lone surrogates) are out of scope for the round trip. */
const xmlChars = (s: string) =>
  [...s].filter((c) => /[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(c)).join('');
function serialize(t: Tree): string {
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${escapeXmlAttr(xmlChars(v))}"`).join('');
  const inner = t.children.map((c) => (typeof c === 'string' ? escapeXmlText(xmlChars(c)) : serialize(c))).join('');
  return `<${t.name}${attrs}>${inner}</${t.name}>`;
}
/** The tree the tokens describe (adjacent text merged), to compare with the generated one. */
function rebuild(tokens: XmlToken[]): unknown {
  const root = { children: [] as unknown[] };
  const stack: Array<{ name?: string; attrs?: unknown; children: unknown[] }> = [root];
  for (const t of tokens) {
    const top = stack.at(-1)!;
    if (t.kind === 'open') {
      const el = { name: t.name, attrs: t.attrs, children: [] as unknown[] };
      top.children.push(el);
      if (!t.selfClosing) stack.push(el);
    } else if (t.kind === 'close') stack.pop();
    else if (typeof top.children.at(-1) === 'string') top.children[top.children.length - 1] += t.text;
    else if (t.text) top.children.push(t.text);
  }
  return root.children[0];
}
const normalise = (t: Tree): unknown => ({
  name: t.name,
  // Attribute-value normalisation: literal tabs and line breaks read as spaces.
  attrs: t.attrs.map(([k, v]) => [k, xmlChars(v).replace(/[\t\n\r]/g, ' ')]),
  children: t.children
    .map((c) => (typeof c === 'string' ? xmlChars(c) : normalise(c)))
    .filter((c) => c !== '')
    .reduce<unknown[]>((out, c) => {
      if (typeof c === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += c;
      else out.push(c);
      return out;
    }, []),
});

describe('XML tokenizer', () => {
  it('round-trips any element tree it is given, escaped', () => {
    fc.assert(
      fc.property(tree, (t) => {
        expect(rebuild(all(serialize(t)))).toEqual(normalise(t));
      }),
      { numRuns: 300 },
    );
  });

  it('on any input, yields tokens or throws XmlTokenError with a line — never anything else', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '/>',
      '</',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<?',
      '?>',
      '<!DOCTYPE x>',
      '<!DOCTYPE x [',
      '&',
      '&amp;',
      '&#x41;',
      '&#1114112;',
      '&#xD800;',
      '&bogus;',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'a',
      'svg',
      'x="1"',
    );
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom('keep', 'refuse'), (src, bare) => {
        try {
          for (const token of tokenizeXml(src, { bareAmpersand: bare as 'keep' | 'refuse' })) {
            expect(token.line).toBeGreaterThanOrEqual(1);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(XmlTokenError);
          expect((e as XmlTokenError).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never expands anything but the five predefined entities and character references', () => {
    expect(() => all('<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>')).toThrow(/internal subset/);
    expect(() => all('<a>&x;</a>')).toThrow(/undefined entity &x;/);
    expect(() => all('<a>&#0;</a>')).toThrow(/bad character reference/);
    expect(() => all('<a>&#xD800;</a>')).toThrow(/bad character reference/);
    expect(all('<a>&lt;&#65;&#x42;&amp;</a>').find((t) => t.kind === 'text')).toMatchObject({ text: '<AB&' });
    expect(() => all('<a>R&D</a>')).toThrow(/bare "&"/);
    expect(all('<a>R&D</a>', { bareAmpersand: 'keep' })[1]).toMatchObject({ text: 'R&D' });
    expect(() => all('<!DOCTYPE svg><svg/>', { doctype: 'refuse' })).toThrow(/DOCTYPE/);
    expect(all('<!DOCTYPE manifest SYSTEM "http://example.invalid/x.dtd"><m/>', { doctype: 'skip' })).toHaveLength(1);
  });

  it('reports the line of the problem and refuses duplicate or unquoted attributes', () => {
    expect(() => all('<a>\n\n<b x="1" x="2"/></a>')).toThrow(/appears twice.*\(line 3\)/);
    expect(() => all('<a x=1/>')).toThrow(/not quoted/);
    expect(() => all('<a x="1"y="2"/>')).toThrow(/whitespace/);
    expect(() => all('<a><!-- never closed')).toThrow(/unterminated comment/);
  });
});

describe('the tokenizer under its two callers', () => {
  const svgPiece = fc.constantFrom(
    '<svg xmlns="http://www.w3.org/2000/svg">',
    '</svg>',
    '<script>alert(1)</script>',
    '<g onload="x()">',
    '</g>',
    '<a href="javascript:alert(1)">',
    '</a>',
    '<image href="https://evil.invalid/x.png"/>',
    '<rect fill="url(http://x)"/>',
    '<style>@import "x"</style>',
    '<![CDATA[<script>]]>',
    '&lt;script&gt;',
    '<text>hi</text>',
    '<foreignObject>',
    '</foreignObject>',
    '<path d="M0 0"/>',
    ' ',
    'text',
  );
  it('sanitized SVG re-reads cleanly and carries no script, handler or outside link, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(svgPiece, { maxLength: 14 }), (parts) => {
        let out: string;
        try {
          out = sanitizeSvg(parts.join(''));
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          return;
        }
        const tokens = all(out);
        for (const t of tokens) {
          if (t.kind !== 'open') continue;
          expect(['script', 'foreignObject', 'style', 'a']).not.toContain(t.name);
          for (const [k, v] of t.attrs) {
            expect(k.startsWith('on')).toBe(false);
            if (k === 'xmlns') continue; // the SVG namespace name, never fetched
            expect(v.toLowerCase()).not.toMatch(/javascript:|https?:|@import/);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the manifest reader turns every tokenizer error into a typed IMPORT error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (src) => {
        try {
          parseXml(`<manifest>${src}</manifest>`);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe('IMPORT');
        }
      }),
      { numRuns: 1500 },
    );
  });
});
