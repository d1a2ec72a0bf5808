import { useId, useState } from 'react';
import type { AppErrorShape, Asset, CoursewrightApi } from '../../../shared';
import { fileTransportFor } from '../api/file-transport';
import { FileImport } from '../components/common/file-import';

/** "English" for `en`, "Deutsch" for `de`: the label learners see by default, in the track's own language. */
export function languageLabel(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}

/**
 * The media panel's video row: "Add captions" (an .srt/.vtt upload, a path in Electron, with language and label,
 * added to every block showing the video) and "Create captions" (placeholder cues timed to the speech, opened in
 * the cue editor so the author only types the words).
 */
export function VideoCaptionsActions({
  api,
  videoAssetId,
  fileName,
  defaultLanguage,
  onChanged,
  onEdit,
  onError,
}: {
  api: CoursewrightApi;
  videoAssetId: string;
  fileName: string;
  defaultLanguage: string;
  /** After a track was added (reload lists). */
  onChanged: () => void;
  /** Opens the cue editor on a captions asset. */
  onEdit: (captionsAssetId: string) => void;
  onError: (error: AppErrorShape) => void;
}) {
  const [transport] = useState(() => fileTransportFor(api));
  const [language, setLanguage] = useState(defaultLanguage);
  const [label, setLabel] = useState(() => languageLabel(defaultLanguage));
  const [creating, setCreating] = useState(false);
  const ids = { language: useId(), label: useId() };
  const lang = language.trim();
  const name = label.trim();

  const attach = async (asset: Asset) => {
    const r = await api.invoke('captions.attach', {
      videoAssetId,
      captionsAssetId: asset.id,
      language: lang,
      label: name,
    });
    if (!r.ok) return onError(r.error);
    onChanged();
  };

  const create = async () => {
    setCreating(true);
    const r = await api.invoke('captions.create', { videoAssetId, language: lang, label: name });
    setCreating(false);
    if (!r.ok) return onError(r.error);
    onChanged();
    onEdit(r.value.asset.id);
  };

  return (
    <details className="media-import caption-add">
      <summary>
        Captions… <span className="visually-hidden">{`for ${fileName}`}</span>
      </summary>
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
      <button
        type="button"
        className="button button-small"
        disabled={creating || !lang || !name}
        onClick={() => void create()}
      >
        {creating ? 'Finding speech…' : 'Create captions'}
      </button>
      <FileImport<{ asset: Asset }>
        transport={transport}
        kind="captions"
        label="Caption file (.srt or .vtt)"
        accept=".srt,.vtt,text/vtt"
        submitLabel="Add captions"
        params={{ language: lang, label: name }}
        disabled={!lang || !name}
        importPath={(path) => api.invoke('captions.import', { path, language: lang, label: name })}
        onImported={({ asset }) => void attach(asset)}
        onError={onError}
      />
    </details>
  );
}
