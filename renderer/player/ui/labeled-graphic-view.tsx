/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import { Paragraphs } from './activity-views';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

/**
 * A labeled graphic: numbered markers over an image (percent positions), each a disclosure button
 * (`aria-expanded`, `aria-controls`) for the note panel under the image; Escape (on a marker or in the note) closes it
 * and returns to its marker. Kept for resume: which markers were opened, one bit each (all opened: `data-complete`).
 */
function LabeledGraphicBlock({ block, ctx }: { block: BlockOf<'labeledGraphic'>; ctx: BlockContext }): JSX.Element {
  const [seen, setSeen] = useState(() => ctx.controller.blockState(block.id));
  const [open, setOpen] = useState<number | null>(null);
  const n = block.markers.length;
  const all = 2 ** n - 1;
  const bit = (i: number) => Math.floor(seen / 2 ** i) % 2 === 1;
  const noteId = `${block.id}-note`;
  const markerId = (i: number) => `${block.id}-m${i}`;
  const toggle = (i: number) => {
    if (open === i) return setOpen(null);
    setOpen(i);
    if (!bit(i)) {
      const next = seen + 2 ** i;
      setSeen(next);
      ctx.controller.setBlockState(block.id, next);
    }
  };
  const close = () => {
    if (open !== null) document.getElementById(markerId(open))?.focus();
    setOpen(null);
  };
  const asset = block.assetId ? ctx.assets[block.assetId] : undefined;
  const m = open === null ? undefined : block.markers[open];
  const image = m?.imageAssetId ? ctx.assets[m.imageAssetId] : undefined;
  const audio = m?.audioAssetId ? ctx.assets[m.audioAssetId] : undefined;
  const opened = block.markers.filter((_, i) => bit(i)).length;
  return (
    <div
      class="cw-lg"
      data-complete={(seen & all) === all}
      data-open={open ?? ''}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open !== null) close();
      }}
    >
      <div class="cw-lg-image">
        {asset ? <img src={asset.src} alt={block.alt} width={asset.width} height={asset.height} /> : null}
        {block.markers.map((marker, i) => (
          <button
            key={marker.id}
            id={markerId(i)}
            type="button"
            class="cw-lg-marker"
            style={{ left: `${marker.x}%`, top: `${marker.y}%` }}
            data-seen={bit(i)}
            aria-expanded={open === i}
            aria-controls={noteId}
            aria-label={`${i + 1}. ${marker.title}`}
            onClick={() => toggle(i)}
          >
            {i + 1}
          </button>
        ))}
      </div>
      <p class="cw-lg-count">
        {opened} of {n} opened
      </p>
      <div id={noteId} class="cw-lg-note" role="region" aria-label={m ? m.title : 'Note'} hidden={!m}>
        {m ? (
          <>
            <p class="cw-process-title">
              {open! + 1}. {m.title}
            </p>
            <Paragraphs text={m.text} />
            {image ? <img src={image.src} alt={m.imageAlt} width={image.width} height={image.height} /> : null}
            {audio ? (
              <audio controls preload="metadata" aria-label={`Audio: ${m.title}`}>
                <source src={audio.src} type={audio.mime || undefined} />
              </audio>
            ) : null}
            <Button onClick={close}>Close note</Button>
          </>
        ) : null}
      </div>
    </div>
  );
}

export const labeledGraphicViews: Pick<BlockViewRegistry, 'labeledGraphic'> = { labeledGraphic: LabeledGraphicBlock };
