import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorState } from './editor-store';

type ShortcutAction = 'undo' | 'redo' | 'help' | null;

/** Maps a key press to an editor action (pure, so it is unit-tested). */
export function shortcutFor(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  inTextField: boolean;
}): ShortcutAction {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && !e.shiftKey && key === 'y') return 'redo';
  if (!mod && !e.altKey && e.key === '?' && !e.inTextField) return 'help';
  return null;
}

const isTextField = (el: Element | null): boolean =>
  !!el &&
  (el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'color'].includes(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable) ||
    el instanceof HTMLSelectElement);

/** Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y drive the editor-wide history everywhere, including text fields. */
export function useEditorShortcuts(editor: StoreApi<EditorState>, openHelp: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // KeyboardEvent fields are prototype getters: spread would drop them, so copy them by name.
      const action = shortcutFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        inTextField: isTextField(document.activeElement),
      });
      if (!action) return;
      // Dialogs (confirmations, the export dialog) keep their own keys.
      if (document.activeElement?.closest('dialog[open]')) return;
      e.preventDefault();
      if (action === 'undo') void editor.getState().undo();
      else if (action === 'redo') void editor.getState().redo();
      else openHelp();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, openHelp]);
}
