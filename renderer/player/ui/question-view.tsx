/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import { correctAnswerText, initialResponse } from '../../../shared/core/question-kinds';
import type { QuestionKind } from '../../../shared/model/questions';
import { canAttempt, isResponseComplete } from '../state/grading';
import type { PlayerController } from '../state/player-controller';
import { QUESTION_INPUTS, type QuestionInput } from './question-inputs';

type QuestionBlock = BlockOf<'question'>;
type Q = QuestionBlock['question'];

function Inputs(props: {
  id: string;
  q: Q;
  draft: QuestionResponse | null;
  disabled: boolean;
  onChange: (r: QuestionResponse) => void;
}): JSX.Element {
  const { id, q, draft, disabled, onChange } = props;
  const Input = QUESTION_INPUTS[q.kind] as QuestionInput<QuestionKind>;
  return (
    <Input id={id} question={q} value={draft?.kind === q.kind ? draft : null} disabled={disabled} onChange={onChange} />
  );
}

/** Feedback of the choices the learner picked. */
function choiceFeedback(q: Q, r: QuestionResponse | null): string[] {
  if (!r || (q.kind !== 'singleChoice' && q.kind !== 'multipleResponse')) return [];
  const ids = r.kind === 'singleChoice' ? [r.choiceId] : r.kind === 'multipleResponse' ? r.choiceIds : [];
  return q.choices.filter((c) => ids.includes(c.id) && c.feedback).map((c) => c.feedback ?? '');
}

export function QuestionView(props: {
  block: QuestionBlock;
  controller: PlayerController;
  number: { index: number; total: number; graded: boolean };
}): JSX.Element {
  const { block, controller, number } = props;
  const q = block.question;
  const id = `q-${block.id}`;
  const stored = controller.state.questions[block.id];
  const [draft, setDraft] = useState<QuestionResponse | null>(stored?.response ?? initialResponse(q, block.id));
  const [message, setMessage] = useState<string[]>([]);
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => controller.questionShown(block.id), [controller, block.id]);

  const open = canAttempt(q, stored);
  const attempts = stored?.attempts ?? 0;
  const settledWrong = !!stored && !stored.correct && !open;
  const status = !stored ? null : stored.correct ? 'Correct.' : open ? 'Not quite. Try again.' : 'Incorrect.';
  const feedback = stored
    ? [stored.correct ? q.feedback.correct : q.feedback.incorrect, ...choiceFeedback(q, stored.response)].filter(
        (f): f is string => !!f,
      )
    : [];

  const check = (e: Event) => {
    e.preventDefault();
    if (!draft || !isResponseComplete(q, draft)) {
      setMessage([q.kind === 'matching' ? 'Choose a match for every item first.' : 'Choose or enter an answer first.']);
      return;
    }
    setMessage([]);
    const result = controller.check(block.id, draft);
    // The Check button disappears once no attempt is left: keep focus in the question, on its feedback.
    if (result && !canAttempt(q, result)) requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  return (
    <section
      class={`cw-question${stored ? (stored.correct ? ' is-correct' : ' is-incorrect') : ''}`}
      aria-labelledby={`${id}-label`}
      data-question-id={block.id}
    >
      <p class="cw-question-meta" id={`${id}-label`}>
        {number.graded ? `Question ${number.index} of ${number.total}` : 'Knowledge check'}
        {number.graded ? ` · ${q.points} ${q.points === 1 ? 'point' : 'points'}` : ''}
        {q.maxAttempts > 0
          ? ` · attempt ${Math.min(attempts + (open ? 1 : 0), q.maxAttempts)} of ${q.maxAttempts}`
          : ''}
      </p>
      <form onSubmit={check} noValidate>
        <fieldset>
          <legend class="cw-question-prompt">{q.prompt}</legend>
          <Inputs id={id} q={q} draft={draft} disabled={!open} onChange={setDraft} />
        </fieldset>
        {open ? (
          <button type="submit" class="cw-button cw-button-primary">
            Check answer
          </button>
        ) : null}
      </form>
      <div class="cw-feedback" role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={feedbackRef}>
        {message.map((m) => (
          <p key={m} class="cw-hint">
            {m}
          </p>
        ))}
        {status ? <p class="cw-feedback-status">{status}</p> : null}
        {feedback.map((f, i) => (
          <p key={i}>{f}</p>
        ))}
        {settledWrong && !number.graded ? <p>The correct answer: {correctAnswerText(q)}</p> : null}
      </div>
    </section>
  );
}
