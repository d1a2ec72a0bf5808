/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { PlayerController } from '../state/player-controller';

/** Table of contents: modules and lessons with visited / current / locked state, plus the summary. */
export function Toc(props: {
  controller: PlayerController;
  onNavigate: (lessonId: string | 'summary') => void;
}): JSX.Element {
  const { controller, onNavigate } = props;
  const { view, state } = controller;
  const unlocked = controller.unlocked;
  const visited = new Set(state.visitedLessonIds);
  const progress = controller.progress;
  return (
    <div class="cw-toc">
      <p class="cw-toc-progress">
        <span>{progress.viewedPercent}% viewed</span>
        <progress max={100} value={progress.viewedPercent} aria-label="Course progress" />
      </p>
      <ol class="cw-toc-modules">
        {controller.pkg.course.modules.map((m) => (
          <li key={m.id}>
            <p class="cw-toc-module">{m.title}</p>
            <ol class="cw-toc-lessons">
              {m.lessons.map((l) => {
                const current = view.kind === 'lesson' && view.lessonId === l.id;
                const locked = !unlocked.has(l.id);
                const stateText = current
                  ? 'current lesson'
                  : locked
                    ? 'locked'
                    : visited.has(l.id)
                      ? 'viewed'
                      : 'not viewed';
                const label = (
                  <>
                    <span class="cw-toc-mark" aria-hidden="true" />
                    {l.title}
                    <span class="cw-visually-hidden"> ({stateText})</span>
                  </>
                );
                return (
                  <li
                    key={l.id}
                    class={`cw-toc-lesson ${current ? 'is-current' : ''}${locked ? ' is-locked' : ''}${visited.has(l.id) ? ' is-visited' : ''}`}
                  >
                    {locked ? (
                      <span class="cw-toc-link" aria-disabled="true">
                        {label}
                      </span>
                    ) : (
                      <a
                        href={`#lesson-${l.id}`}
                        class="cw-toc-link"
                        aria-current={current ? 'page' : undefined}
                        onClick={(e) => {
                          e.preventDefault();
                          onNavigate(l.id);
                        }}
                      >
                        {label}
                      </a>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <a
        href="#summary"
        class={`cw-toc-link cw-toc-summary ${view.kind === 'summary' ? 'is-current' : ''}`}
        aria-current={view.kind === 'summary' ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          onNavigate('summary');
        }}
      >
        Summary
      </a>
    </div>
  );
}
