/** @jsxImportSource preact */
import type { JSX, RefObject } from 'preact';
import type { LessonTree } from '../../../shared/model/course';
import type { PlayerController } from '../state/player-controller';
import { lessonRevealed, shownBlocks } from '../state/continue-gate';
import { lessonChecksAnswered } from '../state/progress';
import { BlockView, type BlockContext } from './block-views';
import { LessonBanner } from './cover';
import { QuizView } from './quiz-view';
import { Button } from './button';

export function LessonView(props: {
  controller: PlayerController;
  lesson: LessonTree;
  headingRef: RefObject<HTMLHeadingElement>;
  onNavigate: (target: string | 'summary') => void;
}): JSX.Element {
  const { controller, lesson, headingRef, onNavigate } = props;
  const { lessons, pkg } = controller;
  const index = lessons.findIndex((l) => l.id === lesson.id);
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const nextLocked = !!next && !controller.unlocked.has(next.id);
  const moduleTitle = pkg.course.modules.find((m) => m.lessons.some((l) => l.id === lesson.id))?.title;
  const questions = lesson.blocks.filter((b) => b.type === 'question').map((b) => b.id);
  const ctx: BlockContext = {
    assets: pkg.assets,
    language: pkg.course.language,
    controller,
    questionNumber: (blockId) => ({
      index: questions.indexOf(blockId) + 1,
      total: questions.length,
      graded: lesson.kind === 'quiz',
    }),
  };
  const isQuiz = lesson.kind === 'quiz' && (questions.length > 0 || !!lesson.pool?.length);
  const gateHint = nextLocked
    ? !lessonRevealed(lesson, controller.state)
      ? 'Press Continue to see the rest of this lesson.'
      : lessonChecksAnswered(lesson, controller.state)
        ? 'The next lesson opens once this one is viewed.'
        : isQuiz
          ? 'Submit the quiz to continue.'
          : 'Answer the questions in this lesson to continue.'
    : null;
  return (
    <article class="cw-lesson" aria-labelledby="cw-lesson-title">
      <LessonBanner lesson={lesson} assets={pkg.assets} />
      <p class="cw-lesson-context">
        {moduleTitle ? `${moduleTitle} · ` : ''}Lesson {index + 1} of {lessons.length}
        {lesson.kind === 'quiz' ? ' · Quiz' : ''}
      </p>
      <h1 id="cw-lesson-title" tabIndex={-1} ref={headingRef}>
        {lesson.title}
      </h1>
      {isQuiz ? (
        <QuizView controller={controller} lesson={lesson} ctx={ctx} />
      ) : (
        shownBlocks(lesson, controller.state).map((b) => <BlockView key={b.id} block={b} ctx={ctx} />)
      )}
      <nav class="cw-pager" aria-label="Lesson navigation">
        {prev ? (
          <Button onClick={() => onNavigate(prev.id)}>
            <span aria-hidden="true">← </span>Previous<span class="cw-visually-hidden">: {prev.title}</span>
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button
            primary
            disabled={nextLocked}
            aria-describedby={gateHint ? 'cw-gate-hint' : undefined}
            onClick={() => onNavigate(next.id)}
          >
            Next<span class="cw-visually-hidden">: {next.title}</span>
            <span aria-hidden="true"> →</span>
          </Button>
        ) : (
          <Button primary onClick={() => onNavigate('summary')}>
            Finish: see your summary
          </Button>
        )}
      </nav>
      {gateHint ? (
        <p id="cw-gate-hint" class="cw-hint">
          {gateHint}
        </p>
      ) : null}
    </article>
  );
}
