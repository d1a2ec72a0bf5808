import { useId, useState } from 'react';
import type { LessonHeader, Lesson } from '../../../../shared';
import { AssetPicker } from '../blocks/asset-picker';
import { useEditor } from '../editor-context';

/** A lesson's optional header: an image from the media library, else a colour band (decorative, so any colour). */
export function LessonHeaderForm({ lesson }: { lesson: Lesson }) {
  const setLessonHeader = useEditor((s) => s.setLessonHeader);
  const colorId = useId();
  const header: LessonHeader = lesson.header ?? { imageAssetId: null, color: null };
  const [color, setColor] = useState(header.color ?? '#1a6b5c');
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
