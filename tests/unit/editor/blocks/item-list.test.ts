import { describe, expect, it } from 'vitest';
import { ACCORDION_ITEMS, blockSchema, FLIP_CARDS, TAB_ITEMS, type Block } from '../../../../shared';
import { copyOfBlock, newBlock } from '../../../../renderer/src/editor/blocks/new-block';
import { addItem, newCard, newPanel, removeItem, updateItem } from '../../../../renderer/src/editor/blocks/item-list';
import { moveItem } from '../../../../renderer/src/editor/blocks/question-logic';

const withId = (b: ReturnType<typeof newBlock>): Block => blockSchema.parse({ ...b, id: crypto.randomUUID() });

describe('interactive block item lists', () => {
  it('adds up to the maximum and removes down to the minimum, staying schema-valid', () => {
    let block = withId(newBlock('tabs'));
    if (block.type !== 'tabs') throw new Error('type');
    expect(block.items).toHaveLength(TAB_ITEMS.min);
    expect(removeItem(block.items, block.items[0]!.id, TAB_ITEMS)).toHaveLength(TAB_ITEMS.min);
    let items = block.items;
    for (let i = 0; i < 12; i++) items = addItem(items, newPanel(`Tab ${items.length + 1}`), TAB_ITEMS);
    expect(items).toHaveLength(TAB_ITEMS.max);
    expect(items.map((t) => t.title).slice(0, 3)).toEqual(['Tab 1', 'Tab 2', 'Tab 3']);
    block = { ...block, items };
    expect(blockSchema.safeParse(block).success).toBe(true);
    const third = items[2]!.id;
    items = removeItem(items, third, TAB_ITEMS);
    expect(items).toHaveLength(TAB_ITEMS.max - 1);
    expect(items.map((t) => t.id)).not.toContain(third);

    let cards = [newCard(1)];
    expect(removeItem(cards, cards[0]!.id, FLIP_CARDS)).toHaveLength(1);
    for (let i = 0; i < 20; i++) cards = addItem(cards, newCard(cards.length + 1), FLIP_CARDS);
    expect(cards).toHaveLength(FLIP_CARDS.max);
    expect(new Set(cards.map((c) => c.id)).size).toBe(FLIP_CARDS.max);
    expect(blockSchema.safeParse({ id: crypto.randomUUID(), type: 'flipCards', cards }).success).toBe(true);

    let sections = [newPanel('Section 1')];
    for (let i = 0; i < 25; i++) sections = addItem(sections, newPanel('S'), ACCORDION_ITEMS);
    expect(sections).toHaveLength(ACCORDION_ITEMS.max);
  });

  it('updates one item by id and reorders without losing any', () => {
    const items = [newPanel('A'), newPanel('B'), newPanel('C')];
    const renamed = updateItem(items, items[1]!.id, { title: 'Bee' });
    expect(renamed.map((i) => i.title)).toEqual(['A', 'Bee', 'C']);
    expect(renamed[1]!.id).toBe(items[1]!.id);
    expect(items[1]!.title).toBe('B'); // the input is not mutated
    expect(moveItem(items, 2, 0).map((i) => i.title)).toEqual(['C', 'A', 'B']);
    expect(moveItem(items, 0, -1).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    const cards = [newCard(1), newCard(2)];
    expect(updateItem(cards, cards[0]!.id, { back: 'New back' })[0]).toMatchObject({
      front: 'Term 1',
      back: 'New back',
    });
  });

  it('duplicating a block renews the nested item ids', () => {
    for (const type of ['accordion', 'tabs', 'flipCards'] as const) {
      const block = withId(newBlock(type));
      const copy = copyOfBlock(block);
      const ids = (b: unknown) => (JSON.stringify(b).match(/[0-9a-f-]{36}/g) ?? []).filter((x) => x !== block.id);
      expect(ids(copy).length, type).toBeGreaterThan(0);
      for (const old of ids(block)) expect(ids(copy), type).not.toContain(old);
      expect(blockSchema.safeParse({ ...copy, id: crypto.randomUUID() }).success, type).toBe(true);
    }
  });
});
