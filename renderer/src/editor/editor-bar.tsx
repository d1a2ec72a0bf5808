import { Image, Keyboard, Library, ListChecks, Redo2, Settings, Undo2 } from 'lucide-react';
import { Button } from '../components/ui/button';
import { IconButton } from '../components/ui/icon-button';
import { useEditor } from './editor-context';
import { SaveIndicator } from './save-indicator';

export type EditorPanel = 'settings' | 'guidance' | 'shortcuts' | 'media' | 'banks' | null;

/** Undo/redo, the saved state, and the buttons that open the side panels. */
export function EditorBar({ panel, onPanel }: { panel: EditorPanel; onPanel: (p: EditorPanel) => void }) {
  const history = useEditor((s) => s.history);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const toggle = (p: Exclude<EditorPanel, null>) => onPanel(panel === p ? null : p);
  return (
    <div className="editor-bar" role="toolbar" aria-label="Editor">
      <IconButton
        icon={Undo2}
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        label={history.undoLabel ? `Undo ${history.undoLabel.toLowerCase()}` : 'Undo'}
        onClick={() => void undo()}
      />
      <IconButton
        icon={Redo2}
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        label={history.redoLabel ? `Redo ${history.redoLabel.toLowerCase()}` : 'Redo'}
        onClick={() => void redo()}
      />
      <SaveIndicator />
      <span className="editor-bar-spacer" />
      <Button
        size="sm"
        variant="quiet"
        icon={Settings}
        aria-pressed={panel === 'settings'}
        onClick={() => toggle('settings')}
      >
        Course settings
      </Button>
      <Button
        size="sm"
        variant="quiet"
        icon={ListChecks}
        aria-pressed={panel === 'guidance'}
        onClick={() => toggle('guidance')}
      >
        Design checklist
      </Button>
      <Button size="sm" variant="quiet" icon={Image} aria-pressed={panel === 'media'} onClick={() => toggle('media')}>
        Media
      </Button>
      <Button size="sm" variant="quiet" icon={Library} aria-pressed={panel === 'banks'} onClick={() => toggle('banks')}>
        Question banks
      </Button>
      <Button
        size="sm"
        variant="quiet"
        icon={Keyboard}
        aria-pressed={panel === 'shortcuts'}
        aria-keyshortcuts="?"
        onClick={() => toggle('shortcuts')}
      >
        Shortcuts
      </Button>
    </div>
  );
}
