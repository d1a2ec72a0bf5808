import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, ChevronRight, Ellipsis, Pencil, Plus, Trash2 } from 'lucide-react';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ModuleOutline } from '../../../../shared';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { InlineRename } from '../../components/common/inline-rename';
import { TitleForm } from '../../components/common/title-form';
import { MenuButton } from '../../components/ui/menu';
import { useEditor } from '../../editor/editor-context';
import { useCourse, useStores } from '../../stores/stores-context';
import { MODULE_DROP_PREFIX } from './outline-dnd';
import { OutlineLesson } from './outline-lesson';
import { learnModuleHeight, moduleHeight, ROW_HEIGHT, useRowWindow, useShownNearView } from './outline-window';

interface ModuleProps {
  courseId: string;
  module: ModuleOutline;
  index: number;
  count: number;
  /** The selected lesson when it is in this module, else null (so other modules skip re-rendering). */
  selectedLessonId: string | null;
  collapsed: boolean;
  onToggle: (moduleId: string) => void;
}

/** Same outline content (ids, titles, kinds): block edits change the tree but not what the outline shows. */
const sameOutline = (a: ModuleProps, b: ModuleProps) =>
  a.courseId === b.courseId &&
  a.index === b.index &&
  a.count === b.count &&
  a.selectedLessonId === b.selectedLessonId &&
  a.collapsed === b.collapsed &&
  a.onToggle === b.onToggle &&
  a.module.id === b.module.id &&
  a.module.title === b.module.title &&
  a.module.lessons.length === b.module.lessons.length &&
  a.module.lessons.every((l, i) => {
    const o = b.module.lessons[i];
    return o !== undefined && o.id === l.id && o.title === l.title && o.kind === l.kind;
  });

/**
 * One module: a placeholder of its height (its title only) until it comes near the outline's view or holds the
 * selected lesson, then the module itself.
 */
export const OutlineModule = memo(function OutlineModule(props: ModuleProps) {
  const { module, index, selectedLessonId, collapsed } = props;
  const placeholder = useRef<HTMLLIElement>(null);
  if (useShownNearView(placeholder, selectedLessonId !== null)) return <ModuleSection {...props} />;
  return (
    <li
      ref={placeholder}
      className="outline-module is-placeholder"
      data-module-id={module.id}
      style={{ height: moduleHeight(module.lessons.length, collapsed) }}
    >
      <h3 className="outline-module-title">
        <span className="outline-number" aria-hidden="true">
          {index + 1}.
        </span>{' '}
        {module.title}
      </h3>
    </li>
  );
}, sameOutline);

