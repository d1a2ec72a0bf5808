import { useEffect, useId, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CaptionEditorState } from './caption-editor-store';
import { Plus, Save, X } from 'lucide-react';
import { Button } from '../components/ui/button';
import { IconButton } from '../components/ui/icon-button';

const VALIDATE_DELAY_MS = 250;

/** Editable cue table for one captions asset, validated as you type and saved as a new asset. */
export function CaptionEditor({ store }: { store: StoreApi<CaptionEditorState> }) {
  const s = useStore(store, (state) => state);
  const { cues, issues } = s;
  const [transcript, setTranscript] = useState('');
  const transcriptId = useId();
  useEffect(() => {
    if (s.status !== 'ready' || !s.dirty) return;
    const timer = setTimeout(() => void store.getState().validate(), VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cues, s.status, s.dirty, store]);
  if (s.status === 'closed') return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <section className="caption-editor" aria-label="Caption cues">
      <h3>Caption cues</h3>
      {s.status === 'loading' ? <p>Loading captions…</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Text</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cues.map((cue, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Cue ${i + 1} start`}
                  value={cue.start}
                  size={12}
                  onChange={(e) => store.getState().editCue(i, { start: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Cue ${i + 1} end`}
                  value={cue.end}
                  size={12}
                  onChange={(e) => store.getState().editCue(i, { end: e.target.value })}
                />
              </td>
              <td>
                <textarea
                  aria-label={`Cue ${i + 1} text`}
                  value={cue.text}
                  rows={2}
                  onChange={(e) => store.getState().editCue(i, { text: e.target.value })}
                />
              </td>
              <td>
                <IconButton
                  icon={X}
                  variant="danger-quiet"
                  label={`Remove cue ${i + 1}`}
                  onClick={() => store.getState().removeCue(i)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div role="status" aria-live="polite" className="caption-issues">
        {issues.length === 0 ? (
          <p>No problems found.</p>
        ) : (
          <ul>
            {issues.map((issue, i) => (
              <li key={i} className={issue.severity === 'error' ? 'media-error' : undefined}>
                {issue.severity} (line {issue.line}): {issue.message}
              </li>
            ))}
          </ul>
        )}
        {s.savedAssetId && !s.dirty ? <p>Captions saved.</p> : null}
      </div>
      <details className="caption-transcript">
        <summary>Paste a transcript…</summary>
        <label htmlFor={transcriptId}>Transcript (spread over the cues by their timing)</label>
        <textarea id={transcriptId} rows={4} value={transcript} onChange={(e) => setTranscript(e.target.value)} />
        <Button
          size="sm"
          disabled={!transcript.trim() || cues.length === 0}
          onClick={() => {
            store.getState().pasteTranscript(transcript);
            setTranscript('');
          }}
        >
          Fill cues from transcript
        </Button>
      </details>
      <div className="caption-editor-actions">
        <Button size="sm" icon={Plus} onClick={() => store.getState().addCue()}>
          Add cue
        </Button>
        <Button
          size="sm"
          variant="primary"
          icon={Save}
          disabled={s.status !== 'ready' || !s.dirty || errors > 0}
          onClick={() => void store.getState().save()}
        >
          Save captions
        </Button>
        <Button size="sm" variant="quiet" onClick={() => store.getState().close()}>
          Close captions
        </Button>
      </div>
    </section>
  );
}
