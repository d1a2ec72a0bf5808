import { useId, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { LABELED_MARKERS, type BlockOf } from '../../../../shared';
import { useStores } from '../../stores/stores-context';
import { AssetPicker } from './asset-picker';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { NumberField, TextArea, TextField } from './fields';
import { ItemRowControls } from './item-row-controls';
import { addItem, updateItem } from './item-list';
import './labeled-graphic-part.css';

type Marker = BlockOf<'labeledGraphic'>['markers'][number];
type Point = { x: number; y: number };

const clamp = (v: number) => Math.round(Math.max(0, Math.min(100, v)) * 10) / 10;

export function newMarker(n: number, at: Point): Marker {
  return {
    id: crypto.randomUUID(),
    ...at,
    title: `Marker ${n}`,
    text: '',
    imageAssetId: null,
    imageAlt: '',
    audioAssetId: null,
  };
}

/**
 * Click on the image to place a marker; drag a marker to move it, or focus it and use the arrow keys (Shift: by
 * 5 %). Positions are percent of the image, as the player draws them.
 */
function MarkerCanvas(props: {
  assetId: string;
  markers: Marker[];
  onAdd: (at: Point) => void;
  onMove: (id: string, at: Point) => void;
}) {
  const { api } = useStores();
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [drag, setDrag] = useState<{ id: string; at: Point; moved: boolean } | null>(null);
  // The drag as the pointer handlers see it: a ref, not the render's state, so that a move or release arriving before
  // React re-rendered (a busy machine, a quick flick) still belongs to the drag.
  const dragging = useRef<{ id: string; at: Point; moved: boolean } | null>(null);
  // Whether the press that ends in a click began on the image itself: a press on a marker never adds one, wherever
  // the pointer is released.
  const pressedOnImage = useRef(false);
  const isImage = (t: EventTarget) => t === box.current || (t as HTMLElement).tagName === 'IMG';
  const pointAt = (e: { clientX: number; clientY: number }): Point => {
    const b = box.current!.getBoundingClientRect();
    return { x: clamp(((e.clientX - b.left) / b.width) * 100), y: clamp(((e.clientY - b.top) / b.height) * 100) };
  };
  const track = (next: { id: string; at: Point; moved: boolean } | null) => {
    dragging.current = next;
    setDrag(next);
  };
  const startDrag = (m: Marker) => (e: ReactPointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    track({ id: m.id, at: { x: m.x, y: m.y }, moved: false });
  };
  return (
    <div>
      <p id={hintId} className="field-hint">
        Click on the image to place a marker. Drag a marker, or focus it and use the arrow keys, to move it.
      </p>
      <div
        ref={box}
        className="marker-canvas"
        onPointerDown={(e) => {
          pressedOnImage.current = isImage(e.target);
        }}
        onClick={(e) => {
          if (pressedOnImage.current && isImage(e.target)) props.onAdd(pointAt(e));
          pressedOnImage.current = false;
        }}
      >
        <img src={api.mediaUrl(props.assetId)} alt="" draggable={false} />
        {props.markers.map((m, i) => {
          const at = drag?.id === m.id ? drag.at : m;
          return (
            <button
              key={m.id}
              type="button"
              className="marker-canvas-marker"
              style={{ left: `${at.x}%`, top: `${at.y}%` }}
              aria-label={`Marker ${i + 1}, at ${at.x}% across and ${at.y}% down`}
              aria-describedby={hintId}
              onPointerDown={startDrag(m)}
              onPointerMove={(e) => {
                if (dragging.current?.id === m.id) track({ id: m.id, at: pointAt(e), moved: true });
              }}
              onPointerUp={(e) => {
                const d = dragging.current;
                if (d?.id === m.id && d.moved) props.onMove(m.id, pointAt(e));
                track(null);
              }}
              onKeyDown={(e) => {
                const step = e.shiftKey ? 5 : 1;
                const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[
                  e.key
                ];
                if (!d) return;
                e.preventDefault();
                props.onMove(m.id, { x: clamp(m.x + d[0]!), y: clamp(m.y + d[1]!) });
              }}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
    </div>
  );
}

function LabeledGraphicEditor({ block, onChange }: EditorPartProps<'labeledGraphic'>) {
  const markers = block.markers;
  const setMarkers = (next: Marker[]) => onChange({ ...block, markers: next });
  const full = markers.length >= LABELED_MARKERS.max;
  return (
    <div className="block-fields">
      <AssetPicker
        label="Graphic"
        kind="image"
        value={block.assetId}
        onChange={(assetId) => onChange({ ...block, assetId })}
      />
      <TextField
        label="Alt text (what the graphic shows)"
        value={block.alt}
        required={!!block.assetId}
        onChange={(alt) => onChange({ ...block, alt })}
      />
      {block.assetId ? (
        <MarkerCanvas
          assetId={block.assetId}
          markers={markers}
          onAdd={(at) => !full && setMarkers(addItem(markers, newMarker(markers.length + 1, at), LABELED_MARKERS))}
          onMove={(id, at) => setMarkers(updateItem(markers, id, at))}
        />
      ) : null}
      <fieldset className="item-list">
        <legend>Markers (numbered in this order)</legend>
        <ol>
          {markers.map((m, i) => (
            <li key={m.id} className="item-list-row">
              <TextField
                label={`Marker ${i + 1} title`}
                value={m.title}
                required
                onChange={(title) => setMarkers(updateItem(markers, m.id, { title }))}
              />
              <TextArea
                label={`Marker ${i + 1} note`}
                value={m.text}
                onChange={(text) => setMarkers(updateItem(markers, m.id, { text }))}
              />
              <div className="block-fields-row">
                {(['x', 'y'] as const).map((k) => (
                  <NumberField
                    key={k}
                    label={`${k === 'x' ? 'Across' : 'Down'} % (marker ${i + 1})`}
                    value={m[k]}
                    min={0}
                    max={100}
                    onChange={(v) => Number.isFinite(v) && setMarkers(updateItem(markers, m.id, { [k]: clamp(v) }))}
                  />
                ))}
              </div>
              <AssetPicker
                label={`Marker ${i + 1} image (optional)`}
                kind="image"
                value={m.imageAssetId}
                onChange={(imageAssetId) => setMarkers(updateItem(markers, m.id, { imageAssetId }))}
              />
              {m.imageAssetId ? (
                <TextField
                  label={`Marker ${i + 1} image alt text`}
                  value={m.imageAlt}
                  required
                  onChange={(imageAlt) => setMarkers(updateItem(markers, m.id, { imageAlt }))}
                />
              ) : null}
              <AssetPicker
                label={`Marker ${i + 1} audio (optional)`}
                kind="audio"
                value={m.audioAssetId}
                onChange={(audioAssetId) => setMarkers(updateItem(markers, m.id, { audioAssetId }))}
              />
              <ItemRowControls
                items={markers}
                index={i}
                what="marker"
                min={LABELED_MARKERS.min}
                onChange={setMarkers}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={full}
          onClick={() => setMarkers(addItem(markers, newMarker(markers.length + 1, { x: 50, y: 50 }), LABELED_MARKERS))}
        >
          Add marker
        </button>
      </fieldset>
    </div>
  );
}

export const labeledGraphicParts: Pick<EditorPartRegistry, 'labeledGraphic'> = { labeledGraphic: LabeledGraphicEditor };
