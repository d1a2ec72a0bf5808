import { useEffect, useId } from 'react';
import type { MediaItem } from '../../../../shared';
import { useEditorStores, useMedia } from '../editor-context';

type PickKind = MediaItem['kind'];

/** Percent text for a running transcode, or the item's status. */
export function mediaStatusText(item: MediaItem | undefined, fraction: number | undefined): string {
  if (!item) return 'No file chosen';
  if (item.status === 'processing')
    return fraction !== undefined ? `Processing ${Math.round(fraction * 100)}%` : 'Processing…';
  if (item.status === 'failed') return 'Processing failed';
  return 'Ready';
}

/** Picks an asset of one kind from the media library (`media.list`), showing processing state. */
export function AssetPicker({
  label,
  kind,
  value,
  onChange,
  allowNone = true,
}: {
  label: string;
  kind: PickKind;
  value: string | null;
  onChange: (assetId: string | null) => void;
  allowNone?: boolean;
}) {
  const id = useId();
  const statusId = useId();
  const { media } = useEditorStores();
  const items = useMedia((s) => s.items);
  const status = useMedia((s) => s.status);
  const progress = useMedia((s) => (value ? s.progress[value] : undefined));
  useEffect(() => {
    if (media.getState().status === 'idle') void media.getState().load();
  }, [media]);
  const options = items.filter((i) => i.kind === kind);
  const chosen = items.find((i) => i.id === value);
  return (
    <div className="field asset-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={statusId}
        onChange={(e) => onChange(e.target.value || null)}
      >
        {allowNone ? (
          <option value="">{options.length ? '— Choose a file —' : '— No files in the media library —'}</option>
        ) : null}
        {value && !chosen && status === 'ready' ? <option value={value}>Missing file</option> : null}
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {item.fileName}
            {item.status !== 'ready' ? ` (${item.status})` : ''}
          </option>
        ))}
      </select>
      <span id={statusId} className={`field-hint media-status media-status-${chosen?.status ?? 'none'}`}>
        {value ? mediaStatusText(chosen, progress?.fraction) : ''}
        {chosen?.status === 'processing' ? (
          <progress max={1} value={progress?.fraction ?? undefined} aria-label={`${label} processing`} />
        ) : null}
      </span>
    </div>
  );
}
