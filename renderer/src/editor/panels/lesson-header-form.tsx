import { useId, useState } from 'react';
import type { Lesson, LessonHeader } from '../../../../shared';
import { AssetPicker } from '../blocks/asset-picker';
import { CheckboxField } from '../blocks/fields';
import { BlurText } from './settings-panel';
import { useEditor } from '../editor-context';

/**
 * A lesson's optional header: an image from the media library (with alt text, or marked decorative), else a colour
 * band (decorative, so any colour).
 */
export function LessonHeaderForm({ lesson }: { lesson: Lesson }) {
  const setLessonHeader = useEditor((s) => s.setLessonHeader);
  const colorId = useId();
  const header: LessonHeader = lesson.header ?? {
    imageAssetId: null,
    color: null,
    imageAlt: '',
    imageDecorative: false,
  };
  const [color, setColor] = useState(header.color ?? '#1a6b5c');
  // Undo/redo changes the stored colour under the picker: follow it (as BlurText does).
  const [storedColor, setStoredColor] = useState(header.color);
  if (header.color !== storedColor) {
    setStoredColor(header.color);
    if (header.color !== null) setColor(header.color);
  }
  const save = (next: LessonHeader) => void setLessonHeader(lesson.id, next.imageAssetId || next.color ? next : null);
  return (
    <details className="lesson-header-form">
      <summary>Lesson header{header.imageAssetId ? ': image' : header.color ? ': colour band' : ''}</summary>
      <AssetPicker
        label="Header image"
        kind="image"
        value={header.imageAssetId}
        onChange={(imageAssetId) => save({ ...header, imageAssetId })}
      />
      {header.imageAssetId ? (
        <>
          <CheckboxField
            label="Header image is decorative (screen readers skip it)"
            checked={header.imageDecorative}
            onChange={(imageDecorative) => save({ ...header, imageDecorative })}
          />
          {header.imageDecorative ? null : (
            <BlurText
              label="Header image alt text (what the image shows)"
              value={header.imageAlt}
              validate={(v) => (v.length > 300 ? 'At most 300 characters' : null)}
              onCommit={(imageAlt) => save({ ...header, imageAlt })}
            />
          )}
        </>
      ) : null}
      <div className="field field-inline">
        <input
          id={colorId}
          type="checkbox"
          checked={header.color !== null}
          onChange={(e) => save({ ...header, color: e.target.checked ? color : null })}
        />
        <label htmlFor={colorId}>Colour band (when there is no image)</label>
        <input
          type="color"
          aria-label="Band colour"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          onBlur={() => header.color !== null && color !== header.color && save({ ...header, color })}
        />
      </div>
    </details>
  );
}
