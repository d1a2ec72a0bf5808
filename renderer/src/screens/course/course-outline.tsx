import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { CourseTree } from '../../../../shared';
import { InlineRename } from '../../components/common/inline-rename';
import { TitleForm } from '../../components/common/title-form';
import { useEditor } from '../../editor/editor-context';
import { useCourse } from '../../stores/stores-context';
import { lessonDropTarget } from './outline-dnd';
import { OutlineModule } from './outline-module';

/** The course's modules and lessons: select, add, rename, delete, and reorder or move by drag or keyboard. */
export function CourseOutline({ tree, selectedLessonId }: { tree: CourseTree; selectedLessonId: string | null }) {
  const addModule = useEditor((s) => s.addModule);
  const moveLesson = useEditor((s) => s.moveLesson);
  const updateCourse = useEditor((s) => s.updateCourse);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Paint the outline first, then make its rows draggable in a non-blocking render (see OutlineLesson).
  const [sortable, setSortable] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setSortable(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) =>
    tree.modules.flatMap((m) => m.lessons).find((l) => l.id === String(id))?.title ?? 'item';
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const target = lessonDropTarget(tree, String(active.id), String(over.id));
    if (target) void moveLesson(String(active.id), target.moduleId, target.index);
  };

  return (
    <nav className="outline" aria-label="Course outline">
      <div className="outline-course">
        {renaming ? (
          <InlineRename
            initial={tree.title}
            label={`New title for ${tree.title}`}
            onSave={(title) => updateCourse({ title })}
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
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `Picked up lesson ${titleOf(active.id)}.`,
            onDragOver: ({ active, over }) => (over ? `Lesson ${titleOf(active.id)} is over ${titleOf(over.id)}.` : ''),
            onDragEnd: ({ active, over }) => (over ? `Dropped lesson ${titleOf(active.id)}.` : 'Dropped.'),
            onDragCancel: () => 'Moving cancelled.',
          },
        }}
      >
        <ol className="outline-modules">
          {tree.modules.map((module, i) => (
            <OutlineModule
              key={module.id}
              tree={tree}
              module={module}
              index={i}
              selectedLessonId={selectedLessonId}
              sortable={sortable}
            />
          ))}
        </ol>
      </DndContext>

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
