/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Paragraphs } from './activity-views';

/** A statement: one sentence set apart (a `<p>`, so screen readers read it as text, not as a heading). */
function StatementBlock({ block }: { block: BlockOf<'statement'> }): JSX.Element {
  return <p class={`cw-statement cw-statement-${block.style}`}>{block.text}</p>;
}

/** Lists: native `ul`/`ol`; a checklist is native checkboxes the learner may tick (a personal aid, not saved). */
function ListBlock({ block }: { block: BlockOf<'list'> }): JSX.Element {
  if (block.style === 'numbered')
    return (
      <ol class="cw-list">
        {block.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
    );
  const check = block.style === 'checklist';
  return (
    <ul class={check ? 'cw-list cw-checklist' : 'cw-list'}>
      {block.items.map((item, i) => (
        <li key={i}>
          {check ? (
            <label>
              <input type="checkbox" /> <span>{item}</span>
            </label>
          ) : (
            item
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A data table. Its wrapper scrolls sideways on narrow screens; being a focusable named region, keyboard users
 * can scroll it too (WCAG 2.1.1). Header cells get `scope=col`.
 */
function TableBlock({ block }: { block: BlockOf<'table'> }): JSX.Element {
  const [first, ...rest] = block.rows;
  const body = block.headerRow ? rest : block.rows;
  return (
    <div class="cw-table-wrap" role="region" tabIndex={0} aria-label={block.caption || 'Table'}>
      <table class="cw-table">
        {block.caption ? <caption>{block.caption}</caption> : null}
        {block.headerRow && first ? (
          <thead>
            <tr>
              {first.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A timeline: an ordered list of dated events (the order is the author's; dates are free text such as "1728"). */
function TimelineBlock({ block, ctx }: { block: BlockOf<'timeline'>; ctx: BlockContext }): JSX.Element {
  return (
    <ol class="cw-timeline">
      {block.events.map((e) => {
        const asset = e.imageAssetId ? ctx.assets[e.imageAssetId] : undefined;
        return (
          <li key={e.id}>
            <p class="cw-timeline-date">{e.date}</p>
            <p class="cw-process-title">{e.title}</p>
            <Paragraphs text={e.text} />
            {asset ? (
              <img src={asset.src} alt={e.alt} width={asset.width} height={asset.height} loading="lazy" />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export const contentViews: Pick<BlockViewRegistry, 'statement' | 'list' | 'table' | 'timeline'> = {
  statement: StatementBlock,
  list: ListBlock,
  table: TableBlock,
  timeline: TimelineBlock,
};
