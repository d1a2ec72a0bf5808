/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { PlayerController } from '../state/player-controller';
import { Cover } from './cover';
import { LessonView } from './lesson-view';
import { Summary } from './summary';
import { Toc } from './toc';

export const LMS_PROBLEM_TEXT = {
  'commit-failing':
    "Your progress can't be saved to the LMS right now. Keep this window open: it will be saved as soon as the connection is back.",
  disconnected:
    'This page was restored from your browser history and is no longer connected to the LMS, so your progress is not being recorded. Please close it and reopen the course from the LMS.',
} as const;
const REVIEW_NOTICE = 'Review mode: you can look through the course, but nothing you do is recorded.';

export function App(props: {
  controller: PlayerController;
  notice: string | null;
  /** cmi5 launches with a returnURL: ends the session and goes back to the LMS. */
  onExit?: (() => void) | undefined;
}): JSX.Element {
  const { controller, notice, onExit } = props;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [tocOpen, setTocOpen] = useState(false);
  const [navCount, setNavCount] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => controller.subscribe(() => rerender(null)), [controller]);
  // Move focus to the new view's heading after navigation (not on first load), and scroll to the top.
  useEffect(() => {
    if (navCount === 0) return;
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [navCount]);

  const navigate = (target: string | 'summary'): void => {
    if (target === 'summary') controller.showSummary();
    else if (!controller.goTo(target)) return;
    setTocOpen(false);
    setNavCount((n) => n + 1);
  };

  const { view, pkg } = controller;
  const lesson = view.kind === 'lesson' ? controller.lessons.find((l) => l.id === view.lessonId) : undefined;
  const progress = controller.progress;
  const logo = pkg.course.settings.theme.logoAssetId ? pkg.assets[pkg.course.settings.theme.logoAssetId] : undefined;

  return (
    <div class="cw-app">
      <a class="cw-skip" href="#cw-main">
        Skip to content
      </a>
      <header class="cw-header">
        {logo ? <img class="cw-logo" src={logo.src} alt="" /> : null}
        <p class="cw-course-title">{pkg.course.title}</p>
        <p class="cw-header-progress">{progress.finished ? 'Completed' : `${progress.viewedPercent}% complete`}</p>
        <button
          type="button"
          class="cw-toc-toggle"
          aria-expanded={tocOpen}
          aria-controls="cw-toc"
          onClick={() => setTocOpen(!tocOpen)}
        >
          {tocOpen ? 'Hide contents' : 'Contents'}
        </button>
      </header>
      <div class="cw-layout">
        <nav id="cw-toc" class={`cw-nav ${tocOpen ? 'is-open' : ''}`} aria-label="Course contents">
          <Toc controller={controller} onNavigate={navigate} />
        </nav>
        <main
          id="cw-main"
          class="cw-main"
          tabIndex={-1}
          data-lesson-id={lesson?.id ?? (view.kind === 'cover' ? 'cover' : 'summary')}
        >
          {view.kind === 'cover' ? (
            <Cover controller={controller} headingRef={headingRef} onNavigate={navigate} />
          ) : lesson ? (
            <LessonView
              key={lesson.id}
              controller={controller}
              lesson={lesson}
              headingRef={headingRef}
              onNavigate={navigate}
            />
          ) : (
            <Summary controller={controller} headingRef={headingRef} />
          )}
        </main>
      </div>
      <div class="cw-lms-status" role="status" aria-live="polite">
        {controller.lmsProblem ? (
          <p class="cw-notice" data-problem={controller.lmsProblem}>
            {LMS_PROBLEM_TEXT[controller.lmsProblem]}
          </p>
        ) : null}
      </div>
      {notice || onExit || controller.mode !== 'normal' ? (
        <footer class="cw-footer">
          {notice ? <p class="cw-notice">{notice}</p> : null}
          {controller.mode !== 'normal' ? <p class="cw-notice">{REVIEW_NOTICE}</p> : null}
          {onExit ? (
            <button type="button" class="cw-button cw-exit" onClick={onExit}>
              Exit course
            </button>
          ) : null}
        </footer>
      ) : null}
    </div>
  );
}