/** A module shown: a collapsible header with its actions in a menu, its lessons (windowed), add a lesson. */
function ModuleSection(props: ModuleProps) {
  const { courseId, module, index, count, selectedLessonId, collapsed, onToggle } = props;
  const renameModule = useEditor((s) => s.renameModule);
  const moveModule = useEditor((s) => s.moveModule);
  const deleteModule = useEditor((s) => s.deleteModule);
  const { course } = useStores();
  // Read when the menu opens: a subscription would re-render every module on each save.
  const busy = () => course.getState().pendingWrites > 0;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: MODULE_DROP_PREFIX + module.id });
  const item = useRef<HTMLLIElement | null>(null);
  const setItem = useCallback(
    (el: HTMLLIElement | null) => {
      item.current = el;
      setNodeRef(el);
    },
    [setNodeRef],
  );
  const rows = module.lessons.length;
  useLayoutEffect(() => {
    if (item.current && mode === 'view') learnModuleHeight(item.current, rows, collapsed);
  }, [rows, collapsed, mode]);
  const ids = module.lessons.map((l) => l.id);
  const idsKey = ids.join(' ');
  // A stable array while the ids are the same: a new one would re-render every sortable row.
  const items = useMemo(() => idsKey.split(' ').filter(Boolean), [idsKey]);

  const onHeaderKey = (e: KeyboardEvent) => {
    if (e.key === 'F2') {
      e.preventDefault();
      setMode('rename');
    }
  };
  const focusAddLesson = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`[data-module-id="${module.id}"] .outline-add-lesson input`)?.focus(),
    );

  return (
    <li
      ref={setItem}
      className={`outline-module${isOver ? ' is-drop-target' : ''}${collapsed ? ' is-collapsed' : ''}`}
      data-module-id={module.id}
    >
      {mode === 'rename' ? (
        <InlineRename
          compact
          initial={module.title}
          label={`New title for module ${module.title}`}
          onSave={(title) => renameModule(module.id, title)}
          onDone={() => {
            setMode('view');
            requestAnimationFrame(() => toggle.current?.focus());
          }}
        />
      ) : (
        <div className="outline-module-header">
          <button
            ref={toggle}
            type="button"
            className="icon-button icon-button-quiet outline-collapse"
            aria-expanded={!collapsed}
            aria-controls={collapsed ? undefined : listId}
            aria-label={`Lessons of module ${module.title}`}
            title={collapsed ? 'Show lessons (F2 renames)' : 'Hide lessons (F2 renames)'}
            onClick={() => onToggle(module.id)}
            onKeyDown={onHeaderKey}
          >
            <ChevronRight aria-hidden="true" focusable="false" />
          </button>
          <h3 className="outline-module-title" title={module.title} onDoubleClick={() => setMode('rename')}>
            <span className="outline-number" aria-hidden="true">
              {index + 1}.
            </span>{' '}
            {module.title}
          </h3>
          <MenuButton
            className="outline-row-menu"
            icon={Ellipsis}
            label={`Actions for module ${module.title}`}
            items={() => [
              { label: 'Rename', icon: Pencil, onSelect: () => setMode('rename') },
              {
                label: 'Add lesson',
                icon: Plus,
                onSelect: () => {
                  if (collapsed) onToggle(module.id);
                  focusAddLesson();
                },
              },
              {
                label: 'Move up',
                icon: ArrowUp,
                disabled: index === 0 || busy(),
                onSelect: () => void moveModule(module.id, index - 1),
              },
              {
                label: 'Move down',
                icon: ArrowDown,
                disabled: index === count - 1 || busy(),
                onSelect: () => void moveModule(module.id, index + 1),
              },
              { label: 'Delete', icon: Trash2, danger: true, onSelect: () => setMode('confirmDelete') },
            ]}
          />
        </div>
      )}

      {collapsed ? null : (
        <>
          <SortableContext items={items} strategy={verticalListSortingStrategy}>
            <LessonRows id={listId} courseId={courseId} module={module} selectedLessonId={selectedLessonId} />
          </SortableContext>
          {module.lessons.length === 0 ? <p className="muted outline-empty">No lessons yet.</p> : null}
          <AddLessonForm moduleId={module.id} moduleTitle={module.title} />
        </>
      )}
      {mode === 'confirmDelete' ? (
        <ConfirmDialog
          title={`Delete module “${module.title}”?`}
          confirmLabel="Delete module"
          onConfirm={() => {
            setMode('view');
            void deleteModule(module.id);
          }}
          onCancel={() => {
            setMode('view');
            requestAnimationFrame(() => toggle.current?.focus());
          }}
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

/** The rows in view; the others are the list's padding (same height), so the scrollbar stays true. */
function LessonRows({
  id,
  courseId,
  module,
  selectedLessonId,
}: {
  id: string;
  courseId: string;
  module: ModuleOutline;
  selectedLessonId: string | null;
}) {
  const list = useRef<HTMLOListElement>(null);
  const total = module.lessons.length;
  const [start, end] = useRowWindow(list, total);
  return (
    <ol
      ref={list}
      id={id}
      className="outline-lessons"
      style={{ paddingTop: start * ROW_HEIGHT, paddingBottom: (total - end) * ROW_HEIGHT }}
    >
      {module.lessons.slice(start, end).map((lesson, i) => (
        <OutlineLesson
          key={lesson.id}
          courseId={courseId}
          moduleId={module.id}
          lessonId={lesson.id}
          title={lesson.title}
          kind={lesson.kind}
          index={start + i}
          count={total}
          selected={lesson.id === selectedLessonId}
        />
      ))}
    </ol>
  );
}

function AddLessonForm({ moduleId, moduleTitle }: { moduleId: string; moduleTitle: string }) {
  const addLesson = useEditor((s) => s.addLesson);
  const busy = useCourse((s) => s.pendingWrites > 0);
  return (
    <TitleForm
      className="outline-add-lesson"
      label={`New lesson title in ${moduleTitle}`}
      hideLabel
      placeholder="Add a lesson…"
      submitLabel="Add lesson"
      onSubmit={async (title) => (await addLesson(moduleId, title)) !== null}
      disabled={busy}
    />
  );
}
