import type { BlockOf } from '../../../../shared';
import type { EditorPartRegistry } from './block-part-types';
import { AssetPicker } from './asset-picker';
import { CheckboxField, TextArea, TextField } from './fields';
import { CaptionTracksEditor } from './caption-tracks-editor';
import { MediaImportForm } from '../media/media-import-form';

function ImageEditor({ block, onChange }: { block: BlockOf<'image'>; onChange: (b: BlockOf<'image'>) => void }) {
  return (
    <div className="block-fields">
      <AssetPicker
        label="Image file"
        kind="image"
        value={block.assetId}
        onChange={(assetId) => onChange({ ...block, assetId })}
      />
      <MediaImportForm onImported={(assetId) => onChange({ ...block, assetId })} />
      <CheckboxField
        label="Decorative (screen readers skip it)"
        checked={block.decorative}
        onChange={(decorative) => onChange({ ...block, decorative })}
      />
      {block.decorative ? null : (
        <TextField
          label="Alt text (what the image shows)"
          value={block.alt}
          onChange={(alt) => onChange({ ...block, alt })}
        />
      )}
      <TextField
        label="Caption (optional)"
        value={block.caption ?? ''}
        onChange={(caption) => {
          const { caption: _old, ...rest } = block;
          onChange(caption ? { ...rest, caption } : rest);
        }}
      />
    </div>
  );
}

function VideoEditor({ block, onChange }: { block: BlockOf<'video'>; onChange: (b: BlockOf<'video'>) => void }) {
  return (
    <div className="block-fields">
      <AssetPicker
        label="Video file"
        kind="video"
        value={block.assetId}
        onChange={(assetId) => onChange({ ...block, assetId })}
      />
      <MediaImportForm onImported={(assetId) => onChange({ ...block, assetId })} />
      <TextField label="Video title" value={block.title} onChange={(title) => onChange({ ...block, title })} />
      <AssetPicker
        label="Poster image (optional)"
        kind="image"
        value={block.posterAssetId ?? null}
        onChange={(posterAssetId) => {
          const { posterAssetId: _old, ...rest } = block;
          onChange(posterAssetId ? { ...rest, posterAssetId } : rest);
        }}
      />
      <CaptionTracksEditor
        captions={block.captions}
        videoAssetId={block.assetId}
        onChange={(captions) => onChange({ ...block, captions })}
      />
    </div>
  );
}

function AudioEditor({ block, onChange }: { block: BlockOf<'audio'>; onChange: (b: BlockOf<'audio'>) => void }) {
  return (
    <div className="block-fields">
      <AssetPicker
        label="Audio file"
        kind="audio"
        value={block.assetId}
        onChange={(assetId) => onChange({ ...block, assetId })}
      />
      <MediaImportForm onImported={(assetId) => onChange({ ...block, assetId })} />
      <TextField label="Audio title" value={block.title} onChange={(title) => onChange({ ...block, title })} />
      <TextArea
        label="Transcript"
        rows={4}
        value={block.transcript ?? ''}
        onChange={(transcript) => {
          const { transcript: _old, ...rest } = block;
          onChange(transcript ? { ...rest, transcript } : rest);
        }}
      />
    </div>
  );
}

export const mediaParts: Pick<EditorPartRegistry, 'image' | 'video' | 'audio'> = {
  image: ImageEditor,
  video: VideoEditor,
  audio: AudioEditor,
};
