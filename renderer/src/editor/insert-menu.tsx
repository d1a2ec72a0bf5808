import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BLOCK_KINDS, BLOCK_TYPES, type BlockType } from '../../../shared';

/** The block types whose label or hint contains every word of the query (case-insensitive). */
export function filterBlockTypes(query: string): BlockType[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return BLOCK_TYPES.filter((type) => {
    const text = `${BLOCK_KINDS[type].label} ${BLOCK_KINDS[type].hint}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * The insert menu: a button opening a search box over the block types (WAI-ARIA combobox with a listbox:
 * typing filters by label and hint, arrows move, Enter inserts, Escape closes and returns focus).
 */
export function InsertMenu({
  onPick,
  label = 'Add block',
  small = false,
  ariaLabel,
}: {
  onPick: (type: BlockType) => void;
  label?: string;
  small?: boolean;
  /** Accessible name when the visible text is short (the "+" between blocks). */
  ariaLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(() => filterBlockTypes(query), [query]);
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    setQuery('');
    if (refocus) buttonRef.current?.focus();
  };
  const pick = (type: BlockType) => {
    close(false);
    onPick(type);
  };
  const onInputKey = (e: React.KeyboardEvent) => {
    const n = matches.length;
    if (e.key === 'ArrowDown' && n) setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp' && n) setActive((i) => (i - 1 + n) % n);
    else if (e.key === 'Enter') {
      const type = matches[Math.min(active, n - 1)];
      if (type) pick(type);
    } else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className={`insert-menu${small ? ' insert-menu-small' : ''}`}>
      <button
        ref={buttonRef}
        type="button"
        className={small ? 'button button-small button-quiet insert-between' : 'button'}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          if (open) close(false);
          else {
            setActive(0);
            setOpen(true);
          }
        }}
      >
        + {label}
      </button>
      {open ? (
        <div
          role="dialog"
          aria-label="Insert a block"
          className="insert-menu-list"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== buttonRef.current)
              close(false);
          }}
        >
          <input
            ref={inputRef}
            type="search"
            className="insert-menu-search"
            role="combobox"
            aria-label="Search block types"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={matches.length ? optionId(Math.min(active, matches.length - 1)) : undefined}
            placeholder="Search blocks…"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKey}
          />
          <ul id={listId} role="listbox" aria-label="Block types" className="insert-menu-options">
            {matches.map((type, i) => (
              <li
                key={type}
                id={optionId(i)}
                role="option"
                aria-selected={i === Math.min(active, matches.length - 1)}
                className="insert-menu-item"
                // Keep focus in the search box; the click inserts.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(type)}
              >
                <span className="insert-menu-name">{BLOCK_KINDS[type].label}</span>
                <span className="insert-menu-hint">{BLOCK_KINDS[type].hint}</span>
              </li>
            ))}
          </ul>
          {matches.length === 0 ? <p className="muted insert-menu-empty">No block type matches “{query}”.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
