// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../shared';
import { RichText } from '../../../renderer/player/ui/rich-text';

/**
 * The allow-listed renderer learners (and, since the editor draws blocks with the player's views, authors) see.
 * Ported from the deleted React renderer's tests.
 */
function draw(doc: unknown): HTMLElement {
  const host = document.createElement('div');
  render(h(RichText, { doc: doc as RichTextDoc }), host);
  return host;
}
const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('player rich text allow-list', () => {
  it('maps nodes and marks to their safe elements', () => {
    const host = draw({
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
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }] }],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'let a = 1;' }] },
      ],
    });
    expect(host.querySelector('h3')?.textContent).toBe('Why');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('em > u, u > em')?.textContent).toBe('both');
    expect(host.querySelector('br')).not.toBeNull();
    const link = host.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/a?b=1');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(host.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(host.querySelector('pre code')?.textContent).toBe('let a = 1;');
  });

  it('never renders a javascript: (or other non-allow-listed) href', () => {
    const hrefs = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
    ];
    for (const href of hrefs) {
      const host = draw(para({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }));
      expect(host.querySelector('a'), href).toBeNull();
      expect(host.textContent).toBe('click');
    }
    const mail = draw(
      para({ type: 'text', text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.org' } }] }),
    );
    expect(mail.querySelector('a')?.getAttribute('href')).toBe('mailto:a@b.org');
  });

  it('escapes text and drops unknown nodes, marks and attributes', () => {
    const host = draw({
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
              marks: [{ type: 'textStyle' }, { type: 'bold', attrs: { onmouseover: 'x' } }],
            },
            { type: 'image', attrs: { src: 'https://evil.example/x.png' } },
          ],
        },
      ],
    });
    expect(host.querySelector('img, script, iframe')).toBeNull();
    expect(host.querySelector('[onclick], [style], [onmouseover], .evil')).toBeNull();
    expect(host.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(host.querySelector('strong')?.textContent).toBe('styled');
  });
});
