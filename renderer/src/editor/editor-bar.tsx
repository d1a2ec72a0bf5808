import { useEditor } from './editor-context';
import { SaveIndicator } from './save-indicator';

export type EditorPanel = 'settings' | 'guidance' | 'shortcuts' | 'media' | null;

/** Undo/redo, the saved state, and the buttons that open the side panels. */
export function EditorBar({ panel, onPanel }: { panel: EditorPanel; onPanel: (p: EditorPanel) => void }) {
  const history = useEditor((s) => s.history);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const toggle = (p: Exclude<EditorPanel, null>) => onPanel(panel === p ? null : p);
  return (
    <div className="editor-bar" role="toolbar" aria-label="Editor">
      <button
        type="button"
        className="button button-small"
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        aria-label={history.undoLabel ? `Undo ${history.undoLabel.toLowerCase()}` : 'Undo'}
        onClick={() => void undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        aria-label={history.redoLabel ? `Redo ${history.redoLabel.toLowerCase()}` : 'Redo'}
        onClick={() => void redo()}
      >
        Redo
      </button>
      <SaveIndicator />
      <span className="editor-bar-spacer" />
      <button
        type="button"
        className="button button-small"
        aria-pressed={panel === 'settings'}
        onClick={() => toggle('settings')}
      >
        Course settings
      </button>
      <button
        type="button"
        className="button button-small"
        aria-pressed={panel === 'guidance'}
        onClick={() => toggle('guidance')}
      >
        Design checklist
      </button>
      <button
        type="button"
        className="button button-small"
        aria-pressed={panel === 'media'}
        onClick={() => toggle('media')}
      >
        Media
      </button>
      <button
        type="button"
        className="button button-small"
        aria-pressed={panel === 'shortcuts'}
        aria-keyshortcuts="?"
        onClick={() => toggle('shortcuts')}
      >
        Shortcuts
      </button>
    </div>
  );
}
