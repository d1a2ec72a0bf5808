import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useRef, useState } from 'react';
import type { CourseTree, ModuleTree } from '../../../../shared';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { InlineRename } from '../../components/common/inline-rename';
import { TitleForm } from '../../components/common/title-form';
import { useEditor } from '../../editor/editor-context';
import { useCourse } from '../../stores/stores-context';
import { MODULE_DROP_PREFIX } from './outline-dnd';
import { OutlineLesson } from './outline-lesson';

/** One module in the outline: its lessons (sortable, movable), rename, reorder, delete, add a lesson. */
export function OutlineModule({
  tree,
  module,
  index,
  selectedLessonId,
  sortable,
}: {
  tree: CourseTree;
  module: ModuleTree;
  index: number;
  selectedLessonId: string | null;
  sortable: boolean;
}) {
  const addLesson = useEditor((s) => s.addLesson);
  const renameModule = useEditor((s) => s.renameModule);
  const moveModule = useEditor((s) => s.moveModule);
  const deleteModule = useEditor((s) => s.deleteModule);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const renameButton = useRef<HTMLButtonElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: MODULE_DROP_PREFIX + module.id });
  const count = tree.modules.length;

  return (
    <li className={`outline-module${isOver ? ' is-drop-target' : ''}`} data-module-id={module.id}>
      {mode === 'rename' ? (
        <InlineRename
          initial={module.title}
          label={`New title for module ${module.title}`}
          onSave={(title) => renameModule(module.id, title)}
          onDone={() => {
            setMode('view');
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
          <span className="outline-actions">
            <button
              ref={renameButton}
              type="button"
              className="button button-small button-quiet"
              aria-label={`Rename module ${module.title}`}
              onClick={() => setMode('rename')}
            >
              Rename
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Move module ${module.title} up`}
              disabled={index === 0 || busy}
              onClick={() => void moveModule(module.id, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Move module ${module.title} down`}
              disabled={index === count - 1 || busy}
              onClick={() => void moveModule(module.id, index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button-small button-danger-quiet"
              aria-label={`Delete module ${module.title}`}
              onClick={() => setMode('confirmDelete')}
            >
              Delete
            </button>
          </span>
        </div>
      )}

      <SortableContext items={module.lessons.map((l) => l.id)} strategy={verticalListSortingStrategy}>
        <ol className="outline-lessons" ref={setNodeRef}>
          {module.lessons.map((lesson, i) => (
            <OutlineLesson
              key={lesson.id}
              tree={tree}
              module={module}
              lesson={lesson}
              index={i}
              selected={lesson.id === selectedLessonId}
              sortable={sortable}
            />
          ))}
          {module.lessons.length === 0 ? <li className="muted outline-empty">No lessons yet.</li> : null}
        </ol>
      </SortableContext>

      <TitleForm
        className="outline-add-lesson"
        label={`New lesson title in ${module.title}`}
        hideLabel
        placeholder="New lesson title"
        submitLabel="Add lesson"
        onSubmit={async (title) => (await addLesson(module.id, title)) !== null}
        disabled={busy}
      />
      {mode === 'confirmDelete' ? (
        <ConfirmDialog
          title={`Delete module “${module.title}”?`}
          confirmLabel="Delete module"
          onConfirm={() => {
            setMode('view');
            void deleteModule(module.id);
          }}
          onCancel={() => setMode('view')}
        >
          <p>
            Its {module.lessons.length} {module.lessons.length === 1 ? 'lesson' : 'lessons'} will be deleted too. You
            can undo this with Ctrl+Z.
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
