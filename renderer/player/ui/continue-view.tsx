/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import { blockCompleted } from '../state/continue-gate';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * A Continue button; the lesson view hides the blocks after it until it is pressed (`continue-gate.ts`). With
 * `requireComplete` it stays aria-disabled (focusable, with the reason) until the blocks above are completed.
 * Once pressed it leaves an empty marker and moves focus to the first revealed block.
 */
function ContinueBlock({ block, ctx }: { block: BlockOf<'continue'>; ctx: BlockContext }): JSX.Element {
  const c = ctx.controller;
  const ref = useRef<HTMLDivElement>(null);
  const [justPressed, setJustPressed] = useState(false);
  useEffect(() => {
    if (!justPressed) return;
    const focusNext = (retry: boolean): void => {
      const next = ref.current?.nextElementSibling as HTMLElement | null | undefined;
      if (!next) {
        if (retry) requestAnimationFrame(() => focusNext(false));
        return;
      }
      if (!next.hasAttribute('tabindex')) next.tabIndex = -1;
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    };
    focusNext(true);
  }, [justPressed]);
  // The editor canvas keeps the button in view (it hides nothing there: each block is drawn on its own).
  if (c.blockState(block.id) > 0 && !ctx.canvas)
    return <div ref={ref} class="cw-continue-done" data-continue="pressed" />;
  const lesson = c.lessons.find((l) => l.blocks.some((b) => b.id === block.id));
  const above = lesson
    ? lesson.blocks.slice(
        0,
        lesson.blocks.findIndex((b) => b.id === block.id),
      )
    : [];
  const ready = !block.requireComplete || above.every((b) => blockCompleted(b, c.state, (id) => c.mediaEnded(id)));
  const hintId = `cw-continue-hint-${block.id}`;
  return (
    <div ref={ref} class="cw-continue" data-continue={ready ? 'ready' : 'locked'}>
      <Button
        primary
        aria-disabled={!ready}
        aria-describedby={ready ? undefined : hintId}
        onClick={() => {
          if (!ready) return;
          c.setBlockState(block.id, 1);
          setJustPressed(true);
        }}
      >
        {block.label}
      </Button>
      {ready ? null : (
        <p id={hintId} class="cw-hint">
          Complete the activities above to continue.
        </p>
      )}
    </div>
  );
}

export const continueViews: Pick<BlockViewRegistry, 'continue'> = { continue: ContinueBlock };
