import { describe, expect, it } from 'vitest';
import { richTextDocSchema } from '../../../../shared';
import { cleanDoc } from '../../../../renderer/src/editor/rich-text/clean-doc';
import { isAllowedLink } from '../../../../renderer/src/editor/rich-text/link-form';

describe('cleanDoc (editor JSON → allowed document)', () => {
  it('keeps allowed nodes and marks, dropping attributes the model does not have', () => {
    const doc = cleanDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3, id: 'x' }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'left' },
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }, { type: 'strike' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'link',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener', class: null },
                },
              ],
            },
          ],
        },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [{ type: 'text', text: 'let a = 1;' }] },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
      ],
    });
    expect(richTextDocSchema.safeParse(doc).success).toBe(true);
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        ],
      },
      { type: 'codeBlock', content: [{ type: 'text', text: 'let a = 1;' }] },
      {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
      },
    ]);
  });

  it('drops unsafe links and unknown nodes but keeps their text; maps heading levels into 3–4', () => {
    const doc = cleanDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Big' }] },
        { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'Small' }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }] }],
        },
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        { type: 'bulletList', content: [] },
        { type: 'blockquote', content: [{ type: 'listItem', content: [] }] },
      ],
    });
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Big' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Small' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'cell' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
    ]);
  });

  it('fills empty list items so the document stays valid', () => {
    const doc = cleanDoc({
      type: 'doc',
      content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [] }] }],
    });
    expect(doc.content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    ]);
  });

  it('accepts only http(s) and mailto link targets (empty removes the link)', () => {
    expect(isAllowedLink('https://a.example')).toBe(true);
    expect(isAllowedLink('mailto:help@example.org')).toBe(true);
    expect(isAllowedLink('')).toBe(true);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('https://a b')).toBe(false);
  });
});
