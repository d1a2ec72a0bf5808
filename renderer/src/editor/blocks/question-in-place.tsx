import { Plus, X } from 'lucide-react';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { isUngraded, type Question } from '../../../../shared';
import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import type { EditOptions, EditorPartProps } from './block-part-types';
import { newId } from './new-block';
import { addChoice, MAX_CHOICES, MIN_CHOICES, removeChoice, toggleCorrect, updateChoice } from './question-logic';
import './in-place-question.css';

type SetQuestion = (q: Question, options?: EditOptions) => void;
type ChoiceQuestion = Extract<Question, { kind: 'singleChoice' | 'multipleResponse' }>;

/** A prompt is one line: pasted line breaks become spaces. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
const plainKey = (e: KeyboardEvent) =>
  !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.nativeEvent.isComposing;

/**
 * A question typed on the canvas, in the player's markup: the prompt, and for choice kinds the choices with their
 * correct-answer toggles (Enter adds a choice after this one, Backspace in an empty choice removes it). Adding,
 * removing and marking are undo steps of their own; typing coalesces per block as everywhere. The other kinds'
 * answers stay in the settings panel (`QuestionEditor` with `inPlace`).
 */
export function QuestionInPlace({ block, onChange, graded }: EditorPartProps<'question'>) {
  const q = block.question;
  const root = useRef<HTMLElement>(null);
  const set: SetQuestion = (question, options) => onChange({ ...block, question }, options);
  const survey = isUngraded(q);
  return (
    <section className="cw-question in-place-question" ref={root}>
      <p className="cw-question-meta">
        {survey
          ? 'Survey'
          : graded
            ? `Question · ${q.points} ${q.points === 1 ? 'point' : 'points'}`
            : 'Knowledge check'}
      </p>
      <textarea
        className="in-place-input in-place-prompt cw-question-prompt"
        aria-label="Question prompt"
        placeholder="The question learners answer"
        rows={1}
        required
        value={q.prompt}
        onChange={(e) => set({ ...q, prompt: oneLine(e.target.value) })}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !plainKey(e)) return;
          // Enter moves on to the answers instead of breaking the one-line prompt.
          e.preventDefault();
          root.current?.querySelector<HTMLInputElement>('.in-place-choice-text, .in-place-answer input')?.focus();
        }}
      />
      {q.kind === 'singleChoice' || q.kind === 'multipleResponse' ? (
        <ChoicesInPlace question={q} onChange={set} />
      ) : q.kind === 'trueFalse' ? (
        <TrueFalseInPlace question={q} onChange={set} />
      ) : (
        <p className="in-place-hint">Answers, feedback and scoring are in the settings below.</p>
      )}
    </section>
  );
}

function ChoicesInPlace({ question: q, onChange }: { question: ChoiceQuestion; onChange: SetQuestion }) {
  const name = useId();
  const list = useRef<HTMLOListElement>(null);
  /** The choice to focus after the next render (added or the neighbour of a removed one), and how. */
  const focusNext = useRef<{ id: string; select: boolean } | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const input = list.current?.querySelector<HTMLInputElement>(`input[data-choice-id="${next.id}"]`);
    if (!input) return;
    input.focus();
    if (next.select) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [q.choices]);

  const single = q.kind === 'singleChoice';
  const isCorrect = (id: string) =>
    q.kind === 'singleChoice' ? q.correctChoiceId === id : q.correctChoiceIds.includes(id);
  const mark = (id: string) =>
    onChange(q.kind === 'singleChoice' ? { ...q, correctChoiceId: id } : toggleCorrect(q, id), { step: true });
  const add = (at: number) => {
    if (q.choices.length >= MAX_CHOICES) return;
    const id = newId();
    focusNext.current = { id, select: true };
    onChange(addChoice(q, at, id), { step: true });
  };
  const remove = (index: number) => {
    const choice = q.choices[index];
    if (!choice || q.choices.length <= MIN_CHOICES) return;
    const neighbour = q.choices[index - 1] ?? q.choices[index + 1];
    if (neighbour) focusNext.current = { id: neighbour.id, select: false };
    onChange(removeChoice(q, choice.id), { step: true });
  };

  return (
    <div className="in-place-choices">
      <ol
        className="cw-options"
        ref={list}
        aria-label={single ? 'Choices (mark the correct one)' : 'Choices (mark every correct one)'}
      >
        {q.choices.map((choice, i) => (
          <li key={choice.id} className="cw-option in-place-choice">
            <input
              type={single ? 'radio' : 'checkbox'}
              name={name}
              aria-label={`Choice ${i + 1} is correct`}
              title="Correct answer"
              checked={isCorrect(choice.id)}
              onChange={() => mark(choice.id)}
            />
            <input
              type="text"
              className="in-place-input in-place-choice-text"
              aria-label={`Choice ${i + 1}`}
              placeholder={`Option ${i + 1}`}
              required
              data-choice-id={choice.id}
              value={choice.text}
              onChange={(e) => onChange(updateChoice(q, choice.id, { text: e.target.value }))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && plainKey(e)) {
                  e.preventDefault();
                  add(i + 1);
                } else if (e.key === 'Backspace' && e.currentTarget.value === '' && q.choices.length > MIN_CHOICES) {
                  e.preventDefault();
                  remove(i);
                }
              }}
            />
            <IconButton
              icon={X}
              variant="danger-quiet"
              label={`Remove choice ${i + 1}`}
              disabled={q.choices.length <= MIN_CHOICES}
              onClick={() => remove(i)}
            />
          </li>
        ))}
      </ol>
      <Button
        size="sm"
        variant="quiet"
        icon={Plus}
        disabled={q.choices.length >= MAX_CHOICES}
        onClick={() => add(q.choices.length)}
      >
        Add choice
      </Button>
    </div>
  );
}

function TrueFalseInPlace({
  question: q,
  onChange,
}: {
  question: Extract<Question, { kind: 'trueFalse' }>;
  onChange: SetQuestion;
}) {
  const name = useId();
  return (
    <div className="cw-options" role="radiogroup" aria-label="Correct answer">
      {[true, false].map((value) => (
        <label key={String(value)} className="cw-option in-place-answer">
          <input
            type="radio"
            name={name}
            checked={q.correct === value}
            onChange={() => onChange({ ...q, correct: value }, { step: true })}
          />{' '}
          {value ? 'True' : 'False'}
        </label>
      ))}
    </div>
  );
}
