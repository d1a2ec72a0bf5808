import { useId, useState, type ReactNode } from 'react';

/** Small labelled form controls shared by the block editors (every control has a visible label). */

export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  required?: boolean;
  className?: string;
}) {
  const id = useId();
  const invalid = props.required && props.value.trim() === '';
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={invalid || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function TextArea(props: { label: string; value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} rows={props.rows ?? 3} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="field-check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} /> {props.label}
    </label>
  );
}

/**
 * A number input that keeps what the designer types as a local draft: emptying it to type a new number must not
 * snap the stored value back in. Each valid number (within min..max, whole when `integer`) is sent as typed; on blur
 * an empty draft shows the stored value again, and an invalid one does too, with an error saying what was refused.
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  hint?: string;
  integer?: boolean;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(props.value));
  const [base, setBase] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  // Undo/redo or another field changes the stored value under us: follow it, unless the draft already says it.
  if (props.value !== base) {
    setBase(props.value);
    if (parseDraft(draft) !== props.value) {
      setDraft(String(props.value));
      setError(null);
    }
  }
  const valid = (n: number | null): n is number =>
    n !== null && n >= props.min && n <= props.max && (!props.integer || Number.isInteger(n));
  const describedBy = [props.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field field-number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        step={props.integer ? 1 : 'any'}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          setError(null);
          const n = parseDraft(text);
          if (valid(n) && n !== props.value) props.onChange(n);
        }}
        onBlur={() => {
          if (valid(parseDraft(draft))) return;
          if (draft.trim() !== '') {
            const kind = props.integer ? 'a whole number' : 'a number';
            setError(`Enter ${kind} from ${props.min} to ${props.max}; ${draft} was not kept.`);
          }
          setDraft(String(props.value));
        }}
      />
      {props.hint ? (
        <span id={hintId} className="field-hint">
          {props.hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The number a draft spells, or null for an empty or half-typed one ("", "-", "1e"). */
function parseDraft(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
