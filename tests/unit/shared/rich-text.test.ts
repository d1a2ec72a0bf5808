import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs, richTextDocSchema, richTextToPlain, type RichTextDoc } from '../../../shared';

const linkDoc = (href: string) => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }] },
  ],
});

describe('rich text documents', () => {
  it('accepts http(s) and mailto links', () => {
    for (const href of [
      'https://example.com/a?b=c',
      'http://example.com',
      'mailto:someone@example.com',
      'HTTPS://EXAMPLE.COM',
    ]) {
      expect(richTextDocSchema.safeParse(linkDoc(href)).success, href).toBe(true);
    }
  });

  it('rejects script and other dangerous or malformed link targets', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '/relative/path',
      'https://exa mple.com',
      '',
    ]) {
      expect(richTextDocSchema.safeParse(linkDoc(href)).success, href).toBe(false);
    }
  });

  it('rejects unknown nodes, unknown marks, raw HTML-ish nodes and empty text', () => {
    const bad: unknown[] = [
      { type: 'doc', content: [{ type: 'html', content: '<b>x</b>' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'x' } }] }] },
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'script' }] }] }],
      },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [] }] },
      { type: 'doc', content: [{ type: 'bulletList', content: [] }] },
      { type: 'paragraph', content: [] },
    ];
    for (const doc of bad) expect(richTextDocSchema.safeParse(doc).success, JSON.stringify(doc)).toBe(false);
  });

  it('accepts nested lists, quotes, code and hard breaks, and extracts their plain text in order', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'one', marks: [{ type: 'bold' }] }] },
                {
                  type: 'orderedList',
                  attrs: { start: 3 },
                  content: [
                    { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }],
            },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'let x = 1;' }] },
      ],
    };
    expect(richTextDocSchema.parse(doc)).toEqual(doc);
    expect(richTextToPlain(doc)).toBe('Title\none\nnested\na\nb\nlet x = 1;');
  });

  it('property: plain text of a document built from paragraphs is the paragraphs joined by newlines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (paragraphs) => {
        const doc = docFromParagraphs(...paragraphs);
        expect(richTextDocSchema.safeParse(doc).success).toBe(true);
        expect(richTextToPlain(doc)).toBe(paragraphs.join('\n').trim());
      }),
    );
  });

  it('property: any href whose scheme is not http(s)/mailto is rejected', () => {
    const scheme = fc
      .stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/)
      .filter((s) => !['http', 'https', 'mailto'].includes(s));
    fc.assert(
      fc.property(scheme, fc.webPath(), (s, rest) => {
        expect(richTextDocSchema.safeParse(linkDoc(`${s}:${rest}`)).success).toBe(false);
      }),
    );
  });
});
