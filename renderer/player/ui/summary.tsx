/** @jsxImportSource preact */
import type { JSX, RefObject } from 'preact';
import type { PlayerController } from '../state/player-controller';

export function Summary(props: {
  controller: PlayerController;
  headingRef: RefObject<HTMLHeadingElement>;
}): JSX.Element {
  const { controller, headingRef } = props;
  const p = controller.progress;
  const { settings } = controller.pkg.course;
  const rule = settings.completion.rule;
  const contact = settings.supportContact;
  return (
    <div class="cw-summary">
      <h1 tabIndex={-1} ref={headingRef}>
        {p.finished ? 'Course complete' : 'Your progress'}
      </h1>
      <p class="cw-summary-lead">
        {p.finished
          ? 'Well done: you have met everything this course asks for.'
          : rule === 'viewed'
            ? `To complete the course, view at least ${settings.completion.viewedPercent}% of the lessons.`
            : rule === 'passed'
              ? `To complete the course, pass the quiz with at least ${settings.passingScore}%.`
              : `To complete the course, view at least ${settings.completion.viewedPercent}% of the lessons and pass the quiz with at least ${settings.passingScore}%.`}
      </p>
      <dl class="cw-summary-list">
        <dt>Lessons viewed</dt>
        <dd>
          {p.visitedCount} of {p.lessonCount} ({p.viewedPercent}%)
        </dd>
        {p.quiz ? (
          <>
            <dt>Quiz score</dt>
            <dd>
              {p.quiz.submitted ? `${p.quiz.score}% (${p.quiz.earned} of ${p.quiz.total} points)` : 'Not finished yet'}
            </dd>
            <dt>Result</dt>
            <dd>
              {p.success === 'passed' ? 'Passed' : p.success === 'failed' ? 'Not passed' : 'Pending'} (passing score{' '}
              {settings.passingScore}%)
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{p.finished ? 'Completed' : 'In progress'}</dd>
      </dl>
      {contact ? (
        <p>
          Questions about this course?{' '}
          {/^https:\/\//.test(contact) ? (
            <a href={contact} target="_blank" rel="noopener noreferrer">
              Contact support<span class="cw-visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : /^[^\s@]+@[^\s@]+$/.test(contact) ? (
            <a href={`mailto:${contact}`}>{contact}</a>
          ) : (
            contact
          )}
        </p>
      ) : null}
    </div>
  );
}
