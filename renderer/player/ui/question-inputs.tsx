/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import { TEXT_ENTRY_MAX_LENGTH } from '../../../shared/scorm/learner-state';
import { seededShuffle } from '../../../shared/core/question-runtime';
import type { QuestionKind } from '../../../shared/model/questions';
import type { PackagedAsset } from '../../../shared/package/course-package';
import { CategorizeInput, FillBlanksInput, HotspotInput, LikertInput, NumericInput } from './more-question-inputs';

type Q = BlockOf<'question'>['question'];
export interface InputProps<K extends Q['kind']> {
  id: string;
  question: Extract<Q, { kind: K }>;
  value: Extract<QuestionResponse, { kind: K }> | null;
  disabled: boolean;
  onChange: (r: QuestionResponse) => void;
  /** Packaged assets (hotspot images). */
  assets?: Readonly<Record<string, PackagedAsset>>;
}

export function SingleChoiceInput({
  id,
  question,
  value,
  disabled,
  onChange,
}: InputProps<'singleChoice'>): JSX.Element {
  return (
    <div class="cw-options">
      {question.choices.map((c) => (
        <label key={c.id} class="cw-option">
          <input
            type="radio"
            name={id}
            value={c.id}
            checked={value?.choiceId === c.id}
            disabled={disabled}
            onChange={() => onChange({ kind: 'singleChoice', choiceId: c.id })}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </div>
  );
}

export function MultipleResponseInput({
  question,
  value,
  disabled,
  onChange,
}: InputProps<'multipleResponse'>): JSX.Element {
  const chosen = value?.choiceIds ?? [];
  const toggle = (choiceId: string) => {
    const set = new Set(chosen);
    if (set.has(choiceId)) set.delete(choiceId);
    else set.add(choiceId);
    onChange({ kind: 'multipleResponse', choiceIds: question.choices.filter((c) => set.has(c.id)).map((c) => c.id) });
  };
  return (
    <div class="cw-options">
      {question.choices.map((c) => (
        <label key={c.id} class="cw-option">
          <input
            type="checkbox"
            value={c.id}
            checked={chosen.includes(c.id)}
            disabled={disabled}
            onChange={() => toggle(c.id)}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </div>
  );
}

export function TrueFalseInput({ id, value, disabled, onChange }: InputProps<'trueFalse'>): JSX.Element {
  return (
    <div class="cw-options">
      {[true, false].map((v) => (
        <label key={String(v)} class="cw-option">
          <input
            type="radio"
            name={id}
            value={String(v)}
            checked={value?.value === v}
            disabled={disabled}
            onChange={() => onChange({ kind: 'trueFalse', value: v })}
          />
          <span>{v ? 'True' : 'False'}</span>
        </label>
      ))}
    </div>
  );
}

export function TextEntryInput({ id, value, disabled, onChange }: InputProps<'textEntry'>): JSX.Element {
  return (
    <div class="cw-text-entry">
      <label for={`${id}-text`}>Your answer</label>
      <input
        id={`${id}-text`}
        type="text"
        autoComplete="off"
        spellcheck={false}
        maxLength={TEXT_ENTRY_MAX_LENGTH}
        value={value?.text ?? ''}
        disabled={disabled}
        onInput={(e) => onChange({ kind: 'textEntry', text: e.currentTarget.value })}
      />
    </div>
  );
}

export function MatchingInput({ id, question, value, disabled, onChange }: InputProps<'matching'>): JSX.Element {
  const options = useMemo(() => seededShuffle(question.pairs, id), [question.pairs, id]);
  const matches = value?.matches ?? question.pairs.map(() => null);
  return (
    <div class="cw-matching">
      {question.pairs.map((p, i) => (
        <div key={p.id} class="cw-match-row">
          <label for={`${id}-m${i}`}>{p.prompt}</label>
          <select
            id={`${id}-m${i}`}
            value={matches[i] ?? ''}
            disabled={disabled}
            onChange={(e) => {
              const next = [...matches];
              next[i] = e.currentTarget.value || null;
              onChange({ kind: 'matching', matches: next });
            }}
          >
            <option value="">Choose a match…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.match}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

export function OrderingInput({ id, question, value, disabled, onChange }: InputProps<'ordering'>): JSX.Element {
  const initial = useMemo(() => seededShuffle(question.items, id).map((i) => i.id), [question.items, id]);
  const order = value?.itemIds ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const text = (itemId: string) => question.items.find((i) => i.id === itemId)?.text ?? '';
  const move = (from: number, to: number, dir: 'up' | 'down') => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange({ kind: 'ordering', itemIds: next });
    setAnnouncement(`${text(item)} moved to position ${to + 1} of ${next.length}.`);
    // Keep focus on the moved item's button; at an edge, the other one.
    requestAnimationFrame(() => {
      const row = list.current?.children[to];
      const atEdge = (dir === 'up' && to === 0) || (dir === 'down' && to === next.length - 1);
      const btn = row?.querySelector<HTMLButtonElement>(
        `button[data-dir="${atEdge ? (dir === 'up' ? 'down' : 'up') : dir}"]`,
      );
      btn?.focus();
    });
  };
  return (
    <div class="cw-ordering">
      <ol ref={list}>
        {order.map((itemId, i) => (
          <li key={itemId} class="cw-order-item">
            <span class="cw-order-text">{text(itemId)}</span>
            <span class="cw-order-buttons">
              <button
                type="button"
                data-dir="up"
                disabled={disabled || i === 0}
                aria-label={`Move “${text(itemId)}” up`}
                onClick={() => move(i, i - 1, 'up')}
              >
                <span aria-hidden="true">↑</span> Up
              </button>
              <button
                type="button"
                data-dir="down"
                disabled={disabled || i === order.length - 1}
                aria-label={`Move “${text(itemId)}” down`}
                onClick={() => move(i, i + 1, 'down')}
              >
                <span aria-hidden="true">↓</span> Down
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="cw-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

export type QuestionInput<K extends QuestionKind> = (props: InputProps<K>) => JSX.Element;

/** The learner's input of each question kind: a kind without one is a compile error. */
export const QUESTION_INPUTS: { readonly [K in QuestionKind]: QuestionInput<K> } = {
  singleChoice: SingleChoiceInput,
  multipleResponse: MultipleResponseInput,
  trueFalse: TrueFalseInput,
  textEntry: TextEntryInput,
  matching: MatchingInput,
  ordering: OrderingInput,
  numeric: NumericInput,
  fillBlanks: FillBlanksInput,
  likert: LikertInput,
  categorize: CategorizeInput,
  hotspot: HotspotInput,
};
