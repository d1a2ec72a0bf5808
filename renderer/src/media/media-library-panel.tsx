import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CourseOutline } from '../../../shared';
import { useCourseBlocks } from '../stores/use-course-blocks';
import { isBrowserApi } from '../api/browser-api';
import { useStores } from '../stores/stores-context';
import { createCaptionEditorStore } from './caption-editor-store';
import { CaptionEditor } from './caption-editor';
import { videoCaptionTracks } from './caption-tracks';
import { VideoCaptionsActions } from './video-captions-actions';
import { ImportZone } from './import-zone';
import { MediaAssetRow, type AssetRowActions } from './media-asset-row';
import { createMediaLibraryStore } from './media-library-store';
import { xhrUploader } from './upload-file';
import { Eraser } from 'lucide-react';
import { Button } from '../components/ui/button';
import './media-library.css';

const VIDEO = ['video'] as const;

/** The media library: import, transcode progress, cancel/retry, delete, clean-up and caption editing. */
export function MediaLibraryPanel({ tree }: { tree: CourseOutline }) {
  const courseId = tree.id;
  // The course's video blocks come from the host: the editor holds only the lessons opened.
  const videos = useCourseBlocks(VIDEO);
  const captionTracks = useMemo(() => videoCaptionTracks((videos ?? []).map((f) => f.block)), [videos]);
  const { api, notices } = useStores();
  const [stores] = useState(() => {
    const onError = notices.getState().pushError;
    const library = createMediaLibraryStore({
      api,
      onError,
      // Only the browser host has the upload route; Electron reads files by path.
      uploader: isBrowserApi(api) ? xhrUploader : null,
      courseId,
    });
    const captions = createCaptionEditorStore({ api, onError, onSaved: () => void library.getState().load() });
    return { library, captions };
  });
  const items = useStore(stores.library, (s) => s.items);
  const status = useStore(stores.library, (s) => s.status);
  const live = useStore(stores.library, (s) => s.jobs);
  const announcement = useStore(stores.library, (s) => s.announcement);
  const inUse = useStore(stores.library, (s) => s.inUse);

  useEffect(() => {
    const unwatch = stores.library.getState().watch();
    void stores.library.getState().load();
    return unwatch;
  }, [stores]);

  const actions: AssetRowActions = {
    onCancel: (jobId) => void stores.library.getState().cancel(jobId),
    onRetry: (jobId) => void stores.library.getState().retry(jobId),
    onDelete: (assetId) => void stores.library.getState().remove(assetId),
    onEditCaptions: (assetId) => void stores.captions.getState().open(assetId),
    renderVideoCaptions: (item) => (
      <VideoCaptionsActions
        api={api}
        summary={
          <>
            Captions… <span className="visually-hidden">{`for ${item.fileName}`}</span>
          </>
        }
        videoAssetId={item.id}
        defaultLanguage={tree.language}
        onAdded={async (track) => {
          // The row's track goes on every block showing the video.
          const r = await api.invoke('captions.attach', {
            videoAssetId: item.id,
            captionsAssetId: track.assetId,
            language: track.language,
            label: track.label,
          });
          if (!r.ok) return notices.getState().pushError(r.error);
          void stores.library.getState().load();
        }}
        onCreated={(track) => {
          void stores.library.getState().load();
          void stores.captions.getState().open(track.assetId);
        }}
        onError={notices.getState().pushError}
      />
    ),
  };

  return (
    <div className="media-library">
      <ImportZone store={stores.library} />
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {inUse ? (
        <div role="alert" className="media-in-use">
          <p>{inUse.fileName} is still used and was not deleted:</p>
          <ul aria-label="Where it is used">
            {inUse.places.map((p, i) => (
              <li key={i}>
                {p.lessonTitle
                  ? `${p.courseTitle} › ${p.lessonTitle} (${p.blockType ?? ''} block)`
                  : `${p.courseTitle} (course logo)`}
              </li>
            ))}
          </ul>
          <Button size="sm" onClick={() => stores.library.getState().dismissInUse()}>
            OK
          </Button>
        </div>
      ) : null}
      {status === 'loading' ? <p>Loading media…</p> : null}
      {status === 'ready' && items.length === 0 ? <p>No media yet.</p> : null}
      <ul className="media-assets" aria-label="Media assets">
        {items.map((item) => (
          <MediaAssetRow
            key={item.id}
            item={item}
            live={live}
            actions={actions}
            captions={captionTracks[item.id] ?? []}
          />
        ))}
      </ul>
      <CaptionEditor store={stores.captions} />
      <Button size="sm" icon={Eraser} onClick={() => void stores.library.getState().cleanup()}>
        Clean up unused media
      </Button>
    </div>
  );
}
