import { useId, useState } from 'react';
import type { Asset, BlockOf } from '../../../../shared';
import { fileTransportFor } from '../../api/file-transport';
import { FileImport } from '../../components/common/file-import';
import { useStores } from '../../stores/stores-context';
import { useEditorStores } from '../editor-context';
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
      <AddCaptions
        onAdded={(track) =>
          // A track in the same language is replaced: one track per language, as learners pick by language.
          onChange([...captions.filter((t) => t.language !== track.language), track])
        }
      />
      <AssetPicker label="Or reuse a caption file" kind="captions" value={null} onChange={add} />
    </fieldset>
  );
}

/** "Add captions": an .srt/.vtt upload (a path in Electron) with language and label; SRT becomes WebVTT. */
function AddCaptions({ onAdded }: { onAdded: (track: Track) => void }) {
  const { api, notices } = useStores();
  const { media } = useEditorStores();
  const [transport] = useState(() => fileTransportFor(api));
  const [language, setLanguage] = useState('en');
  const [label, setLabel] = useState('English');
  const ids = { language: useId(), label: useId() };
  return (
    <details className="media-import caption-add">
      <summary>Add captions…</summary>
      <FileImport<{ asset: Asset }>
        transport={transport}
        kind="captions"
        label="Caption file (.srt or .vtt)"
        accept=".srt,.vtt,text/vtt"
        submitLabel="Add captions"
        params={{ language: language.trim(), label: label.trim() }}
        disabled={!language.trim() || !label.trim()}
        importPath={(path) => api.invoke('captions.import', { path, language: language.trim(), label: label.trim() })}
        onImported={({ asset }) => {
          void media.getState().load();
          onAdded({ assetId: asset.id, language: language.trim(), label: label.trim() });
          notices.getState().pushInfo(`Captions “${label.trim()}” added.`);
        }}
        onError={(e) => notices.getState().pushError(e)}
      >
        <div className="block-fields-row">
          <div className="field">
            <label htmlFor={ids.language}>Language code</label>
            <input id={ids.language} type="text" value={language} onChange={(e) => setLanguage(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.label}>Label learners see</label>
            <input id={ids.label} type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
          </div>
        </div>
      </FileImport>
    </details>
  );
}
