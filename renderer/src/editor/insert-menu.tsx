import { useEffect, useId, useRef, useState } from 'react';
import { BLOCK_KINDS, BLOCK_TYPES, type BlockType } from '../../../shared';

/** A menu button listing every block type (WAI-ARIA menu button: arrows, Home/End, Escape). */
export function InsertMenu({
  onPick,
  label = 'Add block',
  small = false,
}: {
  onPick: (type: BlockType) => void;
  label?: string;
  small?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const n = BLOCK_TYPES.length;
    if (e.key === 'ArrowDown') setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp') setActive((i) => (i - 1 + n) % n);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="insert-menu">
      <button
        ref={buttonRef}
        type="button"
        className={small ? 'button button-small button-quiet' : 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(e.key === 'ArrowDown' ? 0 : BLOCK_TYPES.length - 1);
            setOpen(true);
          }
        }}
      >
        + {label}
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="Block types"
          className="insert-menu-list"
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== buttonRef.current)
              setOpen(false);
          }}
        >
          {BLOCK_TYPES.map((type, i) => (
            <button
              key={type}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="insert-menu-item"
              onClick={() => {
                setOpen(false);
                onPick(type);
              }}
            >
              <span className="insert-menu-name">{BLOCK_KINDS[type].label}</span>
              <span className="insert-menu-hint">{BLOCK_KINDS[type].hint}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
