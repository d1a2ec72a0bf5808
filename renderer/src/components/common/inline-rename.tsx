import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

/** An in-place title editor: Enter saves, Escape cancels; focus starts in the field with the text selected. */
export function InlineRename({
  initial,
  label,
  onSave,
  onDone,
  compact,
}: {
  initial: string;
  /** Accessible name of the field, e.g. "New title for Course A". */
  label: string;
  /** Resolves true when saved; the editor stays open (keeping the text) when it fails. */
  onSave: (title: string) => Promise<boolean>;
  /** Called after a save or cancel, so the owner can close the editor and restore focus. */
  onDone: () => void;
  /** One-line rows (the outline): no buttons; Enter or leaving the field saves, Escape cancels. */
  compact?: boolean;
}) {
  const [title, setTitle] = useState(initial);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  // Set once the editor is saving or cancelled, so the blur that follows (compact rows) does nothing.
  const finished = useRef(false);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (finished.current) return;
    const trimmed = title.trim();
    finished.current = true;
    if (!trimmed || trimmed === initial) return onDone();
    setSaving(true);
    const saved = await onSave(trimmed);
    setSaving(false);
    if (saved) onDone();
    else finished.current = false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      finished.current = true;
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  };

  return (
    <form className={`inline-rename${compact ? ' inline-rename-compact' : ''}`} onSubmit={submit}>
      <input
        ref={input}
        type="text"
        aria-label={label}
        value={title}
        maxLength={200}
        disabled={saving}
        autoComplete="off"
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={compact ? () => void submit() : undefined}
      />
      {compact ? null : (
        <>
          <button type="submit" className="button button-primary button-small" disabled={saving}>
            Save
          </button>
          <button type="button" className="button button-small" onClick={onDone} disabled={saving}>
            Cancel
          </button>
        </>
      )}
    </form>
  );
}
