import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useRef, useState } from 'react';
import type { CourseTree, LessonTree, ModuleTree } from '../../../../shared';
import { RouteLink } from '../../components/common/route-link';
import { useEditor } from '../../editor/editor-context';
import { useCourse } from '../../stores/stores-context';

interface RowProps {
  tree: CourseTree;
  module: ModuleTree;
  lesson: LessonTree;
  index: number;
  selected: boolean;
}

type Drag = Pick<
  ReturnType<typeof useSortable>,
  'attributes' | 'listeners' | 'setNodeRef' | 'setActivatorNodeRef' | 'transform' | 'transition' | 'isDragging'
>;

/**
 * A lesson row. `sortable` rows register with dnd-kit; the outline first paints plain rows and
 * upgrades them right after (500 sortable hooks cost more than the rest of the outline together).
 */
export function OutlineLesson(props: RowProps & { sortable: boolean }) {
  return props.sortable ? <SortableLessonRow {...props} /> : <LessonRow {...props} drag={null} />;
}

function SortableLessonRow(props: RowProps) {
  const drag = useSortable({ id: props.lesson.id });
  return <LessonRow {...props} drag={drag} />;
}

/** Link that selects the lesson, drag handle, and keyboard alternatives (up, down, move to module, delete). */
function LessonRow({ tree, module, lesson, index, selected, drag }: RowProps & { drag: Drag | null }) {
  const moveLesson = useEditor((s) => s.moveLesson);
  const deleteLesson = useEditor((s) => s.deleteLesson);
  const busy = useCourse((s) => s.pendingWrites > 0);
  const moveId = useId();
  const [moving, setMoving] = useState(false);
  const moveButton = useRef<HTMLButtonElement>(null);
  const others = tree.modules.filter((m) => m.id !== module.id);

  return (
    <li
      ref={drag?.setNodeRef}
      style={drag ? { transform: CSS.Transform.toString(drag.transform), transition: drag.transition } : undefined}
      className={`outline-lesson-row${drag?.isDragging ? ' is-dragging' : ''}`}
      data-lesson-id={lesson.id}
    >
      <button
        ref={drag?.setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`Drag to move lesson ${lesson.title}`}
        disabled={!drag}
        {...drag?.attributes}
        {...drag?.listeners}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <RouteLink
        className="outline-lesson"
        route={{ screen: 'course', courseId: tree.id, lessonId: lesson.id }}
        current={selected}
      >
        {lesson.title}
        {lesson.kind === 'quiz' ? <span className="badge badge-quiz">Quiz</span> : null}
      </RouteLink>
      <span className="outline-actions">
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Move lesson ${lesson.title} up`}
          disabled={index === 0 || busy}
          onClick={() => void moveLesson(lesson.id, module.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Move lesson ${lesson.title} down`}
          disabled={index === module.lessons.length - 1 || busy}
          onClick={() => void moveLesson(lesson.id, module.id, index + 1)}
        >
          ↓
        </button>
        {others.length > 0 && moving ? (
          <>
            <label htmlFor={moveId} className="visually-hidden">
              Move lesson {lesson.title} to module
            </label>
            <select
              id={moveId}
              className="outline-move-select"
              value=""
              disabled={busy}
              autoFocus
              onBlur={() => setMoving(false)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setMoving(false);
                  requestAnimationFrame(() => moveButton.current?.focus());
                }
              }}
              onChange={(e) => {
                const to = tree.modules.find((m) => m.id === e.target.value);
                setMoving(false);
                if (to) void moveLesson(lesson.id, to.id, to.lessons.length);
              }}
            >
              <option value="">Choose a module…</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </>
        ) : others.length > 0 ? (
          // The module list is built only on demand: 500 lessons × N modules of <option>s slowed opening.
          <button
            ref={moveButton}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Move lesson ${lesson.title} to another module`}
            onClick={() => setMoving(true)}
          >
            Move…
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={`Delete lesson ${lesson.title}`}
          onClick={() => void deleteLesson(lesson.id)}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
