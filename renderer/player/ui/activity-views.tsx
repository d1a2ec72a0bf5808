/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

/** Plain text with blank-line-free paragraphs (authors type one paragraph per line). */
export function Paragraphs({ text }: { text: string }): JSX.Element {
  return (
    <>
      {text
        .split('\n')
        .filter((t) => t.trim() !== '')
        .map((t, i) => (
          <p key={i}>{t}</p>
        ))}
    </>
  );
}

/**
 * A process: an intro card, the numbered steps one at a time, a summary card. Previous/Next stay in place (and
 * keep focus; an unavailable one is aria-disabled, not removed), the card is a polite live region so the new
 * step is read. Stored for resume: position + (summary reached ? last + 1 : 0), see `stateMax`.
 */
function ProcessBlock({ block, ctx }: { block: BlockOf<'process'>; ctx: BlockContext }): JSX.Element {
  const n = block.steps.length;
  const last = n + 1;
  const [stored, setStored] = useState(() => ctx.controller.blockState(block.id));
  const done = stored > last;
  const at = Math.min(last, done ? stored - last - 1 : stored);
  const go = (to: number) => {
    const next = to + (done || to === last ? last + 1 : 0);
    setStored(next);
    ctx.controller.setBlockState(block.id, next);
  };
  const step = block.steps[at - 1];
  const label = at === 0 ? 'Introduction' : step ? `Step ${at} of ${n}` : 'Summary';
  return (
    <section class="cw-process" aria-label={block.title} data-step={at} data-complete={done}>
      <div class="cw-process-card" aria-live="polite">
        <p class="cw-process-count">{label}</p>
        <p class="cw-process-title">{step ? step.title : block.title}</p>
        <Paragraphs
          text={at === 0 ? block.intro : step ? step.text : block.summary || `You have seen all ${n} steps.`}
        />
      </div>
      <div class="cw-process-nav">
        <Button aria-disabled={at === 0} onClick={() => at > 0 && go(at - 1)}>
          Previous
        </Button>
        <Button primary onClick={() => go(at === last ? 0 : at + 1)}>
          {at === 0 ? 'Start' : at === last ? 'Start again' : 'Next'}
        </Button>
      </div>
    </section>
  );
}

export const activityViews: Pick<BlockViewRegistry, 'process'> = {
  process: ProcessBlock,
};
