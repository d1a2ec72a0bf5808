import { describe, expect, it } from 'vitest';
import { el, escapeXmlAttr, escapeXmlText, renderXmlDocument } from '../../../main/export/manifest/xml-writer';
import { isoMinutes, orderedFiles } from '../../../main/export/manifest/manifest-input';

describe('xml writer', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXmlText('a < b && c > "d" \'e\'')).toBe('a &lt; b &amp;&amp; c &gt; "d" \'e\'');
    expect(escapeXmlAttr('say "hi" & <go>')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;');
    // Whitespace in attributes would be normalised away by parsers: keep it as references.
    expect(escapeXmlAttr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('drops characters XML 1.0 cannot carry and keeps valid astral characters', () => {
    expect(escapeXmlText('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXmlText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(escapeXmlText('emoji 😀 ok')).toBe('emoji 😀 ok');
    expect(escapeXmlText('tab\tnewline\n')).toBe('tab\tnewline\n');
  });

  it('does not double-escape entities that are already text', () => {
    expect(escapeXmlText('&amp;')).toBe('&amp;amp;');
  });

  it('renders nested elements with a declaration, attributes in order and omitted undefined ones', () => {
    const doc = renderXmlDocument(
      el('root', { b: '2', a: 1, skip: undefined }, el('child', {}, 'x & y'), el('empty', { z: 'q"' }), null, false),
    );
    expect(doc).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<root b="2" a="1">',
        '  <child>x &amp; y</child>',
        '  <empty z="q&quot;"/>',
        '</root>',
        '',
      ].join('\n'),
    );
  });

  it('refuses invalid element and attribute names (no injection through names)', () => {
    expect(() => el('bad name')).toThrow(/Invalid XML name/);
    expect(() => el('ok', { 'x="1" y': 'v' })).toThrow(/attribute name/);
    expect(() => el('a:b:c')).toThrow();
    expect(el('adlcp:scormType').name).toBe('adlcp:scormType');
  });
});

describe('manifest helpers', () => {
  it('formats typical learning time as an ISO 8601 duration', () => {
    expect(isoMinutes(0)).toBe('PT1M');
    expect(isoMinutes(45)).toBe('PT45M');
    expect(isoMinutes(60)).toBe('PT1H');
    expect(isoMinutes(125)).toBe('PT2H5M');
  });

  it('lists the launch file first, then the rest sorted and without duplicates', () => {
    const files = orderedFiles({
      courseId: 'c',
      title: 't',
      description: '',
      language: 'en',
      typicalMinutes: 1,
      launchHref: 'index.html',
      files: ['media/b.mp4', 'index.html', 'content/course.js', 'media/b.mp4'],
    });
    expect(files).toEqual(['index.html', 'content/course.js', 'media/b.mp4']);
  });
});
