// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_KINDS, BLOCK_TYPES } from '../../../shared';
import { filterBlockTypes, InsertMenu } from '../../../renderer/src/editor/insert-menu';

afterEach(cleanup);

describe('insert menu: search over the block descriptors', () => {
  it('filters by label and hint, every word counting, case-insensitive', () => {
    expect(filterBlockTypes('')).toEqual([...BLOCK_TYPES]);
    expect(filterBlockTypes('QUOTE')).toContain('quote');
    expect(filterBlockTypes('quote')).not.toContain('video');
    const hintWord = BLOCK_KINDS.image.hint.split(/\s+/).find((w) => w.length > 4)!;
    expect(filterBlockTypes(hintWord)).toContain('image');
    expect(filterBlockTypes('zzz-no-such-block')).toEqual([]);
  });

  it('opens on a search box; typing filters, arrows move, Enter inserts, Escape closes and refocuses', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<InsertMenu onPick={onPick} />);
    const button = screen.getByRole('button', { name: '+ Add block' });
    await user.click(button);
    const search = screen.getByRole('combobox', { name: 'Search block types' });
    expect(document.activeElement).toBe(search);
    expect(screen.getAllByRole('option')).toHaveLength(BLOCK_TYPES.length);
    await user.type(search, 'head');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(
      filterBlockTypes('head').map((t) => `${BLOCK_KINDS[t].label}${BLOCK_KINDS[t].hint}`),
    );
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onPick).not.toHaveBeenCalled();

    await user.click(button);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith(BLOCK_TYPES[1]);
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
