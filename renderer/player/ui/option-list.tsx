/** @jsxImportSource preact */
import type { JSX } from 'preact';

interface Option {
  id: string;
  text: string;
}

/**
 * Radio buttons or checkboxes as `.cw-options` of `label.cw-option` (choice, true / false, Likert, hotspot regions):
 * one markup for every kind that picks among options.
 */
export function OptionList(props: {
  type: 'radio' | 'checkbox';
  name?: string | undefined;
  options: readonly Option[];
  checked: (id: string) => boolean;
  disabled: boolean;
  onPick: (id: string) => void;
  class?: string;
  /** Accessible name of the group (`role=group`). */
  group?: string;
}): JSX.Element {
  return (
    <div
      class={`cw-options ${props.class ?? ''}`}
      role={props.group ? 'group' : undefined}
      aria-label={props.group}
    >
      {props.options.map((o) => (
        <label key={o.id} class="cw-option">
          <input
            type={props.type}
            name={props.name}
            value={o.id}
            checked={props.checked(o.id)}
            disabled={props.disabled}
            onChange={() => props.onPick(o.id)}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}

/** `ids` with `id` added or removed, in the order of `all` (the question's own order). */
export const toggled = (ids: readonly string[], id: string, all: readonly Option[]): string[] =>
  all.filter((o) => (o.id === id ? !ids.includes(id) : ids.includes(o.id))).map((o) => o.id);

/** A select with an empty first choice (matching, categorize): the keyboard way to pick. */
export function PickSelect(props: {
  id: string;
  value: string | null | undefined;
  placeholder: string;
  options: readonly Option[];
  disabled: boolean;
  onPick: (id: string | null) => void;
}): JSX.Element {
  return (
    <select
      id={props.id}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(e) => props.onPick(e.currentTarget.value || null)}
    >
      <option value="">{props.placeholder}</option>
      {props.options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.text}
        </option>
      ))}
    </select>
  );
}
