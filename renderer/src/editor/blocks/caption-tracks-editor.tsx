import { X } from 'lucide-react';
import { useState } from 'react';
import type { BlockOf } from '../../../../shared';
import { IconButton } from '../../components/ui/icon-button';
import { CaptionEditor } from '../../media/caption-editor';
import { createCaptionEditorStore } from '../../media/caption-editor-store';
import { VideoCaptionsActions } from '../../media/video-captions-actions';
import { useCourse, useStores } from '../../stores/stores-context';
import { useEditorStores } from '../editor-context';
import { AssetPicker } from './asset-picker';
import { TextField } from './fields';

type Track = BlockOf<'video'>['captions'][number];

/** The video's caption tracks: a WebVTT/SRT asset, its language and the label learners see. */
export function CaptionTracksEditor({
  captions,
  videoAssetId,
  onChange,
}: {
  captions: Track[];
  /** The block's video (null while none is chosen). */
  videoAssetId: string | null;
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
            <IconButton
              icon={X}
              variant="danger-quiet"
              label={`Remove caption track ${track.label}`}
              onClick={() => onChange(captions.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ul>
      <BlockCaptionActions
        videoAssetId={videoAssetId}
        onAdded={(track) =>
          // A track in the same language is replaced: one track per language, as learners pick by language.
          onChange([...captions.filter((t) => t.language !== track.language), track])
        }
      />
      <AssetPicker label="Or reuse a caption file" kind="captions" value={null} onChange={add} />
    </fieldset>
  );
}

/**
 * "Add captions…" on the block: the media row's caption-track actions (`VideoCaptionsActions`, one implementation)
 * with this block as the place the track goes, and the cue editor for a track made by "Create captions".
 */
function BlockCaptionActions({
  videoAssetId,
  onAdded,
}: {
  videoAssetId: string | null;
  onAdded: (track: Track) => void;
}) {
  const { api, notices, course } = useStores();
  const { media, editor } = useEditorStores();
  const language = useCourse((s) => s.tree?.language ?? 'en');
  const onError = notices.getState().pushError;
  const [cues] = useState(() =>
    createCaptionEditorStore({
      api,
      onError,
      // A saved cue file is a new asset the host re-points the blocks to: show them again.
      onSaved: () => {
        void media.getState().load();
        void course.getState().refresh();
      },
    }),
  );
  return (
    <>
      <VideoCaptionsActions
        api={api}
        summary="Add captions…"
        videoAssetId={videoAssetId}
        defaultLanguage={language}
        // The host attaches created captions to the stored blocks showing the video: store this one first.
        prepare={() => editor.getState().flush()}
        onAdded={(track) => {
          void media.getState().load();
          onAdded(track);
          notices.getState().pushInfo(`Captions “${track.label}” added.`);
        }}
        onCreated={(track) => {
          void media.getState().load();
          onAdded(track);
          void cues.getState().open(track.assetId);
        }}
        onError={onError}
      />
      <CaptionEditor store={cues} />
    </>
  );
}
