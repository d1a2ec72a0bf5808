import { CircleCheck, LoaderCircle, TriangleAlert } from 'lucide-react';
import { Button } from '../components/ui/button';
import { useEditor } from './editor-context';
import { saveStatusOf } from './editor-store';

/** "Saving…", "All changes saved" (only once the server answered), or what went wrong with a retry button. */
export function SaveIndicator() {
  const status = useEditor(saveStatusOf);
  const retry = useEditor((s) => s.retry);
  const reason = useEditor((s) => Object.values(s.invalid)[0]);
  const Icon = status === 'saved' ? CircleCheck : status === 'saving' ? LoaderCircle : TriangleAlert;
  return (
    <div className={`save-indicator save-${status}`} data-status={status}>
      <Icon className="save-icon" aria-hidden="true" focusable="false" />
      <span role="status" aria-live="polite">
        {status === 'saved' ? 'All changes saved' : null}
        {status === 'saving' ? 'Saving…' : null}
        {status === 'invalid' ? `Not saved yet: ${reason ?? 'fix the highlighted field'}` : null}
        {status === 'error' ? 'Changes could not be saved' : null}
      </span>
      {status === 'error' || status === 'invalid' ? (
        <Button size="sm" onClick={() => void retry()}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}
