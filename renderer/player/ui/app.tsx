/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { PlayerController } from '../state/player-controller';
import { LessonView } from './lesson-view';
import { Summary } from './summary';
import { Toc } from './toc';

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
    <div class={`cw-app cw-font-${pkg.course.settings.theme.fontFamily}`}>
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
        <nav id="cw-toc" class={`cw-nav${tocOpen ? ' is-open' : ''}`} aria-label="Course contents">
          <Toc controller={controller} onNavigate={navigate} />
        </nav>
        <main id="cw-main" class="cw-main" tabIndex={-1} data-lesson-id={lesson?.id ?? 'summary'}>
          {lesson ? (
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
      {notice || onExit ? (
        <footer class="cw-footer">
          {notice ? <p class="cw-notice">{notice}</p> : null}
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
