import { useId, useState, type FormEvent } from 'react';

/**
 * One labelled title field and a submit button (Enter submits). Clears itself when `onSubmit`
 * reports success, so several items can be added in a row without touching the mouse.
 */
export function TitleForm({
  label,
  submitLabel,
  onSubmit,
  disabled,
  className,
  placeholder,
  hideLabel,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (title: string) => Promise<boolean>;
  disabled?: boolean;
  className?: string;
  placeholder?: string;
  /** Keep the label for assistive technology only (the placeholder shows what to type). */
  hideLabel?: boolean;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const trimmed = title.trim();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!trimmed || disabled) return;
    if (await onSubmit(trimmed)) setTitle('');
  };
  return (
    <form className={`title-form ${className ?? ''}`} onSubmit={submit}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="title-form-row">
        <input
          id={id}
          type="text"
          value={title}
          maxLength={200}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={disabled || !trimmed}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
