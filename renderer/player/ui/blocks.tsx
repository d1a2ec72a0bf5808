/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { Block, BlockOf } from '../../../shared/model/blocks';
import type { PackagedAsset } from '../../../shared/package/course-package';
import { useCaptionSrc } from './caption-source';
import { AccordionBlock, FlipCardsBlock, TabsBlock } from './interactive-blocks';
import { RichText } from './rich-text';
import { QuestionView } from './question-view';
import type { PlayerController } from '../state/player-controller';

export interface BlockContext {
  assets: Readonly<Record<string, PackagedAsset>>;
  language: string;
  controller: PlayerController;
  /** Graded question numbering within a quiz lesson. */
  questionNumber: (blockId: string) => { index: number; total: number; graded: boolean };
}

const CALLOUT_LABELS: Record<BlockOf<'callout'>['variant'], string> = {
  info: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  success: 'Well done',
};

function ImageBlock({ block, ctx }: { block: BlockOf<'image'>; ctx: BlockContext }): JSX.Element | null {
  const asset = block.assetId ? ctx.assets[block.assetId] : undefined;
  if (!asset) return null;
  const img = (
    <img
      src={asset.src}
      alt={block.decorative ? '' : block.alt}
      width={asset.width}
      height={asset.height}
      loading="lazy"
      decoding="async"
    />
  );
  return block.caption ? (
    <figure class="cw-figure">
      {img}
      <figcaption>{block.caption}</figcaption>
    </figure>
  ) : (
    <div class="cw-figure">{img}</div>
  );
}

function CaptionTrack(props: {
  assetId: string;
  src: string;
  language: string;
  label: string;
  isDefault: boolean;
}): JSX.Element | null {
  const src = useCaptionSrc(props.assetId, props.src);
  return src ? (
    <track kind="captions" src={src} srclang={props.language} label={props.label} default={props.isDefault} />
  ) : null;
}

function VideoBlock({ block, ctx }: { block: BlockOf<'video'>; ctx: BlockContext }): JSX.Element | null {
  const asset = block.assetId ? ctx.assets[block.assetId] : undefined;
  if (!asset) return null;
  const poster = (block.posterAssetId ? ctx.assets[block.posterAssetId]?.src : undefined) ?? asset.posterSrc;
  return (
    <figure class="cw-figure cw-media">
      <video controls preload="metadata" poster={poster} aria-label={block.title || undefined} playsInline>
        <source src={asset.src} type={asset.mime} />
        {block.captions.map((c, i) => {
          const track = ctx.assets[c.assetId];
          return track ? (
            <CaptionTrack
              key={c.assetId}
              assetId={c.assetId}
              src={track.src}
              language={c.language}
              label={c.label}
              isDefault={i === 0}
            />
          ) : null;
        })}
        <a href={asset.src}>Download the video</a>
      </video>
      {block.title ? <figcaption>{block.title}</figcaption> : null}
    </figure>
  );
}

function AudioBlock({ block, ctx }: { block: BlockOf<'audio'>; ctx: BlockContext }): JSX.Element | null {
  const asset = block.assetId ? ctx.assets[block.assetId] : undefined;
  return (
    <figure class="cw-figure cw-media">
      {block.title ? <figcaption>{block.title}</figcaption> : null}
      {asset ? (
        <audio controls preload="metadata" aria-label={block.title || 'Audio'}>
          <source src={asset.src} type={asset.mime} />
          <a href={asset.src}>Download the audio</a>
        </audio>
      ) : null}
      {block.transcript ? (
        <details class="cw-transcript">
          <summary>Transcript</summary>
          {block.transcript.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </details>
      ) : null}
    </figure>
  );
}

export function BlockView({ block, ctx }: { block: Block; ctx: BlockContext }): JSX.Element | null {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'richText':
      return <RichText doc={block.doc} />;
    case 'image':
      return <ImageBlock block={block} ctx={ctx} />;
    case 'video':
      return <VideoBlock block={block} ctx={ctx} />;
    case 'audio':
      return <AudioBlock block={block} ctx={ctx} />;
    case 'callout':
      return (
        <div
          class={`cw-callout cw-callout-${block.variant}`}
          role="note"
          aria-label={block.title || CALLOUT_LABELS[block.variant]}
        >
          <p class="cw-callout-title">
            <span aria-hidden="true" class="cw-callout-icon" />
            {block.title || CALLOUT_LABELS[block.variant]}
          </p>
          <RichText doc={block.doc} />
        </div>
      );
    case 'divider':
      return block.style === 'line' ? <hr /> : <div class="cw-spacer" aria-hidden="true" />;
    case 'question':
      return <QuestionView block={block} controller={ctx.controller} number={ctx.questionNumber(block.id)} />;
    case 'accordion':
      return <AccordionBlock block={block} />;
    case 'tabs':
      return <TabsBlock block={block} />;
    case 'flipCards':
      return <FlipCardsBlock block={block} />;
    default:
      return null;
  }
}
