import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Pencil } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CourseOutline } from '../../../../shared';
import { InlineRename } from '../../components/common/inline-rename';
import { TitleForm } from '../../components/common/title-form';
import { IconButton } from '../../components/ui/icon-button';
import { useEditor } from '../../editor/editor-context';
import { findLesson } from '../../stores/course-store';
import { useCourse, useStores } from '../../stores/stores-context';
import { lessonDropTarget } from './outline-dnd';
import { OutlineModule } from './outline-module';
import { refreshOutlineWindows, scrollRowIntoView } from './outline-window';
import './outline.css';

// Module constants: new option objects would make new sensors, and every sortable row would re-render.
const POINTER = { activationConstraint: { distance: 4 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/** The course's modules and lessons: select, add, rename, delete, collapse, and reorder by drag or keyboard. */
export function CourseOutline({ tree, selectedLessonId }: { tree: CourseOutline; selectedLessonId: string | null }) {
  const { course } = useStores();
  const addModule = useEditor((s) => s.addModule);
  const moveLesson = useEditor((s) => s.moveLesson);
  const updateCourse = useEditor((s) => s.updateCourse);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const [renaming, setRenaming] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const renameButton = useRef<HTMLButtonElement>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  const selectedModuleId = findLesson(tree, selectedLessonId)?.module.id ?? null;

  const onToggle = useCallback((moduleId: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(moduleId)) next.add(moduleId);
      return next;
    });
  }, []);

  // The selected lesson is always visible: its module opens (adjusted while rendering, when the
  // selection changes) and the outline scrolls to its row.
  const [shownSelection, setShownSelection] = useState(selectedLessonId);
  if (shownSelection !== selectedLessonId) {
    setShownSelection(selectedLessonId);
    if (selectedModuleId && collapsed.has(selectedModuleId)) {
      const next = new Set(collapsed);
      next.delete(selectedModuleId);
      setCollapsed(next);
    }
  }
  useEffect(() => {
    if (!selectedLessonId || !selectedModuleId) return;
    const frame = requestAnimationFrame(() => {
      const found = findLesson(course.getState().tree, selectedLessonId);
      const list = document.querySelector<HTMLElement>(`[data-module-id="${selectedModuleId}"] .outline-lessons`);
      if (found && list) scrollRowIntoView(list, found.module.lessons.indexOf(found.lesson));
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedLessonId, selectedModuleId, course]);

  // Collapsing a module or adding lessons moves the lists below it without a scroll: re-measure what is in view.
  useEffect(() => refreshOutlineWindows(), [tree, collapsed]);

  // Stable handlers: a new DndContext prop would re-render every sortable row.
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const t = course.getState().tree;
      if (!over || !t) return;
      const target = lessonDropTarget(t, String(active.id), String(over.id));
      if (target) void moveLesson(String(active.id), target.moduleId, target.index);
    },
    [course, moveLesson],
  );
  const accessibility = useMemo(() => {
    const titleOf = (id: string | number) => findLesson(course.getState().tree, String(id))?.lesson.title ?? 'item';
    const announcements: Announcements = {
      onDragStart: ({ active }) => `Picked up lesson ${titleOf(active.id)}.`,
      onDragOver: ({ active, over }) => (over ? `Lesson ${titleOf(active.id)} is over ${titleOf(over.id)}.` : ''),
      onDragEnd: ({ active, over }) => (over ? `Dropped lesson ${titleOf(active.id)}.` : 'Dropped.'),
      onDragCancel: () => 'Moving cancelled.',
    };
    return { announcements };
  }, [course]);

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
            <h2 className="outline-course-title" title={tree.title} onDoubleClick={() => setRenaming(true)}>
              {tree.title}
            </h2>
            <IconButton
              ref={renameButton}
              icon={Pencil}
              label={`Rename course ${tree.title}`}
              onClick={() => setRenaming(true)}
            />
          </div>
        )}
      </div>

      {tree.modules.length === 0 ? <p className="muted">No modules yet. Add the first one below.</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <ol className="outline-modules">
          {tree.modules.map((module, i) => (
            <OutlineModule
              key={module.id}
              courseId={tree.id}
              module={module}
              index={i}
              count={tree.modules.length}
              selectedLessonId={module.id === selectedModuleId ? selectedLessonId : null}
              collapsed={collapsed.has(module.id)}
              onToggle={onToggle}
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
