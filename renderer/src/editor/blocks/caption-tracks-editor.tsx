import type { BlockOf } from '../../../../shared';
import { AssetPicker } from './asset-picker';
import { TextField } from './fields';

type Track = BlockOf<'video'>['captions'][number];

/** The video's caption tracks: a WebVTT/SRT asset, its language and the label learners see. */
export function CaptionTracksEditor({
  captions,
  onChange,
}: {
  captions: Track[];
  onChange: (captions: Track[]) => void;
}) {
  const set = (i: number, patch: Partial<Track>) =>
    onChange(captions.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const add = (assetId: string | null) => {
    if (assetId) onChange([...captions, { assetId, language: 'en', label: 'English' }]);
  };
  return (
    <fieldset className="caption-tracks">
      <legend>Captions</legend>
      {captions.length === 0 ? <p className="muted">No captions yet. Learners who cannot hear need them.</p> : null}
      <ul>
        {captions.map((track, i) => (
          <li key={`${track.assetId}-${i}`} className="block-fields-row">
            <AssetPicker
              label={`Caption file ${i + 1}`}
              kind="captions"
              value={track.assetId}
              allowNone={false}
              onChange={(assetId) => (assetId ? set(i, { assetId }) : undefined)}
            />
            <TextField label="Language" value={track.language} onChange={(language) => set(i, { language })} />
            <TextField label="Label" value={track.label} onChange={(label) => set(i, { label })} />
            <button
              type="button"
              className="button button-small button-danger-quiet"
              aria-label={`Remove caption track ${track.label}`}
              onClick={() => onChange(captions.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AssetPicker label="Add a caption track" kind="captions" value={null} onChange={add} />
    </fieldset>
  );
}
