import { QUESTION_KINDS, type BlockOf, type Question } from '../../../../shared';
import { CheckboxField, NumberField, SelectField, TextField } from './fields';
import { QUESTION_LABELS } from './new-block';
import { changeKind, setFeedback, setNumber } from './question-logic';
import { QuestionKindFields } from './question-kind-fields';

/**
 * Every question kind: prompt, the kind's answers, feedback, points and attempts. With `inPlace` (the settings
 * panel of a question typed on the canvas) it leaves out what `QuestionInPlace` shows: the prompt, choice texts
 * and correct answers of the choice kinds.
 */
export function QuestionEditor({
  block,
  onChange,
  graded,
  inPlace = false,
}: {
  block: BlockOf<'question'>;
  onChange: (b: BlockOf<'question'>) => void;
  graded: boolean;
  inPlace?: boolean;
}) {
  const q = block.question;
  const set = (question: Question) => onChange({ ...block, question });
  return (
    <div className="block-fields question-editor">
      <div className="block-fields-row">
        <SelectField
          label="Question type"
          value={q.kind}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_LABELS[k] }))}
          onChange={(kind) => set(changeKind(q, kind))}
        />
        <NumberField
          integer
          label="Points"
          value={q.points}
          min={0}
          max={100}
          hint={graded ? undefined : 'Not graded outside quiz lessons'}
          onChange={(v) => set(setNumber(q, 'points', v))}
        />
        <NumberField
          integer
          label="Attempts"
          value={q.maxAttempts}
          min={0}
          max={10}
          hint="0 = unlimited"
          onChange={(v) => set(setNumber(q, 'maxAttempts', v))}
        />
      </div>
      {inPlace ? null : (
        <TextField label="Question prompt" value={q.prompt} required onChange={(prompt) => set({ ...q, prompt })} />
      )}
      <QuestionKindFields question={q} onChange={set} inPlace={inPlace} />
      {q.kind === 'textEntry' ? (
        <CheckboxField
          label="Answers are case-sensitive"
          checked={q.caseSensitive}
          onChange={(caseSensitive) => set({ ...q, caseSensitive })}
        />
      ) : null}
      <div className="block-fields-row">
        <TextField
          className="field-grow"
          label="Feedback when correct"
          value={q.feedback.correct ?? ''}
          onChange={(text) => set(setFeedback(q, 'correct', text))}
        />
        <TextField
          className="field-grow"
          label="Feedback when incorrect"
          value={q.feedback.incorrect ?? ''}
          onChange={(text) => set(setFeedback(q, 'incorrect', text))}
        />
      </div>
    </div>
  );
}
