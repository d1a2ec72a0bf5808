import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  blockAssetIds,
  blockSchema,
  blockWithNewIds,
  decodeSorting,
  encodeSorting,
  remapBlockAssets,
  SORTING_CARDS,
  SORTING_PILES,
  sortingCards,
  type Block,
  type BlockOf,
  type CourseTree,
} from '../../../shared';
import { courseStatefulBlocks, emptyLearnerState } from '../../../shared/scorm/learner-state';
import { decodeSuspendData, encodeSuspendData } from '../../../shared/scorm/suspend-data';
import { sampleCourseTree } from '../../support/player-course-tree';

let n = 0;
const uid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const id = uid();
const img = uid();
const other = uid();
const newId = () => crypto.randomUUID();

describe('gallery block', () => {
  const image = (assetId: string | null, alt = '') => ({ id: uid(), assetId, alt, caption: 'A caption' });

  it('is a grid or a carousel of one to thirty images', () => {
    const b = blockSchema.parse({ id, type: 'gallery', images: [image(img)] }) as BlockOf<'gallery'>;
    expect(b).toMatchObject({ layout: 'grid', title: '' });
    expect(blockSchema.safeParse({ id, type: 'gallery', layout: 'carousel', images: [image(img)] }).success).toBe(true);
    expect(blockSchema.safeParse({ id, type: 'gallery', layout: 'slideshow', images: [image(img)] }).success).toBe(
      false,
    );
    expect(blockSchema.safeParse({ id, type: 'gallery', images: [] }).success).toBe(false);
    const dup = image(img);
    expect(blockSchema.safeParse({ id, type: 'gallery', images: [dup, dup] }).success).toBe(false);
    expect(BLOCK_KINDS.gallery.wellFormed({ type: 'gallery', layout: 'grid', images: {} })).toBe(false);
    expect(BLOCK_KINDS.gallery.stateMax).toBeUndefined();
  });

  it('reports and remaps its images (exports package them), is searchable by alt and caption, wants alt text', () => {
    const b = blockSchema.parse({ id, type: 'gallery', images: [image(img), image(null)] }) as Block;
    expect(blockAssetIds(b)).toEqual([img]);
    expect(blockAssetIds(remapBlockAssets(b, new Map([[img, other]])))).toEqual([other]);
    expect(BLOCK_KINDS.gallery.guidance(b as never).map((f) => f.code)).toEqual(['image-missing-alt']);
    const described = blockSchema.parse({ id, type: 'gallery', images: [image(img, 'A forum thread')] });
    expect(BLOCK_KINDS.gallery.guidance(described as never)).toEqual([]);
    expect(BLOCK_KINDS.gallery.text(described as never)).toBe('A forum thread\nA caption');
  });
});

describe('labeled graphic block', () => {
  const marker = (over: Record<string, unknown> = {}) => ({
    id: uid(),
    x: 10,
    y: 90,
    title: 'Clock',
    text: 'Fixed',
    ...over,
  });
  const make = (markers: unknown[], alt = 'Two panels') =>
    blockSchema.parse({ id, type: 'labeledGraphic', assetId: img, alt, markers }) as BlockOf<'labeledGraphic'>;

  it('places one to twenty titled markers within the image (percent)', () => {
    expect(make([marker()]).markers[0]).toMatchObject({ imageAssetId: null, audioAssetId: null, imageAlt: '' });
    const bad = (markers: unknown[]) =>
      blockSchema.safeParse({ id, type: 'labeledGraphic', assetId: img, markers }).success;
    expect(bad([])).toBe(false);
    expect(bad([marker({ x: 101 })])).toBe(false);
    expect(bad([marker({ y: -1 })])).toBe(false);
    expect(bad([marker({ title: ' ' })])).toBe(false);
    expect(bad(Array.from({ length: 21 }, () => marker()))).toBe(false);
  });

  it('reports and remaps the graphic and each note’s image and audio', () => {
    const audio = uid();
    const b = make([marker({ imageAssetId: other, imageAlt: 'A clock', audioAssetId: audio })]) as Block;
    expect(blockAssetIds(b)).toEqual([img, other, audio]);
    const to = uid();
    const remapped = remapBlockAssets(b, new Map([[audio, to]]));
    expect(blockAssetIds(remapped)).toEqual([img, other, to]);
  });

  it('flags a graphic (or a note image) without alt text and a marker whose note is empty', () => {
    const codes = (b: BlockOf<'labeledGraphic'>) => BLOCK_KINDS.labeledGraphic.guidance(b).map((f) => f.code);
    expect(codes(make([marker()]))).toEqual([]);
    expect(codes(make([marker()], ''))).toEqual(['image-missing-alt']);
    expect(codes(make([marker({ imageAssetId: other })]))).toEqual(['image-missing-alt']);
    expect(codes(make([marker({ text: '' })]))).toEqual(['marker-missing-text']);
    // A note with only audio is not empty.
    expect(codes(make([marker({ text: '', audioAssetId: other })]))).toEqual([]);
  });

  it('keeps which markers were opened as a bitmask: all opened is the largest value', () => {
    const b = make([marker(), marker(), marker()]);
    expect(BLOCK_KINDS.labeledGraphic.stateMax?.(b)).toBe(0b111);
    const copy = blockWithNewIds(b, newId) as BlockOf<'labeledGraphic'>;
    expect(copy.markers.map((m) => m.id)).not.toContain(b.markers[0]!.id);
    expect(copy.markers.map((m) => [m.x, m.y])).toEqual(b.markers.map((m) => [m.x, m.y]));
  });
});

