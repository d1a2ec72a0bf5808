/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { useCaptionSrc } from './caption-source';
import { mediaPrefs, preferredTrack } from './media-prefs';

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
  const shown = preferredTrack(block.captions.map((c) => c.language));
  return (
    <figure class="cw-figure cw-media">
      <video
        controls
        preload="metadata"
        poster={poster}
        aria-label={block.title || undefined}
        playsInline
        muted={mediaPrefs.muted}
        onEnded={() => ctx.controller.markMediaEnded(block.id)}
      >
        <source src={asset.src} type={asset.mime || undefined} />
        {block.captions.map((c, i) => {
          const track = ctx.assets[c.assetId];
          return track ? (
            <CaptionTrack
              key={c.assetId}
              assetId={c.assetId}
              src={track.src}
              language={c.language}
              label={c.label}
              isDefault={i === shown}
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
        <audio
          controls
          preload="metadata"
          aria-label={block.title || 'Audio'}
          muted={mediaPrefs.muted}
          onEnded={() => ctx.controller.markMediaEnded(block.id)}
        >
          <source src={asset.src} type={asset.mime || undefined} />
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

/** Media views: the editor mounts these too (its assets have no mime; the browser sniffs the type). */
export const mediaViews: Pick<BlockViewRegistry, 'image' | 'video' | 'audio'> = {
  image: ImageBlock,
  video: VideoBlock,
  audio: AudioBlock,
};
