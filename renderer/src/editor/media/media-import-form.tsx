import { useId, useState } from 'react';
import { useCourse } from '../../stores/stores-context';
import { useEditorStores } from '../editor-context';

/**
 * Adds a file to the media library by its path on the machine running Coursewright (the browser
 * host cannot open a file dialog), then hands the new asset to the block.
 */
export function MediaImportForm({ onImported }: { onImported: (assetId: string) => void }) {
  const { media } = useEditorStores();
  const courseId = useCourse((s) => s.courseId);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <details className="media-import">
      <summary>Import a file into the media library…</summary>
      <div className="block-fields-row">
        <div className="field field-grow">
          <label htmlFor={id}>File path</label>
          <input id={id} type="text" value={path} onChange={(e) => setPath(e.target.value)} />
        </div>
        <button
          type="button"
          className="button button-small"
          disabled={busy || !path.trim()}
          onClick={async () => {
            setBusy(true);
            const [assetId] = await media.getState().importPaths([path.trim()], courseId ?? undefined);
            setBusy(false);
            if (assetId) {
              setPath('');
              onImported(assetId);
            }
          }}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </details>
  );
}
