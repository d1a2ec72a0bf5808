import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, blockSchema, STATEMENT_STYLES } from '../../../shared';

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
