/** Every keyboard shortcut of the editor (opened with `?`). */
const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Ctrl+Z (⌘Z)', action: 'Undo the last change, anywhere in the editor' },
  { keys: 'Shift+Ctrl+Z (⇧⌘Z) or Ctrl+Y', action: 'Redo' },
  { keys: '?', action: 'Show these shortcuts (outside text fields)' },
  {
    keys: 'Space or Enter on a drag handle ⠿',
    action: 'Pick up a block or lesson; arrows move it, Space drops, Escape cancels',
  },
  { keys: 'Arrow keys in the "Add block" menu', action: 'Choose a block type; Enter inserts it, Escape closes' },
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', action: 'Bold, italic, underline in text' },
  { keys: 'Escape', action: 'Close this panel or cancel a rename' },
];

export function ShortcutsPanel() {
  return (
    <dl className="shortcut-list">
      {SHORTCUTS.map((s) => (
        <div key={s.keys} className="shortcut-row">
          <dt>
            <kbd>{s.keys}</kbd>
          </dt>
          <dd>{s.action}</dd>
        </div>
      ))}
    </dl>
  );
}
