import { describe, expect, it } from 'vitest';
import {
  BLOCK_TYPES,
  blockAssetIds,
  blockSchema,
  blockText,
  docFromParagraphs,
  newBlockSchema,
  type Block,
} from '../../../shared';

const id = () => crypto.randomUUID();
const asset = id();
const caption = id();
const poster = id();
const choice = id();

/** One valid example per block type (the test below insists the list is complete). */
const examples: Block[] = [
  { id: id(), type: 'heading', level: 2, text: 'Heading text' },
  { id: id(), type: 'richText', doc: docFromParagraphs('First', 'Second') },
  { id: id(), type: 'image', assetId: asset, alt: 'Alt text', decorative: false, caption: 'Caption' },
  {
    id: id(),
    type: 'video',
    assetId: asset,
    title: 'Video title',
    posterAssetId: poster,
    captions: [{ assetId: caption, language: 'en', label: 'English' }],
  },
  { id: id(), type: 'audio', assetId: null, title: 'Audio title', transcript: 'Transcript' },
  { id: id(), type: 'callout', variant: 'tip', title: 'Callout title', doc: docFromParagraphs('Body') },
  { id: id(), type: 'divider', style: 'line' },
  {
    id: id(),
    type: 'question',
    question: {
      kind: 'singleChoice',
      prompt: 'Prompt?',
      feedback: {},
      points: 1,
      maxAttempts: 0,
      choices: [
        { id: choice, text: 'Yes' },
        { id: id(), text: 'No' },
      ],
      correctChoiceId: choice,
    },
  },
  {
    id: id(),
    type: 'accordion',
    items: [
      { id: id(), title: 'FAQ one', doc: docFromParagraphs('Answer one') },
      { id: id(), title: 'FAQ two', doc: docFromParagraphs('Answer two') },
    ],
  },
  {
    id: id(),
    type: 'tabs',
    items: [
      { id: id(), title: 'Tab A', doc: docFromParagraphs('Panel A') },
      { id: id(), title: 'Tab B', doc: docFromParagraphs('Panel B') },
    ],
  },
  { id: id(), type: 'flipCards', cards: [{ id: id(), front: 'Term', back: 'Definition' }] },
  { id: id(), type: 'quote', text: 'Words worth keeping.', attribution: 'Someone' },
  { id: id(), type: 'statement', style: 'framed', text: 'One idea.' },
  { id: id(), type: 'list', style: 'numbered', items: ['One', 'Two'] },
  {
    id: id(),
    type: 'table',
    caption: 'Pace',
    headerRow: true,
    rows: [
      ['A', 'B'],
      ['1', '2'],
    ],
  },
  {
    id: id(),
    type: 'timeline',
    events: [{ id: id(), date: '1969', title: 'Open University', text: '', imageAssetId: null, alt: '' }],
  },
  {
    id: id(),
    type: 'process',
    title: 'Plan',
    intro: '',
    steps: [
      { id: id(), title: 'One', text: '' },
      { id: id(), title: 'Two', text: '' },
    ],
    summary: 'Done',
  },
  (() => {
    const [scene, end] = [id(), id()];
    return {
      id: id(),
      type: 'scenario' as const,
      title: 'Help',
      scenes: [
        {
          id: scene,
          name: 'Start',
          character: { name: 'Sam', imageAssetId: asset, alt: 'Sam smiling' },
          line: 'Hi',
          choices: [{ id: id(), text: 'Hello', next: end }],
        },
      ],
      endings: [{ id: end, title: 'Done', feedback: 'Well done.', outcome: 'positive' as const }],
    };
  })(),
  { id: id(), type: 'continue', label: 'Continue', requireComplete: true },
  {
    id: id(),
    type: 'attachment',
    assetId: asset,
    title: 'Worksheet',
    fileName: 'worksheet.pdf',
    description: 'Fill it in.',
  },
  {
    id: id(),
    type: 'embed',
    url: 'https://example.org/tool',
    title: 'A tool',
    aspect: '16:9',
    height: 480,
    fallback: 'Offline text',
  },
  {
    id: id(),
    type: 'gallery',
    title: 'Tools',
    layout: 'carousel',
    images: [{ id: id(), assetId: asset, alt: 'A forum', caption: 'Forums' }],
  },
  {
    id: id(),
    type: 'labeledGraphic',
    assetId: asset,
    alt: 'Two panels',
    markers: [
      { id: id(), x: 25, y: 40, title: 'Clock', text: 'Fixed', imageAssetId: null, imageAlt: '', audioAssetId: null },
    ],
  },
  {
    id: id(),
    type: 'sorting',
    prompt: 'Sort',
    piles: [
      { id: id(), label: 'Sync', cards: [{ id: id(), text: 'Webinar' }] },
      { id: id(), label: 'Async', cards: [{ id: id(), text: 'Forum' }] },
    ],
  },
];

const panel = (title = 'T') => ({ id: id(), title, doc: docFromParagraphs('x') });
const card = () => ({ id: id(), front: 'F', back: 'B' });

