import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, Copy, GripVertical, Repeat2, Settings2, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { BLOCK_KINDS, conversionTargets, type Block, type BlockType } from '../../../shared';
import { IconButton } from '../components/ui/icon-button';
import { MenuButton } from '../components/ui/menu';
import type { EditorPart } from './blocks/block-part-types';
import { BlockEditor } from './blocks/block-editor';
import { CANVAS_PARTS, type CanvasPart } from './blocks/in-place-parts';
import { newBlock } from './blocks/new-block';
import { useEditor } from './editor-context';
import { InsertMenu } from './insert-menu';
import { PlayerBlockView, type CanvasContext } from './player-block-view';

/**
 * One block on the lesson canvas: the player's view of it, a toolbar shown on hover/focus (drag, move,
 * duplicate, delete, settings) and, for the selected block only, its editing part in a settings panel.
 * An unselected block shows no form control: click it, or Enter/Space on the focused block, to select it.
 */
export function BlockFrame({
  lessonId,
  block,
  index,
  count,
  graded,
  canvas,
  selected,
  onSelect,
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
  selected: boolean;
  /** Selects this block (its id) or clears the selection (null). */
  onSelect: (blockId: string | null) => void;
  focusOnMount: boolean;
  /** Called with the id of a block inserted below this one (the lesson editor selects and focuses it). */
  onInserted: (blockId: string) => void;
}) {
  const insertBlock = useEditor((s) => s.insertBlock);
  const value = useEditor((s) => s.drafts[block.id] ?? block);
  const invalid = useEditor((s) => s.invalid[block.id]);
  const editBlock = useEditor((s) => s.editBlock);
  const moveBlock = useEditor((s) => s.moveBlock);
  const duplicateBlock = useEditor((s) => s.duplicateBlock);
  const deleteBlock = useEditor((s) => s.deleteBlock);
  const convertBlock = useEditor((s) => s.convertBlock);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: block.id,
  });
  const frame = useRef<HTMLElement | null>(null);
  const kindLabel = BLOCK_KINDS[block.type].label;
  const name = `${kindLabel} block ${index + 1} of ${count}`;
  const targets = conversionTargets(block.type);
  const canvasPart = CANVAS_PARTS[block.type] as CanvasPart<BlockType> | undefined;
  const InPlace = selected ? canvasPart?.inPlace : undefined;
  const Settings: EditorPart<BlockType> | undefined = canvasPart ? canvasPart.settings : BlockEditor;

  useEffect(() => {
    if (focusOnMount && selected)
      frame.current
        ?.querySelector<HTMLElement>(
          ':is(.block-in-place, .block-settings) :is(input, select, textarea, [contenteditable])',
        )
        ?.focus();
  }, [focusOnMount, selected]);

  return (
    <li
      ref={(el) => {
        setNodeRef(el);
        frame.current = el;
      }}
      // Position during a drag comes from dnd-kit (set through the CSSOM, which the CSP allows).
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`block-frame${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}${invalid ? ' is-invalid' : ''}`}
      data-block-id={block.id}
      data-block-type={block.type}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      // The block itself is a tab stop: Enter or Space selects it, Escape (anywhere inside) deselects it.
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onSelect(block.id);
        } else if (e.key === 'Escape' && selected) {
          onSelect(null);
          frame.current?.focus();
        }
      }}
    >
      <div className="block-toolbar" role="toolbar" aria-label={`${name} actions`}>
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle icon-button icon-button-quiet"
          aria-label={`Drag to reorder ${name}`}
          title="Drag to reorder (or Space, arrows, Space)"
          {...attributes}
          {...listeners}
        >
          <GripVertical aria-hidden="true" focusable="false" />
        </button>
        <span className="block-type-label">{kindLabel}</span>
        <IconButton
          icon={ArrowUp}
          label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => void moveBlock(block.id, index - 1)}
        />
        <IconButton
          icon={ArrowDown}
          label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => void moveBlock(block.id, index + 1)}
        />
        {targets.length > 0 ? (
          <MenuButton
            icon={Repeat2}
            label={`Turn ${name} into…`}
            items={() => [
              { kind: 'group', label: 'Turn into' },
              ...targets.map((to) => ({
                label: BLOCK_KINDS[to].label,
                onSelect: () =>
                  void convertBlock(block.id, to).then((created) => {
                    if (created) onInserted(created.id);
                  }),
              })),
            ]}
          />
        ) : null}
        <IconButton icon={Copy} label={`Duplicate ${name}`} onClick={() => void duplicateBlock(block.id)} />
        <IconButton
          icon={Trash2}
          variant="danger-quiet"
          label={`Delete ${name}`}
          onClick={() => void deleteBlock(block.id)}
        />
        <IconButton
          icon={Settings2}
          label={`Edit ${name}`}
          aria-pressed={selected}
          onClick={() => onSelect(selected ? null : block.id)}
        />
      </div>
      {invalid ? (
        <p className="block-error" role="alert">
          Not saved: {invalid}
        </p>
      ) : null}
      {/* A pointer click on the learner's view selects the block (the keyboard uses the block itself). */}
      <div className="block-canvas-view" onClick={() => selected || onSelect(block.id)}>
        {InPlace ? (
          <div className="block-in-place cw-main cw-canvas-block" data-in-place={block.type}>
            <InPlace block={value} onChange={editBlock} graded={graded} />
          </div>
        ) : (
          <PlayerBlockView block={value} ctx={canvas} />
        )}
      </div>
      {selected && Settings ? (
        <section className="block-settings" aria-label={`${kindLabel} settings`}>
          <Settings block={value} onChange={editBlock} graded={graded} />
        </section>
      ) : null}
      <div className="block-insert-below">
        <InsertMenu
          label=""
          ariaLabel={`Insert a block below ${name}`}
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
