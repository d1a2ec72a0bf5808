import { useId } from 'react';
import { EMBED_HEIGHT, isEmbedUrl, type BlockOf } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { NumberField, SelectField, TextArea, TextField } from './fields';

const ASPECT_OPTIONS = [
  { value: '16:9', label: 'Wide (16:9)' },
  { value: '4:3', label: 'Standard (4:3)' },
  { value: '1:1', label: 'Square' },
  { value: 'fixed', label: 'Fixed height' },
] as const;

function EmbedEditor({ block, onChange }: EditorPartProps<'embed'>) {
  const urlHint = useId();
  const badUrl = block.url !== '' && !isEmbedUrl(block.url);
  return (
    <div className="block-fields">
      <TextField
        label="Web address (https://)"
        value={block.url}
        placeholder="https://"
        onChange={(url) => onChange({ ...block, url: url.trim() })}
      />
      {badUrl ? (
        <p id={urlHint} className="field-error" role="alert">
          Only https:// addresses can be embedded.
        </p>
      ) : null}
      <TextField
        label="Title (read by screen readers)"
        value={block.title}
        required
        onChange={(title) => onChange({ ...block, title })}
      />
      <SelectField<BlockOf<'embed'>['aspect']>
        label="Shape"
        value={block.aspect}
        options={ASPECT_OPTIONS}
        onChange={(aspect) => onChange({ ...block, aspect })}
      />
      {block.aspect === 'fixed' ? (
        <NumberField
          integer
          label="Height in pixels"
          value={block.height}
          min={EMBED_HEIGHT.min}
          max={EMBED_HEIGHT.max}
          onChange={(height) => Number.isFinite(height) && onChange({ ...block, height: Math.round(height) })}
        />
      ) : null}
      <TextArea
        label="Offline text (shown when the page cannot load)"
        rows={3}
        value={block.fallback}
        onChange={(fallback) => onChange({ ...block, fallback })}
      />
    </div>
  );
}

export const embedParts: Pick<EditorPartRegistry, 'embed'> = { embed: EmbedEditor };
