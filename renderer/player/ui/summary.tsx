/** @jsxImportSource preact */
import type { JSX, RefObject } from 'preact';
import type { PlayerController } from '../state/player-controller';
import { SupportContact } from './support-contact';

export function Summary(props: {
  controller: PlayerController;
  headingRef: RefObject<HTMLHeadingElement>;
}): JSX.Element {
  const { controller, headingRef } = props;
  const p = controller.progress;
  const { settings } = controller.pkg.course;
  const rule = settings.completion.rule;
  const contact = settings.supportContact;
  const failedFinal = p.success === 'failed';
  return (
    <div class="cw-summary">
      <h1 tabIndex={-1} ref={headingRef}>
        {failedFinal ? 'Course finished' : p.finished ? 'Course complete' : 'Your progress'}
      </h1>
      <p class="cw-summary-lead">
        {failedFinal
          ? 'You did not reach the pass mark and no quiz attempt remains, so your result is final and has been sent. Review the lessons and contact the course support about what happens next.'
          : p.finished
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
              {p.quiz.submitted ? `${p.quiz.score}% (${p.quiz.earned} of ${p.quiz.total} points)` : 'Not submitted yet'}
            </dd>
            <dt>Result</dt>
            <dd>
              {p.success === 'passed'
                ? 'Passed'
                : p.success === 'failed'
                  ? 'Not passed (no attempts left)'
                  : p.quiz.submitted
                    ? 'Not passed yet: you can retake the quiz'
                    : 'Pending'}{' '}
              (passing score {settings.passingScore}%)
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{failedFinal ? 'Finished, not passed' : p.finished ? 'Completed' : 'In progress'}</dd>
      </dl>
      {contact ? (
        <p>
          Questions about this course? <SupportContact contact={contact} />
        </p>
      ) : null}
    </div>
  );
}
