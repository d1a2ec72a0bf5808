import { useEditor } from './editor-context';
import { saveStatusOf } from './editor-store';

/** "Saving…", "All changes saved", or what went wrong with a retry button. Announced politely. */
export function SaveIndicator() {
  const status = useEditor(saveStatusOf);
  const retry = useEditor((s) => s.retry);
  const reason = useEditor((s) => Object.values(s.invalid)[0]);
  return (
    <div className={`save-indicator save-${status}`}>
      <span role="status" aria-live="polite">
        {status === 'saved' ? 'All changes saved' : null}
        {status === 'saving' ? 'Saving…' : null}
        {status === 'invalid' ? `Not saved yet: ${reason ?? 'fix the highlighted field'}` : null}
        {status === 'error' ? 'Changes could not be saved' : null}
      </span>
      {status === 'error' || status === 'invalid' ? (
        <button type="button" className="button button-small" onClick={() => void retry()}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
