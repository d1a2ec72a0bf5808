import { describe, expect, it } from 'vitest';
import { blockSchema, docFromParagraphs, type Block } from '../../../shared';
import { withNewIds } from '../../../main/library/block-ids';
import { toFtsQuery } from '../../../main/library/search-index';
import { mergeSettings } from '../../../main/library/course-repository';
import { copyTitle } from '../../../main/library/duplicate-course';
import { defaultCourseSettings } from '../../../shared';

const id = () => crypto.randomUUID();

describe('withNewIds', () => {
  it('remaps nested question ids consistently and keeps asset references', () => {
    const [a, b, c] = [id(), id(), id()];
    const asset = id();
    const blocks: Block[] = [
      blockSchema.parse({
        id: id(),
        type: 'question',
        question: {
          kind: 'singleChoice',
          prompt: 'Q',
          choices: [
            { id: a, text: 'A' },
            { id: b, text: 'B' },
          ],
          correctChoiceId: b,
        },
      }),
      blockSchema.parse({
        id: id(),
        type: 'question',
        question: {
          kind: 'multipleResponse',
          prompt: 'Q',
          choices: [
            { id: a, text: 'A' },
            { id: b, text: 'B' },
            { id: c, text: 'C' },
          ],
          correctChoiceIds: [a, c],
        },
      }),
      blockSchema.parse({
        id: id(),
        type: 'question',
        question: {
          kind: 'matching',
          prompt: 'Q',
          pairs: [
            { id: a, prompt: 'p', match: 'm' },
            { id: b, prompt: 'q', match: 'n' },
          ],
        },
      }),
      blockSchema.parse({
        id: id(),
        type: 'question',
        question: {
          kind: 'ordering',
          prompt: 'Q',
          items: [
            { id: a, text: '1' },
            { id: b, text: '2' },
          ],
        },
      }),
      blockSchema.parse({
        id: id(),
        type: 'video',
        assetId: asset,
        captions: [{ assetId: asset, language: 'en', label: 'English' }],
      }),
      blockSchema.parse({ id: id(), type: 'richText', doc: docFromParagraphs('x') }),
    ];
    for (const block of blocks) {
      const copy = withNewIds(block, id);
      expect(blockSchema.parse(copy)).toEqual(copy); // refinements (correct ids among choices) still hold
      expect(copy.id).not.toBe(block.id);
      const json = JSON.stringify(copy);
      for (const old of [a, b, c]) expect(json).not.toContain(old);
      if (block.type === 'video') expect(json.split(asset).length - 1).toBe(2);
    }
    const single = withNewIds(blocks[0]!, id);
    if (single.type === 'question' && single.question.kind === 'singleChoice') {
      expect(single.question.correctChoiceId).toBe(single.question.choices[1]!.id);
    }
  });
});

describe('withNewIds on interactive blocks', () => {
  it('renews accordion, tab and flip card item ids, keeping titles, content and order', () => {
    const panels = [
      { id: id(), title: 'One', doc: docFromParagraphs('1') },
      { id: id(), title: 'Two', doc: docFromParagraphs('2') },
    ];
    const blocks: Block[] = [
      blockSchema.parse({ id: id(), type: 'accordion', items: panels }),
      blockSchema.parse({ id: id(), type: 'tabs', items: panels }),
      blockSchema.parse({
        id: id(),
        type: 'flipCards',
        cards: [
          { id: id(), front: 'A', back: 'a' },
          { id: id(), front: 'B', back: 'b' },
        ],
      }),
    ];
    for (const block of blocks) {
      const copy = withNewIds(block, id);
      expect(blockSchema.parse(copy)).toEqual(copy);
      const oldIds = JSON.stringify(block).match(/[0-9a-f-]{36}/g)!;
      expect(oldIds.length).toBe(3);
      for (const old of oldIds) expect(JSON.stringify(copy)).not.toContain(old);
      const strip = (b: Block) => JSON.parse(JSON.stringify(b).replace(/[0-9a-f-]{36}/g, 'ID')) as unknown;
      expect(strip(copy)).toEqual(strip(block));
    }
  });
});

describe('library helpers', () => {
  it('quotes FTS words and makes only the last one a prefix', () => {
    expect(toFtsQuery('learn')).toBe('"learn"*');
    expect(toFtsQuery('  self   paced ')).toBe('"self" "paced"*');
    // Punctuation separates words as the tokenizer does: no quoted string ever holds two tokens (a phrase).
    expect(toFtsQuery('say "hi" OR NEAR(x)')).toBe('"say" "hi" "OR" "NEAR" "x"*');
    expect(toFtsQuery('e-learning, self-paced')).toBe('"e" "learning" "self" "paced"*');
    expect(toFtsQuery('Café naïve 2024')).toBe('"Café" "naïve" "2024"*');
    expect(toFtsQuery('')).toBeNull();
  });

  it('merges settings one level deep', () => {
    const merged = mergeSettings(defaultCourseSettings(), {
      completion: { rule: 'passed' } as never,
      passingScore: 50,
    });
    expect(merged.completion).toEqual({ rule: 'passed', viewedPercent: 100 });
    expect(merged.passingScore).toBe(50);
    expect(merged.theme).toEqual(defaultCourseSettings().theme);
  });

  it('names copies', () => {
    expect(copyTitle('Intro')).toBe('Intro (copy)');
    expect(copyTitle('y'.repeat(199))).toHaveLength(200);
  });
});
