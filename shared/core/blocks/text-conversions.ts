import type { BlockOf, NewBlockOf } from '../../model/blocks';
import type { ParagraphNode, RichTextDoc } from '../../model/rich-text';
import { richTextToPlain } from '../rich-text-plain';

/**
 * "Turn into…" between the text kinds (the descriptors' `convertsTo`): pure functions that keep the words.
 * Where the target holds less (a heading is one line), the rest is dropped; undo brings the block back.
 */

const paragraph = (text: string): ParagraphNode =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
const docOf = (...paragraphs: ParagraphNode[]): RichTextDoc => ({ type: 'doc', content: paragraphs });
/** The text of the first line that has any (a heading or quote needs some: the fallback otherwise). */
const firstLine = (doc: RichTextDoc, fallback: string) =>
  richTextToPlain(doc)
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? fallback;
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max).trimEnd() : text);

export const headingToText = (b: BlockOf<'heading'>): NewBlockOf<'richText'> => ({
  type: 'richText',
  doc: docOf(paragraph(b.text)),
});

export const textToHeading = (b: BlockOf<'richText'>): NewBlockOf<'heading'> => ({
  type: 'heading',
  level: 2,
  text: clip(firstLine(b.doc, 'New heading'), 300),
});

export const textToCallout = (b: BlockOf<'richText'>): NewBlockOf<'callout'> => ({
  type: 'callout',
  variant: 'info',
  doc: b.doc,
});

/** The callout's title, when it has one, leads the text as a bold paragraph. */
export const calloutToText = (b: BlockOf<'callout'>): NewBlockOf<'richText'> => ({
  type: 'richText',
  doc: b.title?.trim()
    ? {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: b.title.trim(), marks: [{ type: 'bold' }] }] },
          ...b.doc.content,
        ],
      }
    : b.doc,
});

export const textToQuote = (b: BlockOf<'richText'>): NewBlockOf<'quote'> => ({
  type: 'quote',
  text: clip(richTextToPlain(b.doc).trim() || 'A sentence worth remembering.', 1000),
  attribution: '',
});

export const quoteToText = (b: BlockOf<'quote'>): NewBlockOf<'richText'> => ({
  type: 'richText',
  doc: b.attribution.trim()
    ? docOf(paragraph(b.text), paragraph(`— ${b.attribution.trim()}`))
    : docOf(paragraph(b.text)),
});
