/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import {
  BLANK_MAX_LENGTH,
  clampBlank,
  numberText,
  parseBlanks,
  parseNumber,
} from '../../../shared/core/questions/typed-runtime';
import type { InputProps } from './question-inputs';

/** Inputs of the numeric, fill-in-the-blanks, Likert, categorize and hotspot question kinds. */

export function NumericInput({ id, value, disabled, onChange }: InputProps<'numeric'>): JSX.Element {
  // The typed text is kept as typed; the response holds the number (NaN while it is not one).
  const [text, setText] = useState(value && Number.isFinite(value.value) ? numberText(value.value) : '');
  const bad = text.trim() !== '' && parseNumber(text) === null;
  return (
    <div class="cw-text-entry">
      <label for={`${id}-num`}>Your answer (a number)</label>
      <input
        id={`${id}-num`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={24}
        value={text}
        disabled={disabled}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-num-hint` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange({ kind: 'numeric', value: parseNumber(e.currentTarget.value) ?? NaN });
        }}
      />
      {bad ? (
        <p id={`${id}-num-hint`} class="cw-hint">
          Enter a number, such as 12 or 3.5.
        </p>
      ) : null}
    </div>
  );
}

export function FillBlanksInput({ id, question, value, disabled, onChange }: InputProps<'fillBlanks'>): JSX.Element {
  const parts = parseBlanks(question.text);
  const count = parts.filter((p) => typeof p !== 'string').length;
  const blanks = value?.blanks ?? Array.from({ length: count }, () => '');
  let n = 0;
  return (
    <p class="cw-blanks">
      {parts.map((p, k) => {
        if (typeof p === 'string') return <span key={k}>{p}</span>;
        const i = n++;
        return (
          <input
            key={k}
            type="text"
            class="cw-blank"
            id={`${id}-b${i}`}
            aria-label={`Blank ${i + 1} of ${count}`}
            autoComplete="off"
            spellcheck={false}
            maxLength={BLANK_MAX_LENGTH}
            value={blanks[i] ?? ''}
            disabled={disabled}
            onInput={(e) => {
              const next = [...blanks];
              next[i] = clampBlank(e.currentTarget.value);
              onChange({ kind: 'fillBlanks', blanks: next });
            }}
          />
        );
      })}
    </p>
  );
}

export function LikertInput({ id, question, value, disabled, onChange }: InputProps<'likert'>): JSX.Element {
  return (
    <div class="cw-options cw-likert">
      {question.scale.map((o) => (
        <label key={o.id} class="cw-option">
          <input
            type="radio"
            name={id}
            value={o.id}
            checked={value?.optionId === o.id}
            disabled={disabled}
            onChange={() => onChange({ kind: 'likert', optionId: o.id })}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}

export function CategorizeInput({ id, question, value, disabled, onChange }: InputProps<'categorize'>): JSX.Element {
  const placements = value?.placements ?? question.items.map(() => null);
  const place = (i: number, categoryId: string | null) => {
    const next = [...placements];
    next[i] = categoryId;
    onChange({ kind: 'categorize', placements: next });
  };
  // Drag and drop for pointers; each item's select is the keyboard (and screen reader) way.
  const drop = (categoryId: string) => (e: DragEvent) => {
    e.preventDefault();
    const i = Number(e.dataTransfer?.getData('text/plain'));
    if (!disabled && Number.isInteger(i) && i >= 0 && i < question.items.length) place(i, categoryId);
  };
  return (
    <div class="cw-categorize">
      <div class="cw-categories" aria-hidden="true">
        {question.categories.map((c) => (
          <div key={c.id} class="cw-category" onDragOver={(e) => e.preventDefault()} onDrop={drop(c.id)}>
            <strong>{c.text}</strong>
            <ul>{question.items.map((it, i) => (placements[i] === c.id ? <li key={it.id}>{it.text}</li> : null))}</ul>
          </div>
        ))}
      </div>
      {question.items.map((it, i) => (
        <div
          key={it.id}
          class="cw-match-row"
          draggable={!disabled}
          onDragStart={(e) => e.dataTransfer?.setData('text/plain', String(i))}
        >
          <label for={`${id}-c${i}`}>{it.text}</label>
          <select
            id={`${id}-c${i}`}
            value={placements[i] ?? ''}
            disabled={disabled}
            onChange={(e) => place(i, e.currentTarget.value || null)}
          >
            <option value="">Choose a category…</option>
            {question.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

export function HotspotInput({ id, question, value, disabled, onChange, assets }: InputProps<'hotspot'>): JSX.Element {
  const chosen = value?.regionIds ?? [];
  const toggle = (regionId: string) => {
    const set = new Set(chosen);
    if (set.has(regionId)) set.delete(regionId);
    else set.add(regionId);
    onChange({ kind: 'hotspot', regionIds: question.regions.filter((r) => set.has(r.id)).map((r) => r.id) });
  };
  const asset = question.assetId ? assets?.[question.assetId] : undefined;
  // A click picks the last-drawn region under the pointer (regions are percentages of the image).
  const click = (e: MouseEvent) => {
    if (disabled) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * 100;
    const y = ((e.clientY - box.top) / box.height) * 100;
    const hit = [...question.regions].reverse().find((r) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
    if (hit) toggle(hit.id);
  };
  return (
    <div class="cw-hotspot">
      {asset ? (
        <div class="cw-hotspot-image" onClick={click}>
          <img src={asset.src} alt={question.alt} width={asset.width} height={asset.height} />
          {question.regions
            .filter((r) => chosen.includes(r.id))
            .map((r) => (
              <span
                key={r.id}
                class="cw-hotspot-mark"
                style={{ left: `${r.x}%`, top: `${r.y}%`, width: `${r.w}%`, height: `${r.h}%` }}
              />
            ))}
        </div>
      ) : null}
      <div class="cw-options" role="group" aria-label="Regions of the image">
        {question.regions.map((r) => (
          <label key={r.id} class="cw-option">
            <input
              type="checkbox"
              name={id}
              value={r.id}
              checked={chosen.includes(r.id)}
              disabled={disabled}
              onChange={() => toggle(r.id)}
            />
            <span>{r.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
