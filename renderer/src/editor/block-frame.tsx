import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef } from 'react';
import { BLOCK_KINDS, type Block } from '../../../shared';
import { BlockEditor } from './blocks/block-editor';
import { PlayerBlockView, type CanvasContext } from './player-block-view';
import { useEditor } from './editor-context';
import { InsertMenu } from './insert-menu';
import { newBlock } from './blocks/new-block';

/** One block in the lesson editor: drag handle, toolbar (move, duplicate, delete) and its editor. */
export function BlockFrame({
  lessonId,
  block,
  index,
  count,
  graded,
  canvas,
  focusOnMount,
  onInserted,
}: {
  lessonId: string;
  block: Block;
  index: number;
  count: number;
  graded: boolean;
  /** The learner session the player views draw in. */
  canvas: CanvasContext;
  focusOnMount: boolean;
  /** Called with the id of a block inserted below this one (the lesson editor focuses it). */
  onInserted: (blockId: string) => void;
}) {
  const insertBlock = useEditor((s) => s.insertBlock);
  const value = useEditor((s) => s.drafts[block.id] ?? block);
  const invalid = useEditor((s) => s.invalid[block.id]);
  const editBlock = useEditor((s) => s.editBlock);
  const moveBlock = useEditor((s) => s.moveBlock);
  const duplicateBlock = useEditor((s) => s.duplicateBlock);
  const deleteBlock = useEditor((s) => s.deleteBlock);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: block.id,
  });
  const frame = useRef<HTMLElement | null>(null);
  const name = `${BLOCK_KINDS[block.type].label} block ${index + 1} of ${count}`;

  useEffect(() => {
    if (focusOnMount) frame.current?.querySelector<HTMLElement>('input, select, textarea, [contenteditable]')?.focus();
  }, [focusOnMount]);

  return (
    <li
      ref={(el) => {
        setNodeRef(el);
        frame.current = el;
      }}
      // Position during a drag comes from dnd-kit (set through the CSSOM, which the CSP allows).
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`block-frame${isDragging ? ' is-dragging' : ''}${invalid ? ' is-invalid' : ''}`}
      data-block-id={block.id}
      data-block-type={block.type}
      aria-label={name}
    >
      <div className="block-toolbar" role="toolbar" aria-label={`${name} actions`}>
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle"
          aria-label={`Drag to reorder ${name}`}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="block-type-label">{BLOCK_KINDS[block.type].label}</span>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => void moveBlock(block.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => void moveBlock(block.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Duplicate ${name}`}
          onClick={() => void duplicateBlock(block.id)}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={`Delete ${name}`}
          onClick={() => void deleteBlock(block.id)}
        >
          Delete
        </button>
      </div>
      {invalid ? (
        <p className="block-error" role="alert">
          Not saved: {invalid}
        </p>
      ) : null}
      <BlockEditor block={value} onChange={editBlock} graded={graded} />
      <PlayerBlockView block={value} ctx={canvas} />
      <div className="block-insert-below">
        <InsertMenu
          label="Insert below"
          small
          onPick={async (type) => {
            const created = await insertBlock(lessonId, newBlock(type), index + 1);
            if (created) onInserted(created.id);
          }}
        />
      </div>
    </li>
  );
}