describe('blocks', () => {
  it('has an example for every block type, each of which round-trips through the schema', () => {
    expect(examples.map((b) => b.type).sort()).toEqual([...BLOCK_TYPES].sort());
    for (const block of examples) expect(blockSchema.parse(block)).toEqual(block);
  });

  it('is a discriminated union: the type picks the schema, unknown types are rejected', () => {
    expect(blockSchema.safeParse({ id: id(), type: 'html', html: '<p>x</p>' }).success).toBe(false);
    expect(blockSchema.safeParse({ id: id(), type: 'heading', doc: docFromParagraphs('x') }).success).toBe(false);
    expect(blockSchema.safeParse({ id: id(), type: 'heading', level: 1, text: 'x' }).success).toBe(false);
    expect(blockSchema.safeParse({ id: id(), type: 'heading', level: 2, text: '   ' }).success).toBe(false);
    expect(blockSchema.safeParse({ id: 'not-a-uuid', type: 'divider' }).success).toBe(false);
    expect(
      blockSchema.safeParse({ id: id(), type: 'callout', variant: 'danger', doc: docFromParagraphs() }).success,
    ).toBe(false);
  });

  it('applies defaults', () => {
    const image = blockSchema.parse({ id: id(), type: 'image', assetId: null });
    expect(image).toMatchObject({ alt: '', decorative: false });
    const video = blockSchema.parse({ id: id(), type: 'video', assetId: null });
    expect(video).toMatchObject({ title: '', captions: [] });
    expect(blockSchema.parse({ id: id(), type: 'divider' })).toMatchObject({ style: 'line' });
    expect(blockSchema.parse({ id: id(), type: 'callout', doc: docFromParagraphs('x') })).toMatchObject({
      variant: 'info',
    });
  });

  it('newBlockSchema takes blocks without ids (and drops an id if one is sent)', () => {
    expect(newBlockSchema.parse({ type: 'heading', level: 3, text: 'x' })).toEqual({
      type: 'heading',
      level: 3,
      text: 'x',
    });
    expect(newBlockSchema.parse({ type: 'divider', id: id() })).toEqual({ type: 'divider', style: 'line' });
    expect(newBlockSchema.safeParse({ type: 'unknown' }).success).toBe(false);
  });

  it('blockText gives the searchable text of every type', () => {
    expect(examples.map(blockText)).toEqual([
      'Heading text',
      'First\nSecond',
      'Alt text\nCaption',
      'Video title',
      'Audio title\nTranscript',
      'Callout title\nBody',
      '',
      'Prompt?\nYes\nNo',
      'FAQ one\nAnswer one\nFAQ two\nAnswer two',
      'Tab A\nPanel A\nTab B\nPanel B',
      'Term\nDefinition',
      'Words worth keeping.\nSomeone',
      'One idea.',
      'One\nTwo',
      'Pace\nA B\n1 2',
      '1969\nOpen University\n\n',
      'Plan\n\nOne\n\nTwo\n\nDone',
      'Help\nSam\nHi\nHello\nDone\nWell done.\nSam smiling',
      '',
      'Worksheet\nworksheet.pdf\nFill it in.',
      'A tool\nOffline text',
      'Tools\nA forum\nForums',
      'Two panels\nClock\nFixed',
      'Sort\nSync\nWebinar\nAsync\nForum',
    ]);
  });

  it('blockAssetIds lists every referenced asset', () => {
    expect(examples.map(blockAssetIds)).toEqual([
      [],
      [],
      [asset],
      [asset, poster, caption],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [asset],
      [],
      [asset],
      [],
      [asset],
      [asset],
      [],
    ]);
  });

  it('interactive blocks enforce their item counts, distinct ids and non-empty titles', () => {
    const ok = (b: unknown) => blockSchema.safeParse(b).success;
    const many = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
    expect(ok({ id: id(), type: 'accordion', items: [] })).toBe(false);
    expect(ok({ id: id(), type: 'accordion', items: many(1, panel) })).toBe(true);
    expect(ok({ id: id(), type: 'accordion', items: many(20, panel) })).toBe(true);
    expect(ok({ id: id(), type: 'accordion', items: many(21, panel) })).toBe(false);
    expect(ok({ id: id(), type: 'tabs', items: many(1, panel) })).toBe(false);
    expect(ok({ id: id(), type: 'tabs', items: many(8, panel) })).toBe(true);
    expect(ok({ id: id(), type: 'tabs', items: many(9, panel) })).toBe(false);
    expect(ok({ id: id(), type: 'flipCards', cards: [] })).toBe(false);
    expect(ok({ id: id(), type: 'flipCards', cards: many(12, card) })).toBe(true);
    expect(ok({ id: id(), type: 'flipCards', cards: many(13, card) })).toBe(false);
    const p = panel();
    expect(ok({ id: id(), type: 'tabs', items: [p, p] })).toBe(false);
    expect(ok({ id: id(), type: 'accordion', items: [panel('   ')] })).toBe(false);
    expect(ok({ id: id(), type: 'flipCards', cards: [{ id: id(), front: 'F', back: '' }] })).toBe(false);
    expect(ok({ id: id(), type: 'flipCards', cards: [{ id: 'x', front: 'F', back: 'B' }] })).toBe(false);
    expect(newBlockSchema.safeParse({ type: 'tabs', items: [panel('A'), panel('B')] }).success).toBe(true);
  });
});
