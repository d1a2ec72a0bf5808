import { assertNever, type BlockOf, type Question, type QuestionKind } from '../../../../shared';

const KIND_LABEL: Record<QuestionKind, string> = {
  singleChoice: 'Single choice',
  multipleResponse: 'Multiple response',
  trueFalse: 'True or false',
  textEntry: 'Text entry',
  matching: 'Matching',
  ordering: 'Ordering',
};

/** The author's read-only view of a question: prompt, answers (correct ones marked) and feedback. */
export function QuestionBlockView({ block }: { block: BlockOf<'question'> }) {
  const q = block.question;
  return (
    <div className="question" role="group" aria-label={`Question: ${q.prompt}`}>
      <p className="question-meta">
        {KIND_LABEL[q.kind]} · {q.points} {q.points === 1 ? 'point' : 'points'}
        {q.maxAttempts > 0 ? ` · ${q.maxAttempts} attempts` : ''}
      </p>
      <p className="question-prompt">{q.prompt}</p>
      <QuestionAnswers question={q} />
      {q.feedback.correct || q.feedback.incorrect ? (
        <dl className="question-feedback">
          {q.feedback.correct ? <FeedbackRow label="When correct" text={q.feedback.correct} /> : null}
          {q.feedback.incorrect ? <FeedbackRow label="When incorrect" text={q.feedback.incorrect} /> : null}
        </dl>
      ) : null}
    </div>
  );
}

function FeedbackRow({ label, text }: { label: string; text: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

function Correct({ correct }: { correct: boolean }) {
  return correct ? <span className="badge badge-correct">Correct</span> : null;
}

function QuestionAnswers({ question: q }: { question: Question }) {
  switch (q.kind) {
    case 'singleChoice':
    case 'multipleResponse': {
      const correct = q.kind === 'singleChoice' ? [q.correctChoiceId] : q.correctChoiceIds;
      return (
        <ul className="choices">
          {q.choices.map((c) => (
            <li key={c.id}>
              {c.text} <Correct correct={correct.includes(c.id)} />
            </li>
          ))}
        </ul>
      );
    }
    case 'trueFalse':
      return (
        <ul className="choices">
          <li>
            True <Correct correct={q.correct} />
          </li>
          <li>
            False <Correct correct={!q.correct} />
          </li>
        </ul>
      );
    case 'textEntry':
      return (
        <p>
          Accepted answers: {q.acceptedAnswers.join(', ')}
          {q.caseSensitive ? ' (case-sensitive)' : ''}
        </p>
      );
    case 'matching':
      return (
        <ul className="choices">
          {q.pairs.map((p) => (
            <li key={p.id}>
              {p.prompt} → {p.match}
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="choices">
          {q.items.map((i) => (
            <li key={i.id}>{i.text}</li>
          ))}
        </ol>
      );
    default:
      return assertNever(q, 'question');
  }
}
