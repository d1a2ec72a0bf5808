/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  decodeSorting,
  encodeSorting,
  sortingCards,
  type SortingState,
} from '../../../shared/core/blocks/sorting-state';
import { seededShuffle } from '../../../shared/core/questions/codec';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

type Drag = { i: number; x: number; y: number; el: HTMLElement };

/**
 * A sorting activity: cards dragged (native pointer events) from the "not sorted" stack into labelled piles, and
 * each card's "Move to" select as the keyboard and screen-reader way; moves are announced in a polite status.
 * "Check" marks each card right or wrong; "Try again" returns the wrong ones (one button that keeps focus).
 * Kept for resume as one integer (`encodeSorting`).
 */
function SortingBlock({ block, ctx }: { block: BlockOf<'sorting'>; ctx: BlockContext }): JSX.Element {
  const piles = block.piles;
  // Author order (what the state refers to); shown in a stable shuffle so piles' cards are not listed together.
  const cards = sortingCards(piles);
  const order = seededShuffle(
    cards.map((_, i) => i),
    block.id,
  );
  const [state, setState] = useState<SortingState>(() =>
    decodeSorting(ctx.controller.blockState(block.id), cards.length, piles.length),
  );
  const [say, setSay] = useState('');
  const dragRef = useRef<Drag | null>(null);
  const root = useRef<HTMLElement>(null);
  // Cards and piles may change under the view on the editor canvas: read placements defensively.
  const placements = cards.map((_, i) => {
    const p = state.placements[i];
    return p === null || p === undefined || p >= piles.length ? null : p;
  });
  const checked = state.checked && placements.every((p) => p !== null);
  const right = (i: number) => placements[i] === cards[i]!.pile;
  const score = cards.filter((_, i) => right(i)).length;
  const save = (next: SortingState, message: string) => {
    setState(next);
    setSay(message);
    ctx.controller.setBlockState(block.id, encodeSorting(next, piles.length));
  };
  const place = (i: number, p: number | null) => {
    if (checked || placements[i] === p) return;
    const next = [...placements];
    next[i] = p;
    save(
      { placements: next, checked: false },
      `“${cards[i]!.card.text}” moved to ${p === null ? 'not sorted' : piles[p]!.label}.`,
    );
  };
  const check = () => {
    if (placements.some((p) => p === null)) return setSay('Sort every card into a pile first.');
    const n = cards.length;
    save({ placements, checked: true }, `${score === n ? 'All' : `${score} of`} ${n} cards are in the right pile.`);
  };
  const restart = () =>
    save({ placements: cards.map(() => null), checked: false }, 'All cards are back in “Not sorted yet”.');
  const retry = () =>
    save(
      { placements: placements.map((p, i) => (right(i) ? p : null)), checked: false },
      'The wrong cards are back in “Not sorted yet”.',
    );
  const end = (e: PointerEvent) => {
    const d = dragRef.current;
    dragRef.current = null;
    if (!d) return;
    d.el.classList.remove('is-dragging');
    d.el.style.transform = '';
    if (e.type === 'pointercancel' || Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) < 6) return;
    // The card under the pointer is hidden for a moment so the pile beneath it is hit.
    d.el.style.visibility = 'hidden';
    const pile = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>('[data-pile]');
    d.el.style.visibility = '';
    if (pile && root.current?.contains(pile)) {
      const p = Number(pile.dataset.pile);
      place(d.i, p < 0 ? null : p);
    }
  };
  const card = (i: number) => {
    const { card: c, pile: home } = cards[i]!;
    return (
      <li
        key={c.id}
        class="cw-sort-card"
        data-card={i}
        data-result={checked ? (right(i) ? 'right' : 'wrong') : undefined}
        onPointerDown={(e) => {
          // A touch drags by the grip only, so a swipe on the card scrolls the page (the grip has touch-action none).
          const t = e.target as Element;
          if (checked || e.button !== 0 || t.closest('select') || (e.pointerType !== 'mouse' && !t.closest('i')))
            return;
          const el = e.currentTarget;
          el.setPointerCapture(e.pointerId);
          el.classList.add('is-dragging');
          dragRef.current = { i, x: e.clientX, y: e.clientY, el };
        }}
        onPointerMove={(e) => {
          const d = dragRef.current;
          if (d) d.el.style.transform = `translate(${e.clientX - d.x}px,${e.clientY - d.y}px)`;
        }}
        onPointerUp={end}
        onPointerCancel={end}
      >
        {checked ? null : <i class="cw-sort-grip" aria-hidden="true" />}
        <span>{c.text}</span>
        {checked ? (
          <b>{right(i) ? '✓ Right pile' : `✗ Belongs in ${piles[home]!.label}`}</b>
        ) : (
          <select
            aria-label={`Move “${c.text}” to`}
            value={placements[i] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              place(i, v === '' ? null : Number(v));
              // The card moved to another list (a new element): focus follows it once drawn.
              setTimeout(() => root.current?.querySelector<HTMLElement>(`[data-card="${i}"] select`)?.focus());
            }}
          >
            <option value="">Not sorted</option>
            {piles.map((p, pi) => (
              <option key={p.id} value={pi}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </li>
    );
  };
  const pile = (p: number | null, label: string) => {
    const inPile = order.filter((i) => placements[i] === p);
    return (
      <div class={p === null ? 'cw-sort-pile cw-sort-stack' : 'cw-sort-pile'} data-pile={p ?? -1}>
        <p class="cw-sort-label">
          {label} ({inPile.length})
        </p>
        <ul aria-label={label}>{inPile.map(card)}</ul>
      </div>
    );
  };
  return (
    <section
      ref={root}
      class="cw-sorting"
      aria-label={block.prompt}
      data-checked={checked}
      data-complete={checked && score === cards.length}
    >
      <p class="cw-process-title">{block.prompt}</p>
      {pile(null, 'Not sorted yet')}
      <div class="cw-sort-piles">{piles.map((p, pi) => pile(pi, p.label))}</div>
      <div class="cw-process-nav">
        <Button primary={!checked} onClick={!checked ? check : score < cards.length ? retry : restart}>
          {!checked ? 'Check' : score < cards.length ? 'Try again' : 'Sort again'}
        </Button>
      </div>
      <p class="cw-sort-status" role="status">
        {say}
      </p>
    </section>
  );
}

export const sortingViews: Pick<BlockViewRegistry, 'sorting'> = { sorting: SortingBlock };
