/** @jsxImportSource preact */
import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { LessonTree } from '../../../shared/model/course';
import type { PlayerController } from '../state/player-controller';
import { quizQuestionBlocks, quizSettingsOf } from '../state/quiz';
import { QuestionView } from './question-view';
import { SupportContact } from './support-contact';
import { Button } from './button';

/**
 * The results page of a submitted attempt: score, pass mark, passed or not, the review (per author
 * setting), "Retake quiz" while attempts remain, and after the last failed attempt what happens next.
 */
export function QuizResults(props: {
  controller: PlayerController;
  lesson: LessonTree;
  headingRef: RefObject<HTMLHeadingElement>;
  onRetake: () => void;
}): JSX.Element | null {
  const { controller, lesson, headingRef, onRetake } = props;
  const outcome = controller.quizOutcome(lesson.id);
  const quiz = controller.state.quizzes[lesson.id];
  const [reviewOpen, setReviewOpen] = useState(false);
  if (!outcome || !quiz) return null;
  const settings = quizSettingsOf(lesson);
  const { passingScore, supportContact } = controller.pkg.course.settings;
  const questions = quizQuestionBlocks(lesson, quiz);
  const needsReview = settings.retakeAfterReview && settings.showAnswers && !quiz.reviewed;
  const failedFinal = outcome.final && !outcome.passed;

  const toggleReview = (): void => {
    setReviewOpen(!reviewOpen);
    controller.reviewQuiz(lesson.id);
  };
  const retake = (): void => {
    if (!controller.retakeQuiz(lesson.id)) return;
    onRetake();
    requestAnimationFrame(() => document.getElementById('cw-lesson-title')?.focus());
  };

  return (
    <section
      class="cw-quiz-results"
      aria-labelledby="cw-quiz-results"
      data-result={outcome.passed ? 'passed' : 'failed'}
    >
      <h2 id="cw-quiz-results" tabIndex={-1} ref={headingRef}>
        {outcome.passed ? 'You passed the quiz' : failedFinal ? 'You did not pass the quiz' : 'Not passed yet'}
      </h2>
      <dl class="cw-summary-list">
        <dt>Your score</dt>
        <dd data-score={outcome.score}>
          {outcome.score}% ({outcome.earned} of {outcome.total} points)
        </dd>
        <dt>Pass mark</dt>
        <dd>{passingScore}%</dd>
        <dt>Result</dt>
        <dd>{outcome.passed ? 'Passed' : 'Not passed'}</dd>
        <dt>Attempt</dt>
        <dd>
          {outcome.attempt}
          {outcome.maxAttempts > 0 ? ` of ${outcome.maxAttempts}` : ''}
        </dd>
      </dl>
      {failedFinal ? (
        <div class="cw-quiz-final" role="note">
          <p>
            You have used all {outcome.maxAttempts} {outcome.maxAttempts === 1 ? 'attempt' : 'attempts'} at this quiz,
            so your result is final and has been sent.
          </p>
          <p>
            What next: review the lessons, then{' '}
            {supportContact ? (
              <>
                contact <SupportContact contact={supportContact} label="the course support" /> to ask about another
                attempt.
              </>
            ) : (
              'ask your course administrator about another attempt.'
            )}
          </p>
        </div>
      ) : null}
      {settings.showAnswers ? (
        <Button aria-expanded={reviewOpen} aria-controls="cw-quiz-review" onClick={toggleReview}>
          {reviewOpen ? 'Hide answers' : 'Review answers'}
        </Button>
      ) : null}
      {outcome.canRetake ? (
        <>
          <Button
            primary
            data-action="retake-quiz"
            disabled={needsReview}
            aria-describedby={needsReview ? 'cw-retake-hint' : undefined}
            onClick={retake}
          >
            Retake quiz
          </Button>
          {needsReview ? (
            <p id="cw-retake-hint" class="cw-hint">
              Review your answers first to retake the quiz.
            </p>
          ) : null}
        </>
      ) : null}
      {reviewOpen ? (
        <div id="cw-quiz-review" class="cw-quiz-review">
          {questions.map((b, i) => (
            <QuestionView
              key={`${b.id}:review`}
              block={b}
              controller={controller}
              number={{ index: i + 1, total: questions.length, graded: true }}
              quiz={{ seed: quiz.seed, submitted: true, review: true }}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
