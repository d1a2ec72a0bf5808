import type { BlockOf } from '../../../../shared';
import { useMediaUrl } from '../../stores/stores-context';
import { MissingMedia } from './missing-media';

export function VideoBlockView({ block }: { block: BlockOf<'video'> }) {
  const mediaUrl = useMediaUrl();
  if (!block.assetId) return <MissingMedia kind="video" />;
  return (
    <figure className="media-figure">
      <video
        controls
        preload="metadata"
        src={mediaUrl(block.assetId)}
        poster={block.posterAssetId ? mediaUrl(block.posterAssetId) : undefined}
        aria-label={block.title || 'Video'}
      >
        {block.captions.map((track, i) => (
          <track
            key={track.assetId}
            kind="captions"
            src={mediaUrl(track.assetId)}
            srcLang={track.language}
            label={track.label}
            default={i === 0}
          />
        ))}
      </video>
      {block.title ? <figcaption>{block.title}</figcaption> : null}
    </figure>
  );
}
