import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ArrowDown,
  ArrowUp,
  ClipboardCheck,
  Copy,
  Ellipsis,
  FileText,
  FolderInput,
  GripVertical,
  Pencil,
  Trash2,
} from 'lucide-react';
import { memo, useState, type KeyboardEvent } from 'react';
import { InlineRename } from '../../components/common/inline-rename';
import { RouteLink } from '../../components/common/route-link';
import { MenuButton, type MenuEntry } from '../../components/ui/menu';
import { useEditor, useEditorStores } from '../../editor/editor-context';
import { useStores } from '../../stores/stores-context';

/** Where nothing hovers (touch), the handle and menu show all the time (outline.css), so their icons are drawn. */
const NO_HOVER = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;

interface OutlineLessonProps {
  courseId: string;
  moduleId: string;
  lessonId: string;
  title: string;
  kind: 'content' | 'quiz';
  index: number;
  /** Lessons in the module (for "move down"). */
  count: number;
  selected: boolean;
}

/**
 * One lesson row: drag handle, a one-line link (double-click, F2, or Enter on the selected lesson to
 * rename in place), a quiz mark, and its actions in a menu. Memoised on plain values: a save that
 * does not touch the outline re-renders no row.
 */
export const OutlineLesson = memo(function OutlineLesson(props: OutlineLessonProps) {
  const { courseId, lessonId, title, kind, index, count, selected } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: lessonId,
  });
  const renameLesson = useEditor((s) => s.renameLesson);
  const [renaming, setRenaming] = useState(false);
  // The handle's and the menu's icons are invisible until the row is hovered or focused (outline.css): drawn from
  // then on, so a view full of rows builds two icons per row fewer. Their buttons are there (same size) all along.
  const [pointedAt, setPointedAt] = useState(NO_HOVER);
  const showControls = () => setPointedAt(true);
  const decorated = pointedAt || selected;
  const actions = useLessonActions(props, () => setRenaming(true));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'F2' || (e.key === 'Enter' && selected && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      setRenaming(true);
    }
  };
  const focusLink = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-lesson-id="${lessonId}"] .outline-lesson`)?.focus(),
    );

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`outline-lesson-row${isDragging ? ' is-dragging' : ''}${selected ? ' is-selected' : ''}`}
      data-lesson-id={lessonId}
      aria-setsize={count}
      aria-posinset={index + 1}
      onPointerEnter={showControls}
      onFocus={showControls}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`Drag to move lesson ${title}`}
        {...attributes}
        {...listeners}
      >
        {decorated ? <GripVertical aria-hidden="true" focusable="false" /> : null}
      </button>
      {renaming ? (
        <InlineRename
          compact
          initial={title}
          label={`New title for lesson ${title}`}
          onSave={(t) => renameLesson(lessonId, t)}
          onDone={() => {
            setRenaming(false);
            focusLink();
          }}
        />
      ) : (
        <RouteLink
          className="outline-lesson"
          route={{ screen: 'course', courseId, lessonId }}
          current={selected}
          title={title}
          onKeyDown={onKeyDown}
          onDoubleClick={() => setRenaming(true)}
        >
          {kind === 'quiz' ? (
            <span role="img" aria-label="Quiz" className="outline-kind outline-kind-quiz">
              <ClipboardCheck aria-hidden="true" focusable="false" />
            </span>
          ) : (
            <FileText className="outline-kind" aria-hidden="true" focusable="false" />
          )}
          <span className="outline-lesson-title">{title}</span>
        </RouteLink>
      )}
      {renaming ? null : (
        <MenuButton
          className="outline-row-menu"
          icon={decorated ? Ellipsis : undefined}
          label={`Actions for lesson ${title}`}
          items={() => actions(index, count)}
        />
      )}
    </li>
  );
});

/** The row's menu, built only when it opens (the module list comes from the store at that moment). */
function useLessonActions(props: OutlineLessonProps, rename: () => void) {
  const { course } = useStores();
  const { editor } = useEditorStores();
  const { moduleId, lessonId } = props;
  return (index: number, count: number): MenuEntry[] => {
    const e = editor.getState();
    const busy = course.getState().pendingWrites > 0;
    const others = (course.getState().tree?.modules ?? []).filter((m) => m.id !== moduleId);
    return [
      { label: 'Rename', icon: Pencil, onSelect: rename },
      { label: 'Duplicate', icon: Copy, onSelect: () => void e.duplicateLesson(lessonId), disabled: busy },
      {
        label: 'Move up',
        icon: ArrowUp,
        onSelect: () => void e.moveLesson(lessonId, moduleId, index - 1),
        disabled: index === 0 || busy,
      },
      {
        label: 'Move down',
        icon: ArrowDown,
        onSelect: () => void e.moveLesson(lessonId, moduleId, index + 1),
        disabled: index >= count - 1 || busy,
      },
      ...(others.length > 0 ? [{ kind: 'group' as const, label: 'Move to module' }] : []),
      ...others.map((m) => ({
        label: m.title,
        icon: FolderInput,
        onSelect: () => void e.moveLesson(lessonId, m.id, m.lessons.length),
        disabled: busy,
      })),
      {
        label: 'Delete',
        icon: Trash2,
        danger: true,
        onSelect: () => void e.deleteLesson(lessonId),
        disabled: busy,
      },
    ];
  };
}
