import { useRef, useState } from 'react';
import type { ModuleTree } from '../../../../shared';
import { InlineRename } from '../../components/common/inline-rename';
import { RouteLink } from '../../components/common/route-link';
import { TitleForm } from '../../components/common/title-form';
import { useCourse } from '../../stores/stores-context';

/** One module in the outline: its lessons (links that select them) and a field to add a lesson. */
export function OutlineModule({
  courseId,
  module,
  index,
  selectedLessonId,
}: {
  courseId: string;
  module: ModuleTree;
  index: number;
  selectedLessonId: string | null;
}) {
  const addLesson = useCourse((s) => s.addLesson);
  const renameModule = useCourse((s) => s.renameModule);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  return (
    <li className="outline-module" data-module-id={module.id}>
      {renaming ? (
        <InlineRename
          initial={module.title}
          label={`New title for module ${module.title}`}
          onSave={(title) => renameModule(module.id, title)}
          onDone={() => {
            setRenaming(false);
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <div className="outline-title-row">
          <h3 className="outline-module-title">
            <span className="outline-number" aria-hidden="true">
              {index + 1}.
            </span>{' '}
            {module.title}
          </h3>
          <button
            ref={renameButton}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Rename module ${module.title}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
        </div>
      )}

      {module.lessons.length > 0 ? (
        <ol className="outline-lessons">
          {module.lessons.map((lesson) => (
            <li key={lesson.id}>
              <RouteLink
                className="outline-lesson"
                route={{ screen: 'course', courseId, lessonId: lesson.id }}
                current={lesson.id === selectedLessonId}
              >
                {lesson.title}
                {lesson.kind === 'quiz' ? <span className="badge badge-quiz">Quiz</span> : null}
              </RouteLink>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted outline-empty">No lessons yet.</p>
      )}

      <TitleForm
        className="outline-add-lesson"
        label={`New lesson title in ${module.title}`}
        hideLabel
        placeholder="New lesson title"
        submitLabel="Add lesson"
        onSubmit={async (title) => (await addLesson(module.id, title)) !== null}
        disabled={busy}
      />
    </li>
  );
}
