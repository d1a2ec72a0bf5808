import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../../main/security/svg-sanitize';

const wrap = (inner: string) =>
  `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;

describe('sanitizeSvg', () => {
  it('keeps ordinary drawing intact', () => {
    const src = wrap(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><text x="1" y="5">A &amp; B</text>',
    );
    expect(sanitizeSvg(src)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><text x="1" y="5">A &amp; B</text></svg>',
    );
  });

  it('drops scripts, event handlers, foreignObject, style blocks and animation with their content', () => {
    const out = sanitizeSvg(
      wrap(
        '<script>alert(1)</script><script><![CDATA[alert(2)]]></script><circle r="1" onload="alert(3)" onclick="x"/>' +
          '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(4)"></iframe></div></foreignObject>' +
          '<style>@import url(http://evil/x.css);</style><set attributeName="href" to="javascript:alert(5)"/><animate attributeName="x"/>',
      ),
    );
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="1"/></svg>');
  });

  it('allows only in-document links and embedded raster images', () => {
    const out = sanitizeSvg(
      wrap(
        '<use href="#a"/><use href="http://evil/x.svg#a"/><use xlink:href=" javascript:alert(1)"/>' +
          '<image href="data:image/png;base64,AAAA"/><image href="data:text/html;base64,AAAA"/>' +
          '<rect style="fill: url(http://evil/track)"/><rect style="fill:red" fill="url(\'#ok\')"/>',
      ),
    );
    expect(out).toContain('<use href="#a"/>');
    expect(out).toContain('<image href="data:image/png;base64,AAAA"/>');
    expect(out).toContain(`<rect style="fill:red" fill="url('#ok')"/>`);
    expect(out).not.toMatch(/evil|javascript|text\/html/);
    expect(out.match(/<use/g)).toHaveLength(3);
  });

  it('refuses DOCTYPE/entities, unknown entities, non-SVG roots and broken nesting, naming the file', () => {
    expect(() => sanitizeSvg('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', 'bomb.svg')).toThrow(
      /^bomb\.svg is not a safe, well-formed SVG image: it declares a DOCTYPE/,
    );
    expect(() => sanitizeSvg(wrap('<text>&nbsp;</text>'))).toThrow(/undefined entity &nbsp;/);
    expect(() => sanitizeSvg('<html><svg/></html>')).toThrow(/root element is not <svg>/);
    expect(() => sanitizeSvg(wrap('<g><rect></g>'))).toThrow(/unbalanced/);
    expect(() => sanitizeSvg('<svg><g>')).toThrow(/before all its tags are closed/);
  });

  it('escapes what it keeps, so decoded text cannot become markup', () => {
    expect(sanitizeSvg(wrap('<text>&lt;script&gt;x&lt;/script&gt;</text>'))).toContain(
      '<text>&lt;script&gt;x&lt;/script&gt;</text>',
    );
    expect(sanitizeSvg(wrap('<rect id="a&quot; onload=&quot;x"/>'))).toContain('<rect id="a&quot; onload=&quot;x"/>');
  });
});
