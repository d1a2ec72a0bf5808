import { useId } from 'react';
import type { BlockOf } from '../../../../shared';
import { useMediaUrl } from '../../stores/stores-context';
import { MissingMedia } from './missing-media';

export function AudioBlockView({ block }: { block: BlockOf<'audio'> }) {
  const mediaUrl = useMediaUrl();
  const transcriptId = useId();
  return (
    <figure className="media-figure">
      {block.title ? <figcaption>{block.title}</figcaption> : null}
      {block.assetId ? (
        <audio
          controls
          preload="metadata"
          src={mediaUrl(block.assetId)}
          aria-label={block.title || 'Audio'}
          aria-describedby={block.transcript ? transcriptId : undefined}
        />
      ) : (
        <MissingMedia kind="audio" />
      )}
      {block.transcript ? (
        <details className="transcript">
          <summary>Transcript</summary>
          <p id={transcriptId}>{block.transcript}</p>
        </details>
      ) : null}
    </figure>
  );
}
