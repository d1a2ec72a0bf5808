import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  BLOCK_TYPES,
  blockSchema,
  conversionTargets,
  convertBlock,
  docFromParagraphs,
  newBlockSchema,
  type Block,
  type BlockType,
} from '../../../shared';

const id = '00000000-0000-4000-8000-000000000001';
const parse = (block: unknown): Block => blockSchema.parse(block);

describe('"Turn into…" conversions (BLOCK_CONVERSIONS)', () => {
  it('heading ↔ text, text → callout/quote, callout and quote → text are offered; others are not', () => {
    expect(conversionTargets('heading')).toEqual(['richText']);
    expect(conversionTargets('richText')).toEqual(['heading', 'callout', 'quote']);
    expect(conversionTargets('callout')).toEqual(['richText']);
    expect(conversionTargets('quote')).toEqual(['richText']);
    expect(conversionTargets('divider')).toEqual([]);
    expect(conversionTargets('question')).toEqual([]);
  });

  it('heading → text: one paragraph with the heading words', () => {
    const out = convertBlock(parse({ id, type: 'heading', level: 3, text: 'Why it matters' }), 'richText');
    expect(out).toEqual({ type: 'richText', doc: docFromParagraphs('Why it matters') });
  });

  it('text → heading: the first paragraph with words, clipped to a heading; empty text gets a placeholder', () => {
    const text = parse({ id, type: 'richText', doc: docFromParagraphs('', '  Plan the week  ', 'Then write.') });
    expect(convertBlock(text, 'heading')).toEqual({ type: 'heading', level: 2, text: 'Plan the week' });
    const long = parse({ id, type: 'richText', doc: docFromParagraphs('x'.repeat(400)) });
    expect((convertBlock(long, 'heading') as { text: string }).text).toHaveLength(300);
    const empty = parse({ id, type: 'richText', doc: docFromParagraphs('') });
    expect(convertBlock(empty, 'heading')).toEqual({ type: 'heading', level: 2, text: 'New heading' });
  });

  it('text ↔ callout keeps the document; a callout title leads the text in bold', () => {
    const doc = docFromParagraphs('Take breaks.', 'Drink water.');
    expect(convertBlock(parse({ id, type: 'richText', doc }), 'callout')).toEqual({
      type: 'callout',
      variant: 'info',
      doc,
    });
    const back = convertBlock(parse({ id, type: 'callout', variant: 'tip', title: 'Remember', doc }), 'richText');
    expect(back).toEqual({
      type: 'richText',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Remember', marks: [{ type: 'bold' }] }] },
          ...doc.content,
        ],
      },
    });
    expect(convertBlock(parse({ id, type: 'callout', variant: 'tip', doc }), 'richText')).toEqual({
      type: 'richText',
      doc,
    });
  });

  it('text ↔ quote: the words, and the attribution as a closing line', () => {
    const text = parse({ id, type: 'richText', doc: docFromParagraphs('Learning is a treasure.') });
    expect(convertBlock(text, 'quote')).toEqual({ type: 'quote', text: 'Learning is a treasure.', attribution: '' });
    const quote = parse({ id, type: 'quote', text: 'Learning is a treasure.', attribution: 'Proverb' });
    expect(convertBlock(quote, 'richText')).toEqual({
      type: 'richText',
      doc: docFromParagraphs('Learning is a treasure.', '— Proverb'),
    });
  });

  it("every offered conversion of every kind's new block is a valid new block of the target kind", () => {
    let checked = 0;
    for (const type of BLOCK_TYPES) {
      const from = parse({ ...BLOCK_KINDS[type].create(() => crypto.randomUUID()), id });
      for (const to of conversionTargets(type)) {
        const out = convertBlock(from, to);
        expect(out?.type, `${type} → ${to}`).toBe(to);
        expect(newBlockSchema.safeParse(out).success, `${type} → ${to}`).toBe(true);
        checked++;
      }
      const others = BLOCK_TYPES.filter((t): t is BlockType => !conversionTargets(type).includes(t));
      for (const to of others) expect(convertBlock(from, to), `${type} → ${to} is not offered`).toBeNull();
    }
    expect(checked).toBe(6);
  });
});
