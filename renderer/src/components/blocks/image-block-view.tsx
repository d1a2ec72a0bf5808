import type { BlockOf } from '../../../../shared';
import { useMediaUrl } from '../../stores/stores-context';
import { MissingMedia } from './missing-media';

export function ImageBlockView({ block }: { block: BlockOf<'image'> }) {
  const mediaUrl = useMediaUrl();
  if (!block.assetId) return <MissingMedia kind="image" />;
  return (
    <figure className="media-figure">
      <img src={mediaUrl(block.assetId)} alt={block.decorative ? '' : block.alt} loading="lazy" />
      {block.caption ? <figcaption>{block.caption}</figcaption> : null}
    </figure>
  );
}
