import { describe, expect, it } from 'vitest';
import { BLOCK_SCHEMA_BUILDERS } from '../../../shared/core/block-schemas';
import {
  BLOCK_KINDS,
  BLOCK_TYPES,
  blockAssetIds,
  blockSchema,
  remapBlockAssets,
  type Block,
  type BlockOf,
  LIST_STYLES,
  STATEMENT_STYLES,
  TABLE_COLUMNS,
} from '../../../shared';

const id = '00000000-0000-4000-8000-000000000001';

describe('statement block', () => {
  it('accepts each of its three styles and refuses an unknown one or empty text', () => {
    for (const style of STATEMENT_STYLES)
      expect(blockSchema.safeParse({ id, type: 'statement', style, text: 'Key idea' }).success).toBe(true);
    expect(blockSchema.safeParse({ id, type: 'statement', style: 'shout', text: 'Key idea' }).success).toBe(false);
    expect(blockSchema.safeParse({ id, type: 'statement', style: 'bold', text: '  ' }).success).toBe(false);
  });

  it('is read as its text and checked structurally by the player', () => {
    const b = blockSchema.parse({ id, type: 'statement', text: 'Learn at your pace' });
    expect(b).toMatchObject({ style: 'bold' });
    expect(BLOCK_KINDS.statement.text(b as never)).toBe('Learn at your pace');
    expect(BLOCK_KINDS.statement.wellFormed({ type: 'statement', style: 'bold' })).toBe(false);
  });
});

describe('list block', () => {
  it('keeps its items in order in each style and refuses an empty list', () => {
    for (const style of LIST_STYLES) {
      const b = blockSchema.parse({ id, type: 'list', style, items: ['one', 'two'] });
      expect(BLOCK_KINDS.list.text(b as never)).toBe('one\ntwo');
    }
    expect(blockSchema.safeParse({ id, type: 'list', style: 'bulleted', items: [] }).success).toBe(false);
    expect(BLOCK_KINDS.list.wellFormed({ type: 'list', items: ['a', 3] })).toBe(false);
  });
});

describe('table block', () => {
  const rows = [
    ['Aspect', 'Value'],
    ['Pace', 'Own'],
  ];
  it('needs rectangular rows within its bounds', () => {
    expect(blockSchema.safeParse({ id, type: 'table', caption: 'c', rows }).success).toBe(true);
    expect(blockSchema.safeParse({ id, type: 'table', rows: [['a', 'b'], ['c']] }).success).toBe(false);
    const wide = [Array<string>(TABLE_COLUMNS.max + 1).fill('x')];
    expect(blockSchema.safeParse({ id, type: 'table', rows: wide }).success).toBe(false);
    expect(blockSchema.safeParse({ id, type: 'table', rows: [] }).success).toBe(false);
  });

  it('suggests a caption only when it has none, and is searchable by its cells', () => {
    const bare = blockSchema.parse({ id, type: 'table', rows });
    expect(bare).toMatchObject({ caption: '', headerRow: true });
    expect(BLOCK_KINDS.table.guidance(bare as never).map((f) => f.code)).toEqual(['table-missing-caption']);
    const named = blockSchema.parse({ id, type: 'table', caption: 'Pace', rows });
    expect(BLOCK_KINDS.table.guidance(named as never)).toEqual([]);
    expect(BLOCK_KINDS.table.text(named as never)).toBe('Pace\nAspect Value\nPace Own');
    expect(BLOCK_KINDS.table.wellFormed({ type: 'table', rows: [['a'], [1]] })).toBe(false);
  });
});

describe('process block', () => {
  const step = (n: number) => ({ id: `00000000-0000-4000-8000-00000000010${n}`, title: `Step ${n}`, text: '' });
  const make = (summary = '') =>
    blockSchema.parse({ id, type: 'process', title: 'Plan', steps: [step(1), step(2), step(3)], summary });

  it('needs two steps with distinct ids and a title', () => {
    expect(make().type).toBe('process');
    expect(blockSchema.safeParse({ id, type: 'process', title: 'Plan', steps: [step(1)] }).success).toBe(false);
    expect(blockSchema.safeParse({ id, type: 'process', title: 'Plan', steps: [step(1), step(1)] }).success).toBe(
      false,
    );
    expect(blockSchema.safeParse({ id, type: 'process', title: ' ', steps: [step(1), step(2)] }).success).toBe(false);
  });

  it('keeps a position and a completed flag for resume, and suggests a summary card', () => {
    // 3 steps: positions 0..4 (intro, steps, summary), plus 5 once completed.
    expect(BLOCK_KINDS.process.stateMax?.(make() as never)).toBe(9);
    expect(BLOCK_KINDS.process.guidance(make() as never).map((f) => f.code)).toEqual(['process-missing-summary']);
    expect(BLOCK_KINDS.process.guidance(make('Done.') as never)).toEqual([]);
    expect(BLOCK_KINDS.process.engaging).toBe(true);
  });
});

describe('block registry order', () => {
  it('lists kinds in the schema builders’ order (the insert menu order) without importing the builders', () => {
    expect(BLOCK_TYPES).toEqual(Object.keys(BLOCK_SCHEMA_BUILDERS));
  });
});

describe('timeline block', () => {
  const ev = (n: number, imageAssetId: string | null = null, alt = '') => ({
    id: `00000000-0000-4000-8000-00000000020${n}`,
    date: `19${n}0`,
    title: `Event ${n}`,
    imageAssetId,
    alt,
  });
  const img = '00000000-0000-4000-8000-000000000301';

  it('keeps events in the author’s order and needs a date and a title', () => {
    const b = blockSchema.parse({ id, type: 'timeline', events: [ev(2), ev(1)] }) as BlockOf<'timeline'>;
    expect(b.events.map((e) => e.date)).toEqual(['1920', '1910']);
    expect(blockSchema.safeParse({ id, type: 'timeline', events: [{ ...ev(1), date: ' ' }] }).success).toBe(false);
    expect(blockSchema.safeParse({ id, type: 'timeline', events: [] }).success).toBe(false);
  });

  it('reports and remaps its images (exports package them) and wants alt text on each', () => {
    const b = blockSchema.parse({ id, type: 'timeline', events: [ev(1, img), ev(2)] }) as Block;
    expect(blockAssetIds(b)).toEqual([img]);
    const other = '00000000-0000-4000-8000-000000000302';
    expect(blockAssetIds(remapBlockAssets(b, new Map([[img, other]])))).toEqual([other]);
    expect(BLOCK_KINDS.timeline.guidance(b as never).map((f) => f.code)).toEqual(['image-missing-alt']);
    const described = blockSchema.parse({ id, type: 'timeline', events: [ev(1, img, 'A letter')] });
    expect(BLOCK_KINDS.timeline.guidance(described as never)).toEqual([]);
  });
});
