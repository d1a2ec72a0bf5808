import { useRef, useState } from 'react';
import type { CourseTree } from '../../../../shared';
import { BlockList } from '../../components/blocks/block-view';
import { InlineRename } from '../../components/common/inline-rename';
import { findLesson } from '../../stores/course-store';
import { useCourse } from '../../stores/stores-context';

/** The selected lesson rendered read-only, or the course overview when none is selected. */
export function LessonPane({ tree, lessonId }: { tree: CourseTree; lessonId: string | null }) {
  const renameLesson = useCourse((s) => s.renameLesson);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const found = findLesson(tree, lessonId);

  if (!found) {
    const lessons = tree.modules.reduce((n, m) => n + m.lessons.length, 0);
    return (
      <main id="main" className="lesson-pane" tabIndex={-1}>
        <h1>{tree.title}</h1>
        {tree.description ? <p className="lead">{tree.description}</p> : null}
        <p className="muted">
          {tree.modules.length} {tree.modules.length === 1 ? 'module' : 'modules'}, {lessons}{' '}
          {lessons === 1 ? 'lesson' : 'lessons'}. {lessonId ? 'That lesson no longer exists. ' : ''}
          {lessons > 0 ? 'Select a lesson in the outline to see its content.' : 'Add a module, then a lesson.'}
        </p>
      </main>
    );
  }

  const { module, lesson } = found;
  return (
    <main id="main" className="lesson-pane" tabIndex={-1}>
      <p className="lesson-context">
        {module.title}
        {lesson.kind === 'quiz' ? ' · Graded quiz' : ''}
      </p>
      {renaming ? (
        <InlineRename
          initial={lesson.title}
          label={`New title for lesson ${lesson.title}`}
          onSave={(title) => renameLesson(lesson.id, title)}
          onDone={() => {
            setRenaming(false);
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <div className="lesson-title-row">
          <h1>{lesson.title}</h1>
          <button
            ref={renameButton}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Rename lesson ${lesson.title}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
        </div>
      )}
      <BlockList blocks={lesson.blocks} />
    </main>
  );
}
