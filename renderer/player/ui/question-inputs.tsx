/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import { TEXT_ENTRY_MAX_LENGTH } from '../../../shared/scorm/learner-state';
import { seededShuffle } from '../../../shared/core/question-runtime';
import type { QuestionKind } from '../../../shared/model/questions';
import type { PackagedAsset } from '../../../shared/package/course-package';
import { OptionList, PickSelect, toggled } from './option-list';
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

function SingleChoiceInput({ id, question, value, disabled, onChange }: InputProps<'singleChoice'>): JSX.Element {
  return (
    <OptionList
      type="radio"
      name={id}
      options={question.choices}
      checked={(c) => value?.choiceId === c}
      disabled={disabled}
      onPick={(choiceId) => onChange({ kind: 'singleChoice', choiceId })}
    />
  );
}

function MultipleResponseInput({ question, value, disabled, onChange }: InputProps<'multipleResponse'>): JSX.Element {
  const chosen = value?.choiceIds ?? [];
  return (
    <OptionList
      type="checkbox"
      options={question.choices}
      checked={(c) => chosen.includes(c)}
      disabled={disabled}
      onPick={(c) => onChange({ kind: 'multipleResponse', choiceIds: toggled(chosen, c, question.choices) })}
    />
  );
}

const TRUE_FALSE = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

function TrueFalseInput({ id, value, disabled, onChange }: InputProps<'trueFalse'>): JSX.Element {
  return (
    <OptionList
      type="radio"
      name={id}
      options={TRUE_FALSE}
      checked={(v) => String(value?.value) === v}
      disabled={disabled}
      onPick={(v) => onChange({ kind: 'trueFalse', value: v === 'true' })}
    />
  );
}

function TextEntryInput({ id, value, disabled, onChange }: InputProps<'textEntry'>): JSX.Element {
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

function MatchingInput({ id, question, value, disabled, onChange }: InputProps<'matching'>): JSX.Element {
  const options = useMemo(
    () => seededShuffle(question.pairs, id).map((p) => ({ id: p.id, text: p.match })),
    [question.pairs, id],
  );
  const matches = value?.matches ?? question.pairs.map(() => null);
  return (
    <div class="cw-matching">
      {question.pairs.map((p, i) => (
        <div key={p.id} class="cw-match-row">
          <label for={`${id}-m${i}`}>{p.prompt}</label>
          <PickSelect
            id={`${id}-m${i}`}
            value={matches[i]}
            placeholder="Choose a match…"
            options={options}
            disabled={disabled}
            onPick={(m) => {
              const next = [...matches];
              next[i] = m;
              onChange({ kind: 'matching', matches: next });
            }}
          />
        </div>
      ))}
    </div>
  );
}

function OrderingInput({ id, question, value, disabled, onChange }: InputProps<'ordering'>): JSX.Element {
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