describe('sorting block', () => {
  const pile = (label: string, cards: string[]) => ({
    id: uid(),
    label,
    cards: cards.map((text) => ({ id: uid(), text })),
  });
  const make = (piles: unknown[]) => blockSchema.safeParse({ id, type: 'sorting', prompt: 'Sort', piles });

  it('has two to four labelled piles and two to twenty cards, each card inside its right pile', () => {
    expect(make([pile('Sync', ['Webinar']), pile('Async', ['Forum'])]).success).toBe(true);
    expect(make([pile('Sync', ['Webinar', 'Forum'])]).success).toBe(false);
    expect(make([pile('A', ['x']), pile('B', []), pile('C', []), pile('D', []), pile('E', [])]).success).toBe(false);
    expect(make([pile('A', ['x']), pile('B', [])]).success).toBe(false);
    const many = Array.from({ length: SORTING_CARDS.max }, (_, i) => `Card ${i}`);
    expect(make([pile('A', many), pile('B', [])]).success).toBe(true);
    expect(make([pile('A', many), pile('B', ['one more'])]).success).toBe(false);
    const p = pile('A', ['x']);
    expect(make([p, { ...pile('B', ['y']), id: p.id }]).success).toBe(false);
  });

  it('renews pile and card ids in a copy, keeping each card in its pile', () => {
    const b = BLOCK_KINDS.sorting.create(newId);
    const block = { ...b, id } as BlockOf<'sorting'>;
    const copy = blockWithNewIds(block, newId) as BlockOf<'sorting'>;
    expect(copy.piles.map((p) => p.id)).not.toEqual(block.piles.map((p) => p.id));
    expect(copy.piles.map((p) => p.cards.map((c) => c.text))).toEqual(
      block.piles.map((p) => p.cards.map((c) => c.text)),
    );
    expect(sortingCards(copy.piles).map((c) => c.pile)).toEqual([0, 1]);
  });

  it('stays within Number.MAX_SAFE_INTEGER at its largest (4 piles, 20 cards)', () => {
    const piles = Array.from({ length: SORTING_PILES.max }, (_, i) => pile(`P${i}`, []));
    piles[0] = pile(
      'P0',
      Array.from({ length: SORTING_CARDS.max }, (_, i) => `c${i}`),
    );
    const b = blockSchema.parse({ id, type: 'sorting', prompt: 'Sort', piles }) as BlockOf<'sorting'>;
    const max = BLOCK_KINDS.sorting.stateMax!(b);
    expect(max).toBe(2 * 5 ** 20 - 1);
    expect(Number.isSafeInteger(max)).toBe(true);
    // Every card in the last pile, checked: exactly the maximum.
    expect(encodeSorting({ placements: Array(20).fill(3), checked: true }, 4)).toBe(max);
  });

  it('codec: any placement and check flag round-trips through one integer in 0..stateMax', () => {
    const arb = fc.integer({ min: SORTING_PILES.min, max: SORTING_PILES.max }).chain((piles) =>
      fc.record({
        piles: fc.constant(piles),
        placements: fc.array(fc.option(fc.integer({ min: 0, max: piles - 1 }), { nil: null }), {
          minLength: SORTING_CARDS.min,
          maxLength: SORTING_CARDS.max,
        }),
        checked: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ piles, placements, checked }) => {
        const v = encodeSorting({ placements, checked }, piles);
        expect(Number.isSafeInteger(v)).toBe(true);
        expect(v).toBeLessThanOrEqual(2 * (piles + 1) ** placements.length - 1);
        const all = placements.every((p) => p !== null);
        // "Checked" is only kept once every card is in a pile.
        expect(decodeSorting(v, placements.length, piles)).toEqual({ placements, checked: checked && all });
      }),
    );
  });
});

describe('resume through suspend_data', () => {
  it('keeps a sorting result and opened markers of the sample course, and refuses values beyond stateMax', () => {
    const course: CourseTree = sampleCourseTree();
    const refs = courseStatefulBlocks(course);
    const sortingRef = refs.find((r) => r.block.type === 'sorting')!;
    const graphicRef = refs.find((r) => r.block.type === 'labeledGraphic')!;
    const s = sortingRef.block as BlockOf<'sorting'>;
    const cards = sortingCards(s.piles);
    const sorted = encodeSorting({ placements: cards.map((c) => c.pile), checked: true }, s.piles.length);
    const state = {
      ...emptyLearnerState(),
      blocks: { [s.id]: sorted, [graphicRef.block.id]: 0b1010 },
      saveCount: 3,
    };
    const decoded = decodeSuspendData(encodeSuspendData(state, course), course);
    expect(decoded).toEqual(state);
    expect(decodeSorting(decoded!.blocks![s.id]!, cards.length, s.piles.length)).toEqual({
      placements: cards.map((c) => c.pile),
      checked: true,
    });
    const full = encodeSuspendData({ ...state, blocks: { [s.id]: sortingRef.max } }, course);
    const b36 = (v: number) => v.toString(36);
    const tampered = full.replace(`.${b36(sortingRef.max)}~`, `.${b36(sortingRef.max + 1)}~`);
    expect(tampered).not.toBe(full);
    expect(decodeSuspendData(tampered, course)).toBeNull();
  });
});
