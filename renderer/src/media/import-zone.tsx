import { useId, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { ATTACHMENT_EXTENSIONS } from '../../../shared';
import { useStore } from 'zustand';
import type { MediaLibraryState } from './media-library-store';
import { Button } from '../components/ui/button';

const ACCEPT = ['video/*,audio/*,image/*', ...ATTACHMENT_EXTENSIONS].join(',');

/** File chooser, drop zone and upload progress; a path field where files cannot be read (Electron without pathForFile). */
export function ImportZone({ store }: { store: StoreApi<MediaLibraryState> }) {
  const canImportFiles = useStore(store, (s) => s.canImportFiles);
  const uploads = useStore(store, (s) => s.uploads);
  const [dragging, setDragging] = useState(false);
  const [path, setPath] = useState('');
  const inputId = useId();
  const pathId = useId();
  const importFiles = (files: FileList | null) => {
    if (files?.length) void store.getState().importFiles(Array.from(files));
  };
  return (
    <section className="media-import-zone" aria-label="Import media">
      {canImportFiles ? (
        <div
          className={`media-drop-zone${dragging ? ' media-drop-zone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            importFiles(e.dataTransfer.files);
          }}
        >
          <label htmlFor={inputId}>Add video, audio or images</label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(e) => {
              importFiles(e.target.files);
              e.target.value = '';
            }}
          />
          <p className="media-hint">…or drop files here.</p>
        </div>
      ) : (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            void store.getState().importPaths([path.trim()]);
            setPath('');
          }}
        >
          <label htmlFor={pathId}>File path</label>
          <input id={pathId} type="text" value={path} onChange={(e) => setPath(e.target.value)} />
          <Button type="submit" size="sm" disabled={!path.trim()}>
            Import
          </Button>
        </form>
      )}
      {uploads.length ? (
        <ul className="media-uploads" aria-label="Uploads">
          {uploads.map((u) => (
            <li key={u.id}>
              <span>{u.name}</span>{' '}
              {u.state === 'uploading' ? (
                <progress aria-label={`Uploading ${u.name}`} max={u.total || 1} value={u.loaded} />
              ) : (
                <span className={u.state === 'failed' ? 'media-error' : undefined}>
                  {u.state === 'done' ? 'uploaded' : `failed: ${u.error ?? ''}`}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
