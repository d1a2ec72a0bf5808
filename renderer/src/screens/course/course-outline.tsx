import { useRef, useState } from 'react';
import type { CourseTree } from '../../../../shared';
import { InlineRename } from '../../components/common/inline-rename';
import { TitleForm } from '../../components/common/title-form';
import { useCourse } from '../../stores/stores-context';
import { OutlineModule } from './outline-module';

/** The course's modules and lessons: select a lesson, add modules and lessons, rename them. */
export function CourseOutline({ tree, selectedLessonId }: { tree: CourseTree; selectedLessonId: string | null }) {
  const addModule = useCourse((s) => s.addModule);
  const renameCourse = useCourse((s) => s.renameCourse);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  return (
    <nav className="outline" aria-label="Course outline">
      <div className="outline-course">
        {renaming ? (
          <InlineRename
            initial={tree.title}
            label={`New title for ${tree.title}`}
            onSave={renameCourse}
            onDone={() => {
              setRenaming(false);
              requestAnimationFrame(() => renameButton.current?.focus());
            }}
          />
        ) : (
          <div className="outline-title-row">
            <h2 className="outline-course-title">{tree.title}</h2>
            <button
              ref={renameButton}
              type="button"
              className="button button-small button-quiet"
              aria-label={`Rename course ${tree.title}`}
              onClick={() => setRenaming(true)}
            >
              Rename
            </button>
          </div>
        )}
      </div>

      {tree.modules.length === 0 ? <p className="muted">No modules yet. Add the first one below.</p> : null}
      <ol className="outline-modules">
        {tree.modules.map((module, i) => (
          <OutlineModule
            key={module.id}
            courseId={tree.id}
            module={module}
            index={i}
            selectedLessonId={selectedLessonId}
          />
        ))}
      </ol>

      <TitleForm
        className="outline-add-module"
        label="New module title"
        submitLabel="Add module"
        placeholder="Module title"
        onSubmit={async (title) => (await addModule(title)) !== null}
        disabled={busy}
      />
    </nav>
  );
}
