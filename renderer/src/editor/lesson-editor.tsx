import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import type { CourseOutline, LessonTree } from '../../../shared';
import { BlockFrame } from './block-frame';
import { canvasThemeStyle, CanvasThemeHeader } from './canvas-theme';
import { newBlock } from './blocks/new-block';
import { useEditor } from './editor-context';
import { InsertMenu } from './insert-menu';
import { useMediaDrop } from './media/media-drop-zone';
import { useCanvasContext } from './player-block-view';

/** Widths the canvas can be shown at (the learner's device); `desktop` is the pane's full width. */
export const CANVAS_WIDTHS = ['phone', 'tablet', 'desktop'] as const;
export type CanvasWidth = (typeof CANVAS_WIDTHS)[number];

/**
 * The lesson canvas: the selected lesson's blocks as the learner sees them (player views, course theme, chosen
 * width), one block selected at a time for editing, reorderable by drag (pointer or keyboard) and buttons.
 */
export function LessonEditor({
  tree,
  lesson,
  width = 'desktop',
}: {
  tree: CourseOutline;
  lesson: LessonTree;
  width?: CanvasWidth;
}) {
  const canvas = useCanvasContext(tree, lesson);
  const insertBlock = useEditor((s) => s.insertBlock);
  const moveBlock = useEditor((s) => s.moveBlock);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const inserted = (id: string) => {
    setFocusId(id);
    setSelectedId(id);
  };
  const mediaDrop = useMediaDrop(lesson);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = lesson.blocks.map((b) => b.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) void moveBlock(String(active.id), to);
  };
  const label = (id: string | number) => {
    const i = ids.indexOf(String(id));
    return i >= 0 ? `block ${i + 1}` : 'block';
  };

  return (
    <section
      className={`lesson-editor lesson-canvas canvas-width-${width} cw-font-${tree.settings.theme.fontFamily}${mediaDrop.state === 'over' ? ' lesson-editor-drop' : ''}`}
      // The course theme, as the player sets it on :root (CSSOM, which the CSP allows).
      style={canvasThemeStyle(tree)}
      data-cw-variant={tree.settings.theme.variant}
      data-cw-theme={tree.settings.theme.name}
      data-canvas-width={width}
      aria-label="Lesson content"
      {...mediaDrop.handlers}
    >
      <CanvasThemeHeader tree={tree} lesson={lesson} />
      {lesson.blocks.length === 0 ? <p className="muted">This lesson is empty. Add its first block.</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `Picked up ${label(active.id)}.`,
            onDragOver: ({ active, over }) =>
              over ? `${label(active.id)} is over position ${ids.indexOf(String(over.id)) + 1}.` : '',
            onDragEnd: ({ active, over }) =>
              over ? `Moved ${label(active.id)} to position ${ids.indexOf(String(over.id)) + 1}.` : 'Dropped.',
            onDragCancel: () => 'Reordering cancelled.',
          },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="block-list-editor">
            {lesson.blocks.map((block, i) => (
              <BlockFrame
                key={block.id}
                lessonId={lesson.id}
                block={block}
                index={i}
                count={lesson.blocks.length}
                graded={lesson.kind === 'quiz'}
                canvas={canvas}
                selected={block.id === selectedId}
                onSelect={setSelectedId}
                focusOnMount={block.id === focusId}
                onInserted={inserted}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {mediaDrop.hint}
      <InsertMenu
        onPick={async (type) => {
          const created = await insertBlock(lesson.id, newBlock(type), lesson.blocks.length);
          if (created) inserted(created.id);
        }}
      />
    </section>
  );
}
