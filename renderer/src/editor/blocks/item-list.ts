import { newCard as newCardWith, newPanel as newPanelWith, type FlipCard, type PanelItem } from '../../../../shared';

/**
 * Pure edits of the item lists inside interactive blocks (accordion sections, tabs, flip cards).
 * Each respects the schema's bounds: adding at the maximum or removing at the minimum returns the list unchanged.
 */

export interface ListBounds {
  readonly min: number;
  readonly max: number;
}

const newId = (): string => crypto.randomUUID();
export function newPanel(title: string): PanelItem {
  return newPanelWith(newId, title);
}

export function newCard(n: number): FlipCard {
  return newCardWith(newId, n);
}

export function addItem<T>(items: readonly T[], item: T, bounds: ListBounds): T[] {
  return items.length >= bounds.max ? [...items] : [...items, item];
}

export function removeItem<T extends { id: string }>(items: readonly T[], id: string, bounds: ListBounds): T[] {
  return items.length <= bounds.min ? [...items] : items.filter((i) => i.id !== id);
}

export function updateItem<T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
): T[] {
  return items.map((i) => (i.id === id ? { ...i, ...patch } : i));
}
