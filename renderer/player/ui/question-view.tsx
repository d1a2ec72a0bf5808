/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import {
  correctAnswerText,
  initialResponse,
  isUngraded,
  shuffledQuestion,
} from '../../../shared/core/question-runtime';
import type { QuestionKind } from '../../../shared/model/questions';
import { canAttempt, isResponseComplete } from '../state/grading';
import type { PlayerController } from '../state/player-controller';
import { QUESTION_INPUTS, type InputProps, type QuestionInput } from './question-inputs';

type QuestionBlock = BlockOf<'question'>;
type Q = QuestionBlock['question'];

/** The question as this quiz attempt shows it: its kind's `shuffle` hook with the attempt's seed (answers refer to ids). */
export const shuffledForAttempt = (blockId: string, q: Q, seed: number): Q => shuffledQuestion(q, `${blockId}:${seed}`);

/** A graded question inside a quiz attempt: no "Check answer"; results only in the review after submitting. */
interface QuizMode {
  seed: number;
  submitted: boolean;
  /** Show right/wrong with feedback (the results review). */
  review: boolean;
}

function Inputs(props: {
  id: string;
  q: Q;
  draft: QuestionResponse | null;
  disabled: boolean;
  onChange: (r: QuestionResponse) => void;
  assets: InputProps<QuestionKind>['assets'];
}): JSX.Element {
  const { id, q, draft, disabled, onChange, assets } = props;
  const Input = QUESTION_INPUTS[q.kind] as QuestionInput<QuestionKind>;
  return (
    <Input
      id={id}
      question={q}
      value={draft?.kind === q.kind ? draft : null}
      disabled={disabled}
      onChange={onChange}
      assets={assets}
    />
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
  quiz?: QuizMode;
}): JSX.Element {
  const { block, controller, number, quiz } = props;
  const q = quiz ? shuffledForAttempt(block.id, block.question, quiz.seed) : block.question;
  const id = `q-${block.id}`;
  const stored = controller.state.questions[block.id];
  const initial = stored?.response ?? initialResponse(q, quiz ? `${block.id}:${quiz.seed}` : block.id);
  const [draft, setDraft] = useState<QuestionResponse | null>(initial);
  const [message, setMessage] = useState<string[]>([]);
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => controller.questionShown(block.id), [controller, block.id]);
  // In a quiz the shuffled order of an untouched ordering question is the learner's answer.
  const autoAnswer = quiz && !quiz.submitted && !stored?.response ? initial : null;
  useEffect(() => {
    if (autoAnswer) controller.answer(block.id, autoAnswer);
  }, [controller, block.id, autoAnswer]);

  const open = quiz ? !quiz.submitted : canAttempt(q, stored);
  const attempts = stored?.attempts ?? 0;
  const settledWrong = !!stored && !stored.correct && !open;
  const showResult = !quiz || quiz.review;
  const survey = isUngraded(q);
  const status =
    !stored || !showResult || (quiz && !quiz.submitted)
      ? null
      : survey
        ? 'Thank you, your answer is recorded.'
        : stored.correct
          ? 'Correct.'
          : open
            ? 'Not quite. Try again.'
            : 'Incorrect.';
  const feedback =
    stored && status && !survey
      ? [stored.correct ? q.feedback.correct : q.feedback.incorrect, ...choiceFeedback(q, stored.response)].filter(
          (f): f is string => !!f,
        )
      : [];

  const change = (r: QuestionResponse): void => {
    setDraft(r);
    if (quiz) controller.answer(block.id, r);
  };

  const check = (e: Event) => {
    e.preventDefault();
    // Graded questions count the submitted quiz only (outside a quiz attempt, e.g. on the editor canvas, they are shown).
    if (quiz || number.graded) return;
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
      class={`cw-question ${stored && status && !survey ? (stored.correct ? 'is-correct' : 'is-incorrect') : ''}`}
      aria-labelledby={`${id}-label`}
      data-question-id={block.id}
    >
      <p class="cw-question-meta" id={`${id}-label`}>
        {number.graded ? `Question ${number.index} of ${number.total}` : survey ? 'Survey' : 'Knowledge check'}
        {number.graded && !survey ? ` · ${q.points} ${q.points === 1 ? 'point' : 'points'}` : ''}
        {q.maxAttempts > 0 && !quiz
          ? ` · attempt ${Math.min(attempts + (open ? 1 : 0), q.maxAttempts)} of ${q.maxAttempts}`
          : ''}
      </p>
      <form onSubmit={check} noValidate>
        <fieldset>
          <legend class="cw-question-prompt">{q.prompt}</legend>
          <Inputs id={id} q={q} draft={draft} disabled={!open} onChange={change} assets={controller.pkg.assets} />
        </fieldset>
        {open && !quiz && !number.graded ? (
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
        {settledWrong && (!number.graded || (quiz?.review ?? false)) ? (
          <p>The correct answer: {correctAnswerText(q)}</p>
        ) : null}
      </div>
    </section>
  );
}
