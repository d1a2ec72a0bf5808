import type { Question, QuestionKind } from '../../../../shared';
import { useId } from 'react';
import { TextField } from './fields';
import { newId } from './new-block';
import { CategorizeFields, FillBlanksFields, HotspotFields, LikertFields, NumericFields } from './more-question-fields';
import { addChoice, MAX_CHOICES, MIN_CHOICES, removeChoice, toggleCorrect, updateChoice } from './question-logic';
import { RemoveRowButton } from './item-row-controls';
import { ItemRowControls } from './item-row-controls';

type Props<K extends Question['kind']> = {
  question: Extract<Question, { kind: K }>;
  onChange: (q: Question) => void;
  /** The prompt, choices and correct answers are typed on the canvas (`QuestionInPlace`): leave them out. */
  inPlace?: boolean;
};

/** The answer-defining part of each question kind. */
export function QuestionKindFields({
  question,
  onChange,
  inPlace,
}: {
  question: Question;
  onChange: (q: Question) => void;
  inPlace?: boolean;
}) {
  const Fields = QUESTION_FIELDS[question.kind] as KindFields<QuestionKind>;
  return <Fields question={question} onChange={onChange} inPlace={inPlace} />;
}

/** With the choices on the canvas, the panel keeps what learners see only after answering: per-choice feedback. */
function ChoiceFeedbackFields({ question: q, onChange }: Props<'singleChoice' | 'multipleResponse'>) {
  return (
    <fieldset className="question-answers">
      <legend>Feedback per choice (optional)</legend>
      <ol className="choice-list">
        {q.choices.map((choice, i) => (
          <li key={choice.id} className="choice-row">
            <TextField
              className="field-grow"
              label={`Feedback for choice ${i + 1}`}
              value={choice.feedback ?? ''}
              onChange={(feedback) => onChange(updateChoice(q, choice.id, { feedback }))}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

function ChoiceFields({ question: q, onChange, inPlace }: Props<'singleChoice' | 'multipleResponse'>) {
  if (inPlace) return <ChoiceFeedbackFields question={q} onChange={onChange} />;
  const single = q.kind === 'singleChoice';
  const isCorrect = (id: string) =>
    q.kind === 'singleChoice' ? q.correctChoiceId === id : q.correctChoiceIds.includes(id);
  return (
    <fieldset className="question-answers">
      <legend>Choices ({single ? 'pick the one correct answer' : 'tick every correct answer'})</legend>
      <ol className="choice-list">
        {q.choices.map((choice, i) => (
          <li key={choice.id} className="choice-row">
            <label className="field-check">
              <input
                type={single ? 'radio' : 'checkbox'}
                name={`correct-${q.choices[0]!.id}`}
                checked={isCorrect(choice.id)}
                onChange={() =>
                  onChange(
                    q.kind === 'singleChoice' ? { ...q, correctChoiceId: choice.id } : toggleCorrect(q, choice.id),
                  )
                }
              />{' '}
              Correct
            </label>
            <TextField
              className="field-grow"
              label={`Choice ${i + 1}`}
              value={choice.text}
              required
              onChange={(text) => onChange(updateChoice(q, choice.id, { text }))}
            />
            <TextField
              className="field-grow"
              label={`Feedback for choice ${i + 1}`}
              value={choice.feedback ?? ''}
              onChange={(feedback) => onChange(updateChoice(q, choice.id, { feedback }))}
            />
            <RemoveRowButton
              label={`Remove choice ${i + 1}`}
              disabled={q.choices.length <= MIN_CHOICES}
              onRemove={() => onChange(removeChoice(q, choice.id))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={q.choices.length >= MAX_CHOICES}
        onClick={() => onChange(addChoice(q))}
      >
        Add choice
      </button>
    </fieldset>
  );
}

function AcceptedAnswers({ question: q, onChange }: Props<'textEntry'>) {
  const set = (acceptedAnswers: string[]) => onChange({ ...q, acceptedAnswers });
  return (
    <fieldset className="question-answers">
      <legend>Accepted answers</legend>
      <ul>
        {q.acceptedAnswers.map((answer, i) => (
          <li key={i} className="choice-row">
            <TextField
              className="field-grow"
              label={`Accepted answer ${i + 1}`}
              value={answer}
              required
              onChange={(text) => set(q.acceptedAnswers.map((a, j) => (j === i ? text : a)))}
            />
            <RemoveRowButton
              label={`Remove accepted answer ${i + 1}`}
              disabled={q.acceptedAnswers.length <= 1}
              onRemove={() => set(q.acceptedAnswers.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-small"
        disabled={q.acceptedAnswers.length >= 20}
        onClick={() => set([...q.acceptedAnswers, `answer ${q.acceptedAnswers.length + 1}`])}
      >
        Add accepted answer
      </button>
    </fieldset>
  );
}

function MatchingPairs({ question: q, onChange }: Props<'matching'>) {
  const set = (pairs: typeof q.pairs) => onChange({ ...q, pairs });
  return (
    <fieldset className="question-answers">
      <legend>Pairs (each prompt with its match)</legend>
      <ol>
        {q.pairs.map((pair, i) => (
          <li key={pair.id} className="choice-row">
            <TextField
              label={`Prompt ${i + 1}`}
              value={pair.prompt}
              required
              onChange={(prompt) => set(q.pairs.map((p) => (p.id === pair.id ? { ...p, prompt } : p)))}
            />
            <TextField
              label={`Match ${i + 1}`}
              value={pair.match}
              required
              onChange={(match) => set(q.pairs.map((p) => (p.id === pair.id ? { ...p, match } : p)))}
            />
            <RemoveRowButton
              label={`Remove pair ${i + 1}`}
              disabled={q.pairs.length <= 2}
              onRemove={() => set(q.pairs.filter((p) => p.id !== pair.id))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={q.pairs.length >= 10}
        onClick={() =>
          set([...q.pairs, { id: newId(), prompt: `Term ${q.pairs.length + 1}`, match: `Match ${q.pairs.length + 1}` }])
        }
      >
        Add pair
      </button>
    </fieldset>
  );
}

function OrderingItems({ question: q, onChange }: Props<'ordering'>) {
  const set = (items: typeof q.items) => onChange({ ...q, items });
  return (
    <fieldset className="question-answers">
      <legend>Items in their correct order (learners see them shuffled)</legend>
      <ol>
        {q.items.map((item, i) => (
          <li key={item.id} className="choice-row">
            <TextField
              className="field-grow"
              label={`Item ${i + 1}`}
              value={item.text}
              required
              onChange={(text) => set(q.items.map((it) => (it.id === item.id ? { ...it, text } : it)))}
            />
            <ItemRowControls items={q.items} index={i} what="item" min={2} onChange={set} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={q.items.length >= 10}
        onClick={() => set([...q.items, { id: newId(), text: `Item ${q.items.length + 1}` }])}
      >
        Add item
      </button>
    </fieldset>
  );
}

function TrueFalseFields({ question, onChange, inPlace }: Props<'trueFalse'>) {
  const name = useId();
  if (inPlace) return null;
  return (
    <fieldset className="question-answers">
      <legend>Correct answer</legend>
      {[true, false].map((value) => (
        <label key={String(value)} className="field-check">
          <input
            type="radio"
            name={name}
            checked={question.correct === value}
            onChange={() => onChange({ ...question, correct: value })}
          />{' '}
          {value ? 'True' : 'False'}
        </label>
      ))}
    </fieldset>
  );
}

type KindFields<K extends QuestionKind> = (props: Props<K>) => React.ReactNode;

/** The editing fields of each question kind: a kind without them is a compile error. */
export const QUESTION_FIELDS: { readonly [K in QuestionKind]: KindFields<K> } = {
  singleChoice: (p) => <ChoiceFields {...p} />,
  multipleResponse: (p) => <ChoiceFields {...p} />,
  trueFalse: TrueFalseFields,
  textEntry: AcceptedAnswers,
  matching: MatchingPairs,
  ordering: OrderingItems,
  numeric: NumericFields,
  fillBlanks: FillBlanksFields,
  likert: LikertFields,
  categorize: CategorizeFields,
  hotspot: HotspotFields,
};
