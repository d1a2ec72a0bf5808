import { describe, expect, it } from 'vitest';
import { blockSchema, SORTING_CARDS, SORTING_PILES, sortingCards, type BlockOf } from '../../../../shared';
import { sortingEdits } from '../../../../renderer/src/editor/blocks/sorting-part';
import { newMarker } from '../../../../renderer/src/editor/blocks/labeled-graphic-part';

const newId = () => crypto.randomUUID();
const base = (): BlockOf<'sorting'> => ({
  id: newId(),
  type: 'sorting',
  prompt: 'Sort',
  piles: [
    { id: newId(), label: 'Sync', cards: [{ id: newId(), text: 'Webinar' }] },
    { id: newId(), label: 'Async', cards: [{ id: newId(), text: 'Forum' }] },
  ],
});
const valid = (b: BlockOf<'sorting'>) => blockSchema.safeParse(b).success;

describe('sorting edits (editor)', () => {
  it('moves a card to another pile: it belongs there now', () => {
    const b = base();
    const card = b.piles[0]!.cards[0]!;
    const moved = sortingEdits.moveCard(b, card.id, b.piles[1]!.id);
    expect(moved.piles.map((p) => p.cards.map((c) => c.text))).toEqual([[], ['Forum', 'Webinar']]);
    expect(valid(moved)).toBe(true);
  });

  it('removing a pile keeps its cards (in the first pile left), never below two piles', () => {
    let b = sortingEdits.addPile(base());
    b = sortingEdits.addCard(b, b.piles[2]!.id);
    expect(sortingCards(b.piles)).toHaveLength(3);
    const removed = sortingEdits.removePile(b, b.piles[2]!.id);
    expect(removed.piles).toHaveLength(2);
    expect(sortingCards(removed.piles)).toHaveLength(3);
    expect(valid(removed)).toBe(true);
    expect(sortingEdits.removePile(removed, removed.piles[0]!.id)).toBe(removed);
  });

  it('stays within the schema’s bounds of piles and cards', () => {
    let b = base();
    for (let i = 0; i < 5; i++) b = sortingEdits.addPile(b);
    expect(b.piles).toHaveLength(SORTING_PILES.max);
    for (let i = 0; i < 30; i++) b = sortingEdits.addCard(b, b.piles[0]!.id);
    expect(sortingCards(b.piles)).toHaveLength(SORTING_CARDS.max);
    expect(valid(b)).toBe(true);
    const two = base();
    expect(sortingEdits.removeCard(two, two.piles[0]!.cards[0]!.id)).toBe(two);
  });
});

describe('labeled graphic markers (editor)', () => {
  it('a marker placed by click is numbered and valid where it was placed', () => {
    const m = newMarker(3, { x: 12.5, y: 80 });
    expect(m).toMatchObject({ title: 'Marker 3', x: 12.5, y: 80, imageAssetId: null, audioAssetId: null });
    const b = { id: newId(), type: 'labeledGraphic', assetId: null, alt: '', markers: [m] };
    expect(blockSchema.safeParse(b).success).toBe(true);
  });
});
