import type { LucideIcon } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MenuEntry =
  | { kind?: 'item'; label: string; icon?: LucideIcon; onSelect: () => void; disabled?: boolean; danger?: boolean }
  | { kind: 'group'; label: string };

/**
 * A WAI-ARIA menu button: Enter, Space or ArrowDown open the menu on its first item (ArrowUp on the
 * last); arrows, Home/End and type-ahead move; Enter/Space choose; Escape closes and returns focus to
 * the button; Tab or a click outside close it. `items` is called only when the menu opens, so a row
 * with a menu costs one button until then. The popup is fixed-positioned so a scrolling parent never
 * clips it.
 */
export function MenuButton({
  label,
  icon: Icon,
  items,
  className,
  children,
}: {
  /** Accessible name of the button (e.g. "Actions for lesson Welcome"). */
  label: string;
  icon?: LucideIcon;
  items: () => MenuEntry[];
  className?: string;
  /** Visible content of the button; the icon alone when omitted. */
  children?: ReactNode;
}) {
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`icon-button icon-button-quiet menu-button${className ? ` ${className}` : ''}`}
        aria-label={children ? undefined : label}
        title={children ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onKeyDown}
      >
        {Icon ? <Icon aria-hidden="true" focusable="false" /> : null}
        {children}
      </button>
      {open ? (
        <MenuPopup id={menuId} label={label} anchor={button} entries={items()} focus={open} onClose={close} />
      ) : null}
    </>
  );
}

function MenuPopup({
  id,
  label,
  anchor,
  entries,
  focus,
  onClose,
}: {
  id: string;
  label: string;
  anchor: React.RefObject<HTMLButtonElement | null>;
  entries: MenuEntry[];
  focus: 'first' | 'last';
  onClose: (refocus: boolean) => void;
}) {
  const menu = useRef<HTMLUListElement>(null);
  const itemEls = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []),
  ];

  useLayoutEffect(() => {
    const el = menu.current;
    const at = anchor.current?.getBoundingClientRect();
    if (!el || !at) return;
    const height = el.offsetHeight;
    const below = window.innerHeight - at.bottom;
    el.style.top = `${below >= height + 8 || below > at.top ? at.bottom + 4 : Math.max(8, at.top - height - 4)}px`;
    el.style.left = `${Math.max(8, Math.min(at.right - el.offsetWidth, window.innerWidth - el.offsetWidth - 8))}px`;
    const items = itemEls();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }, [anchor, focus]);

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !anchor.current?.contains(target)) onClose(false);
    };
    const onScroll = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, [anchor, onClose]);

  const move = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = itemEls();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        return (e.preventDefault(), go(at + 1));
      case 'ArrowUp':
        return (e.preventDefault(), go(at - 1));
      case 'Home':
        return (e.preventDefault(), go(0));
      case 'End':
        return (e.preventDefault(), go(items.length - 1));
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return onClose(true);
      case 'Tab':
        return onClose(false);
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const key = e.key.toLowerCase();
          const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
          order.find((el) => el.textContent?.trim().toLowerCase().startsWith(key))?.focus();
        }
    }
  };

  return (
    <ul ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={move}>
      {entries.map((entry, i) =>
        entry.kind === 'group' ? (
          <li key={i} role="presentation" className="menu-group">
            {entry.label}
          </li>
        ) : (
          <li
            key={i}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={entry.disabled ? true : undefined}
            className={`menu-item${entry.danger ? ' menu-item-danger' : ''}`}
            onClick={() => {
              if (entry.disabled) return;
              onClose(true);
              entry.onSelect();
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              if (entry.disabled) return;
              onClose(true);
              entry.onSelect();
            }}
          >
            {entry.icon ? <entry.icon aria-hidden="true" focusable="false" /> : <span className="menu-icon-space" />}
            {entry.label}
          </li>
        ),
      )}
    </ul>
  );
}
