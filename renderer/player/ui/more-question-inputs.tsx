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
import { OptionList, PickSelect, toggled } from './option-list';
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
    <OptionList
      type="radio"
      class="cw-likert"
      name={id}
      options={question.scale}
      checked={(o) => value?.optionId === o}
      disabled={disabled}
      onPick={(optionId) => onChange({ kind: 'likert', optionId })}
    />
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
          <PickSelect
            id={`${id}-c${i}`}
            value={placements[i]}
            placeholder="Choose a category…"
            options={question.categories}
            disabled={disabled}
            onPick={(c) => place(i, c)}
          />
        </div>
      ))}
    </div>
  );
}

export function HotspotInput({ id, question, value, disabled, onChange, assets }: InputProps<'hotspot'>): JSX.Element {
  const chosen = value?.regionIds ?? [];
  const regions = question.regions.map((r) => ({ id: r.id, text: r.label }));
  const toggle = (regionId: string) => onChange({ kind: 'hotspot', regionIds: toggled(chosen, regionId, regions) });
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
      <OptionList
        type="checkbox"
        name={id}
        group="Regions of the image"
        options={regions}
        checked={(r) => chosen.includes(r)}
        disabled={disabled}
        onPick={toggle}
      />
    </div>
  );
}
