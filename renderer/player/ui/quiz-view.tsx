/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LessonTree } from '../../../shared/model/course';
import type { PlayerController } from '../state/player-controller';
import { quizQuestionBlocks, quizSettingsOf } from '../state/quiz';
import { BlockView, type BlockContext } from './block-views';
import { QuestionView } from './question-view';
import { QuizResults } from './quiz-results';
import { QuizTimer } from './quiz-timer';
import { Button } from './button';

/**
 * A graded quiz lesson as an attempt: the learner answers (all questions on one page, or one per page),
 * submits, then sees the results page. Other blocks of the lesson (an introduction) stay above.
 */
export function QuizView(props: { controller: PlayerController; lesson: LessonTree; ctx: BlockContext }): JSX.Element {
  const { controller, lesson, ctx } = props;
  const settings = quizSettingsOf(lesson);
  const quiz = controller.state.quizzes[lesson.id];
  const questions = quizQuestionBlocks(lesson, quiz);
  const outcome = controller.quizOutcome(lesson.id);
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const attempt = quiz?.attempt ?? 1;
  useEffect(() => controller.openQuiz(lesson.id), [controller, lesson.id]);
  useEffect(() => setPage(0), [attempt]);

  if (!quiz || !outcome) return <p class="cw-hint">Loading the quiz…</p>;
  const intro = lesson.blocks.filter((b) => b.type !== 'question');
  if (quiz.submitted)
    return <QuizResults controller={controller} lesson={lesson} headingRef={resultsRef} onRetake={() => setPage(0)} />;

  const answered = questions.filter((b) => controller.state.questions[b.id]?.response).length;
  const onePerPage = settings.layout === 'onePerPage';
  const shown = onePerPage ? questions.slice(page, page + 1) : questions;
  const last = !onePerPage || page >= questions.length - 1;
  const submit = (): void => {
    if (answered < questions.length && !confirming) {
      setConfirming(true);
      return;
    }
    controller.submitQuiz(lesson.id);
    requestAnimationFrame(() => document.getElementById('cw-quiz-results')?.focus());
  };
  const goPage = (n: number): void => {
    setPage(n);
    setConfirming(false);
    requestAnimationFrame(() => pageRef.current?.querySelector<HTMLElement>('legend, .cw-question-meta')?.focus());
  };
  const limit = settings.maxAttempts;

  return (
    <div class="cw-quiz" data-quiz-attempt={attempt}>
      {intro.map((b) => (
        <BlockView key={b.id} block={b} ctx={ctx} />
      ))}
      <p class="cw-quiz-meta">
        Attempt {attempt}
        {limit > 0 ? ` of ${limit}` : ''} · {questions.length} {questions.length === 1 ? 'question' : 'questions'} ·
        pass mark {controller.pkg.course.settings.passingScore}%
      </p>
      {settings.timeLimitMinutes > 0 ? <QuizTimer controller={controller} lessonId={lesson.id} /> : null}
      <div ref={pageRef}>
        {shown.map((b) => (
          <QuestionView
            key={`${b.id}:${attempt}`}
            block={b}
            controller={controller}
            number={{ index: questions.indexOf(b) + 1, total: questions.length, graded: true }}
            quiz={{ seed: quiz.seed, submitted: false, review: false }}
          />
        ))}
      </div>
      <div class="cw-quiz-actions">
        {onePerPage && page > 0 ? <Button onClick={() => goPage(page - 1)}>Previous question</Button> : null}
        {last ? (
          <Button primary data-action="submit-quiz" onClick={submit}>
            {confirming ? 'Submit anyway' : 'Submit quiz'}
          </Button>
        ) : (
          <Button primary onClick={() => goPage(page + 1)}>
            Next question
          </Button>
        )}
      </div>
      <p class="cw-hint" role="status">
        {confirming
          ? `You have answered ${answered} of ${questions.length} questions. Unanswered questions count as wrong.`
          : `${answered} of ${questions.length} answered.`}
      </p>
    </div>
  );
}
