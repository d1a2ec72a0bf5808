import { useLayoutEffect, useState, type RefObject } from 'react';

/** Lesson rows have one fixed height (one line, ellipsis), so a module's rows can be windowed by arithmetic. */
export const ROW_HEIGHT = 32;
/** Rows rendered beyond the visible part, so fast scrolling and keyboard moves rarely meet a blank. */
const OVERSCAN_PX = 256;

const listeners = new Set<() => void>();
let frame = 0;
const schedule = () => {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const listener of listeners) listener();
  });
};

/**
 * Re-measures every window at the next frame: for layout changes that move lists without a scroll (a module
 * above collapses, lessons are added or removed).
 */
export const refreshOutlineWindows = schedule;

/** One scroll/resize listener for every module (capture: the outline's own scrolling does not bubble). */
function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('scroll', schedule, true);
    window.removeEventListener('resize', schedule);
  };
}

/** The outline's visible area (its scroller clipped by the window), widened by the overscan. */
function viewOf(el: HTMLElement): { top: number; bottom: number } {
  const view = el.closest('.outline')?.getBoundingClientRect();
  return {
    top: Math.max(view?.top ?? 0, 0) - OVERSCAN_PX,
    bottom: Math.min(view?.bottom ?? window.innerHeight, window.innerHeight) + OVERSCAN_PX,
  };
}

/** Which of `count` rows of `list` (rows start at its top edge) meet the outline's visible area. */
function visibleRows(list: HTMLElement, count: number): [number, number] {
  const rect = list.getBoundingClientRect();
  const { top, bottom } = viewOf(list);
  const start = Math.max(0, Math.min(count, Math.floor((top - rect.top) / ROW_HEIGHT)));
  const end = Math.max(start, Math.min(count, Math.ceil((bottom - rect.top) / ROW_HEIGHT)));
  return [start, end];
}

/**
 * The rows of a module's lesson list worth rendering: a 500-lesson outline renders the few dozen in
 * view; the rest are padding of the same height. Measured in a layout effect, so the first paint
 * already shows the right rows.
 */
export function useRowWindow(list: RefObject<HTMLElement | null>, count: number): [number, number] {
  const [range, setRange] = useState<[number, number]>([0, 0]);
  useLayoutEffect(() => {
    const update = () => {
      const el = list.current;
      if (!el) return;
      const [start, end] = visibleRows(el, count);
      setRange((r) => (r[0] === start && r[1] === end ? r : [start, end]));
    };
    update();
    return subscribe(update);
  }, [list, count]);
  return range;
}

/**
 * Whether `el` has come near the outline's visible area (or `force`): false until then, true from then on. Modules
 * far from the view show a placeholder of their height, so opening a 500-lesson course builds the two or three
 * modules in view, not 25; a module once shown stays (its rename, menu and focus are never torn down by a scroll).
 */
export function useShownNearView(el: RefObject<HTMLElement | null>, force: boolean): boolean {
  const [shown, setShown] = useState(force);
  if (force && !shown) setShown(true);
  useLayoutEffect(() => {
    if (shown) return;
    const check = () => {
      const node = el.current;
      if (!node) return;
      const rect = node.getBoundingClientRect();
      const view = viewOf(node);
      if (rect.bottom >= view.top && rect.top <= view.bottom) setShown(true);
    };
    check();
    return subscribe(check);
  }, [el, shown]);
  return shown;
}

/** Scrolls the outline so row `index` of `list` is in view (the row itself may not be rendered yet). */
export function scrollRowIntoView(list: HTMLElement, index: number): void {
  const scroller = list.closest<HTMLElement>('.outline');
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const rowTop = list.getBoundingClientRect().top + index * ROW_HEIGHT;
  if (rowTop < view.top + ROW_HEIGHT) scroller.scrollTop -= view.top + ROW_HEIGHT * 2 - rowTop;
  else if (rowTop + ROW_HEIGHT > view.bottom - ROW_HEIGHT) scroller.scrollTop += rowTop + ROW_HEIGHT * 3 - view.bottom;
}

/**
 * Records a shown module's height (its rows are ROW_HEIGHT each) as a custom property of the outline, which the
 * placeholders' heights use: they follow without re-rendering, and the scrollbar stays true.
 */
export function learnModuleHeight(el: HTMLElement, rows: number, collapsed: boolean): void {
  const outline = el.closest<HTMLElement>('.outline');
  if (!outline || (!collapsed && rows === 0)) return;
  const name = collapsed ? '--outline-module-closed' : '--outline-module-open';
  const px = `${el.getBoundingClientRect().height - (collapsed ? 0 : rows * ROW_HEIGHT)}px`;
  if (outline.style.getPropertyValue(name) !== px) outline.style.setProperty(name, px);
}

/** The CSS height of a module of `rows` lessons not built yet (its placeholder). */
export function moduleHeight(rows: number, collapsed: boolean): string {
  return collapsed ? 'var(--outline-module-closed)' : `calc(var(--outline-module-open) + ${rows * ROW_HEIGHT}px)`;
}
