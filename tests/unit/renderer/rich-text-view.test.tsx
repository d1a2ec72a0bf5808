import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../shared';
import { RichTextView } from '../../../renderer/src/components/rich-text/rich-text-view';
import { safeHref } from '../../../renderer/src/components/rich-text/safe-href';

const render = (doc: unknown) => renderToStaticMarkup(<RichTextView doc={doc as RichTextDoc} />);

describe('rich-text renderer allow-list', () => {
  it('maps nodes and marks to their safe elements', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Why' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'both', marks: [{ type: 'italic' }, { type: 'underline' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'x()', marks: [{ type: 'code' }] },
            { type: 'text', text: 'docs', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1' } }] },
          ],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }] }],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'let a = 1;' }] },
      ],
    });
    expect(html).toBe(
      '<div class="rich-text"><h3>Why</h3><p><strong>bold</strong><em><u>both</u></em><br/><code>x()</code>' +
        '<a href="https://example.org/a?b=1" target="_blank" rel="noopener noreferrer">docs</a></p>' +
        '<ul><li><p>one</p></li></ul><ol start="3"><li><p>three</p></li></ol>' +
        '<blockquote><p>quoted</p></blockquote><pre><code>let a = 1;</code></pre></div>',
    );
  });

  it('never renders a javascript: (or other non-allow-listed) href', () => {
    const hrefs = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
    ];
    for (const href of hrefs) {
      const html = render({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }] },
        ],
      });
      expect(html, href).toBe('<div class="rich-text"><p>click</p></div>');
      expect(html.toLowerCase()).not.toContain('script:');
      expect(safeHref(href), href).toBeNull();
    }
    expect(safeHref('mailto:team@example.org')).toBe('mailto:team@example.org');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
  });

  it('escapes text and drops unknown nodes, marks and attributes', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
        { type: 'html', html: '<script>alert(1)</script>' },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', style: 'color:red', class: 'evil' },
          content: [
            {
              type: 'text',
              text: 'styled',
              marks: [
                { type: 'textStyle', attrs: { style: 'x' } },
                { type: 'bold', attrs: { onmouseover: 'alert(1)' } },
              ],
            },
            { type: 'image', attrs: { src: 'https://evil.example/x.png' } },
            { type: 'text', text: 42 },
          ],
        },
        null,
      ],
    });
    expect(html).toBe(
      '<div class="rich-text"><p>&lt;img src=x onerror=alert(1)&gt;</p><p><strong>styled</strong></p></div>',
    );
  });

  it('limits headings to h3/h4 and ignores a bogus list start', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'a' }] },
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'b' }] },
        { type: 'orderedList', attrs: { start: '1" onclick="x' }, content: [{ type: 'listItem', content: [] }] },
      ],
    });
    expect(html).toBe('<div class="rich-text"><h3>a</h3><h4>b</h4><ol><li></li></ol></div>');
  });
});
