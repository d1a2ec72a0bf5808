/** A sorting activity's learner state and its integer codec: the runtime half the player bundles (no descriptor). */
/** Every card with the index of its right pile, in the author's order (the order the learner state refers to). */
export function sortingCards<C>(piles: readonly { cards: readonly C[] }[]): { card: C; pile: number }[] {
  return piles.flatMap((p, pile) => p.cards.map((card) => ({ card, pile })));
}

/** A learner's sorting: the pile index of each card (null: not sorted yet) and whether it was checked. */
export interface SortingState {
  placements: (number | null)[];
  checked: boolean;
}

export function encodeSorting(state: SortingState, pileCount: number): number {
  const base = pileCount + 1;
  let v = 0;
  for (let i = state.placements.length - 1; i >= 0; i--) {
    const p = state.placements[i];
    v = v * base + (p === null || p === undefined || p < 0 || p >= pileCount ? 0 : p + 1);
  }
  const allPlaced = state.placements.every((p) => p !== null);
  return v * 2 + (state.checked && allPlaced ? 1 : 0);
}

export function decodeSorting(value: number, cardCount: number, pileCount: number): SortingState {
  const base = pileCount + 1;
  let rest = Math.floor(Math.max(0, value) / 2);
  const placements: (number | null)[] = [];
  for (let i = 0; i < cardCount; i++) {
    const d = rest % base;
    rest = Math.floor(rest / base);
    placements.push(d === 0 ? null : d - 1);
  }
  return { placements, checked: value % 2 === 1 && placements.every((p) => p !== null) };
}
