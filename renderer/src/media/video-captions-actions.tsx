import { Captions } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import type { AppErrorShape, Asset, CoursewrightApi } from '../../../shared';
import { fileTransportFor } from '../api/file-transport';
import { FileImport } from '../components/common/file-import';
import { Button } from '../components/ui/button';

/** "English" for `en`, "Deutsch" for `de`: the label learners see by default, in the track's own language. */
function languageLabel(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}

/** A caption track as the video block stores it. */
interface NewCaptionTrack {
  assetId: string;
  language: string;
  label: string;
}

/**
 * The caption-track actions of a video, the one implementation behind the media panel's video row and the video
 * block's caption section: language and label, "Create captions" (placeholder cues timed to the speech, which the
 * host attaches to every block showing the video) and "Add captions" (an .srt/.vtt upload, a path in Electron; SRT
 * becomes WebVTT). Where the new track goes is the caller's: `onAdded` (the row attaches it through the host, the
 * block adds it to its own tracks), `onCreated` then opens the cue editor.
 */
export function VideoCaptionsActions({
  api,
  summary,
  videoAssetId,
  defaultLanguage,
  prepare,
  onAdded,
  onCreated,
  onError,
}: {
  api: CoursewrightApi;
  /** The disclosure's visible text (with any screen-reader context). */
  summary: ReactNode;
  /** The video the captions belong to; null while the block has none ("Create captions" needs one). */
  videoAssetId: string | null;
  defaultLanguage: string;
  /** Runs before "Create captions" asks the host (the editor stores pending typing, so the block shows the video). */
  prepare?: () => Promise<void>;
  /** An uploaded caption file, to put on the video. */
  onAdded: (track: NewCaptionTrack) => void | Promise<void>;
  /** Placeholder captions made and attached by the host: typically opens the cue editor on `track.assetId`. */
  onCreated: (track: NewCaptionTrack) => void | Promise<void>;
  onError: (error: AppErrorShape) => void;
}) {
  const [transport] = useState(() => fileTransportFor(api));
  const [language, setLanguage] = useState(defaultLanguage);
  const [label, setLabel] = useState(() => languageLabel(defaultLanguage));
  const [creating, setCreating] = useState(false);
  const ids = { language: useId(), label: useId() };
  const lang = language.trim();
  const name = label.trim();

  const create = async () => {
    if (!videoAssetId) return;
    setCreating(true);
    try {
      await prepare?.();
      const r = await api.invoke('captions.create', { videoAssetId, language: lang, label: name });
      if (!r.ok) return onError(r.error);
      await onCreated({ assetId: r.value.asset.id, language: lang, label: name });
    } finally {
      setCreating(false);
    }
  };

  return (
    <details className="media-import caption-add">
      <summary>{summary}</summary>
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
      <Button
        size="sm"
        icon={Captions}
        disabled={creating || !lang || !name || !videoAssetId}
        title={videoAssetId ? undefined : 'Choose the video first'}
        onClick={() => void create()}
      >
        {creating ? 'Finding speech…' : 'Create captions'}
      </Button>
      <FileImport<{ asset: Asset }>
        transport={transport}
        kind="captions"
        label="Caption file (.srt or .vtt)"
        accept=".srt,.vtt,text/vtt"
        submitLabel="Add captions"
        params={{ language: lang, label: name }}
        disabled={!lang || !name}
        importPath={(path) => api.invoke('captions.import', { path, language: lang, label: name })}
        onImported={({ asset }) => void onAdded({ assetId: asset.id, language: lang, label: name })}
        onError={onError}
      />
    </details>
  );
}
