import type { Question } from '../../../../shared';
import { blanksOf } from '../../../../shared/core/question-kinds';
import { AssetPicker } from './asset-picker';
import { CheckboxField, NumberField, SelectField, TextArea, TextField } from './fields';
import { newId } from './new-block';
import { useRef, useState, type PointerEvent } from 'react';
import { useStores } from '../../stores/stores-context';
import { RemoveRowButton } from './item-row-controls';

/** Editing fields of the numeric, fill-in-the-blanks, Likert, categorize and hotspot question kinds. */
type Props<K extends Question['kind']> = {
  question: Extract<Question, { kind: K }>;
  onChange: (q: Question) => void;
};

/** A number field that ignores an empty or half-typed value instead of storing NaN. */
function Num(props: { label: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  return <NumberField {...props} onChange={(n) => Number.isFinite(n) && props.onChange(n)} />;
}

export function NumericFields({ question: q, onChange }: Props<'numeric'>) {
  return (
    <fieldset className="question-answers">
      <legend>Correct answer</legend>
      <SelectField
        label="Accept"
        value={q.match}
        options={[
          { value: 'tolerance', label: 'A value, give or take a tolerance' },
          { value: 'range', label: 'Any value in a range' },
        ]}
        onChange={(match) => onChange({ ...q, match })}
      />
      {q.match === 'tolerance' ? (
        <div className="block-fields-row">
          <Num
            label="Answer"
            value={q.answer}
            min={-1e10}
            max={1e10}
            onChange={(answer) => onChange({ ...q, answer })}
          />
          <Num
            label="Tolerance (±)"
            value={q.tolerance}
            min={0}
            max={1e10}
            onChange={(tolerance) => onChange({ ...q, tolerance })}
          />
        </div>
      ) : (
        <div className="block-fields-row">
          <Num label="From" value={q.min} min={-1e10} max={1e10} onChange={(min) => onChange({ ...q, min })} />
          <Num label="To" value={q.max} min={-1e10} max={1e10} onChange={(max) => onChange({ ...q, max })} />
        </div>
      )}
    </fieldset>
  );
}

export function FillBlanksFields({ question: q, onChange }: Props<'fillBlanks'>) {
  const count = blanksOf(q.text).length;
  return (
    <fieldset className="question-answers">
      <legend>Sentence with blanks</legend>
      <TextArea
        label="Write each blank in brackets with its accepted answers, e.g. The [cat|kitten] sat."
        value={q.text}
        onChange={(text) => onChange({ ...q, text })}
      />
      <p className="field-hint" role="status">
        {count === 0 ? 'No blank yet: put an answer in [brackets].' : `${count} ${count === 1 ? 'blank' : 'blanks'}.`}
      </p>
      <CheckboxField
        label="Answers are case-sensitive"
        checked={q.caseSensitive}
        onChange={(caseSensitive) => onChange({ ...q, caseSensitive })}
      />
    </fieldset>
  );
}

/** An editable list of labelled options (Likert scale steps, categories). */
function OptionList(props: {
  legend: string;
  noun: string;
  items: { id: string; text: string }[];
  min: number;
  max: number;
  onChange: (items: { id: string; text: string }[]) => void;
}) {
  const { items, noun } = props;
  return (
    <fieldset className="question-answers">
      <legend>{props.legend}</legend>
      <ol>
        {items.map((o, i) => (
          <li key={o.id} className="choice-row">
            <TextField
              className="field-grow"
              label={`${noun} ${i + 1}`}
              value={o.text}
              required
              onChange={(text) => props.onChange(items.map((x) => (x.id === o.id ? { ...x, text } : x)))}
            />
            <RemoveRowButton
              label={`Remove ${noun.toLowerCase()} ${i + 1}`}
              disabled={items.length <= props.min}
              onRemove={() => props.onChange(items.filter((x) => x.id !== o.id))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={items.length >= props.max}
        onClick={() => props.onChange([...items, { id: newId(), text: `${noun} ${items.length + 1}` }])}
      >
        Add {noun.toLowerCase()}
      </button>
    </fieldset>
  );
}

export function LikertFields({ question: q, onChange }: Props<'likert'>) {
  return (
    <OptionList
      legend="Scale, from one end to the other (a survey: never scored)"
      noun="Step"
      items={q.scale}
      min={2}
      max={10}
      onChange={(scale) => onChange({ ...q, scale })}
    />
  );
}

export function CategorizeFields({ question: q, onChange }: Props<'categorize'>) {
  const first = q.categories[0]?.id ?? '';
  return (
    <>
      <OptionList
        legend="Categories"
        noun="Category"
        items={q.categories}
        min={2}
        max={6}
        onChange={(categories) =>
          onChange({
            ...q,
            categories,
            // Items of a removed category move to the first one.
            items: q.items.map((it) =>
              categories.some((c) => c.id === it.categoryId) ? it : { ...it, categoryId: categories[0]?.id ?? '' },
            ),
          })
        }
      />
      <fieldset className="question-answers">
        <legend>Items and their category</legend>
        <ol>
          {q.items.map((item, i) => (
            <li key={item.id} className="choice-row">
              <TextField
                className="field-grow"
                label={`Item ${i + 1}`}
                value={item.text}
                required
                onChange={(text) =>
                  onChange({ ...q, items: q.items.map((x) => (x.id === item.id ? { ...x, text } : x)) })
                }
              />
              <SelectField
                label={`Category of item ${i + 1}`}
                value={item.categoryId}
                options={q.categories.map((c) => ({ value: c.id, label: c.text }))}
                onChange={(categoryId) =>
                  onChange({ ...q, items: q.items.map((x) => (x.id === item.id ? { ...x, categoryId } : x)) })
                }
              />
              <RemoveRowButton
                label={`Remove item ${i + 1}`}
                disabled={q.items.length <= 2}
                onRemove={() => onChange({ ...q, items: q.items.filter((x) => x.id !== item.id) })}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={q.items.length >= 10}
          onClick={() =>
            onChange({
              ...q,
              items: [...q.items, { id: newId(), text: `Item ${q.items.length + 1}`, categoryId: first }],
            })
          }
        >
          Add item
        </button>
      </fieldset>
    </>
  );
}

type Rect = { x: number; y: number; w: number; h: number };

/** Drag on the image to draw a new region (the numeric fields below stay the precise, keyboard way). */
function RegionCanvas({ assetId, regions, onDraw }: { assetId: string; regions: Rect[]; onDraw: (r: Rect) => void }) {
  const { api } = useStores();
  const box = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<Rect | null>(null);
  const at = (e: PointerEvent) => {
    const b = box.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.round(Math.max(0, Math.min(100, v)) * 10) / 10;
    return { x: clamp(((e.clientX - b.left) / b.width) * 100), y: clamp(((e.clientY - b.top) / b.height) * 100) };
  };
  const rect = (a: { x: number; y: number }, b: { x: number; y: number }): Rect => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  });
  const style = (r: Rect) => ({
    position: 'absolute' as const,
    left: `${r.x}%`,
    top: `${r.y}%`,
    width: `${r.w}%`,
    height: `${r.h}%`,
    border: '2px dashed currentColor',
  });
  return (
    <div
      ref={box}
      className="hotspot-canvas"
      style={{
        position: 'relative',
        display: 'inline-block',
        maxWidth: '100%',
        cursor: 'crosshair',
        touchAction: 'none',
      }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setStart(at(e));
      }}
      onPointerMove={(e) => start && setDraft(rect(start, at(e)))}
      onPointerUp={(e) => {
        const r = start && rect(start, at(e));
        setStart(null);
        setDraft(null);
        if (r && r.w >= 1 && r.h >= 1) onDraw(r);
      }}
    >
      <img src={api.mediaUrl(assetId)} alt="" draggable={false} style={{ display: 'block', maxWidth: '100%' }} />
      {[...regions, ...(draft ? [draft] : [])].map((r, i) => (
        <span key={i} aria-hidden="true" style={style(r)} />
      ))}
    </div>
  );
}

export function HotspotFields({ question: q, onChange }: Props<'hotspot'>) {
  type Region = (typeof q.regions)[number];
  const setRegion = (id: string, patch: Partial<Region>) =>
    onChange({ ...q, regions: q.regions.map((r) => (r.id === id ? { ...r, ...patch } : r)) });
  const toggleCorrect = (id: string) => {
    const next = q.correctRegionIds.includes(id)
      ? q.correctRegionIds.filter((c) => c !== id)
      : [...q.correctRegionIds, id];
    if (next.length > 0) onChange({ ...q, correctRegionIds: next });
  };
  return (
    <fieldset className="question-answers">
      <legend>Image and regions (rectangles in % of the image; learners may also pick them from a list)</legend>
      <AssetPicker
        label="Image file"
        kind="image"
        value={q.assetId}
        onChange={(assetId) => onChange({ ...q, assetId })}
      />
      <TextField label="Alt text (what the image shows)" value={q.alt} onChange={(alt) => onChange({ ...q, alt })} />
      {q.assetId && q.regions.length < 10 ? (
        <RegionCanvas
          assetId={q.assetId}
          regions={q.regions}
          onDraw={(r) =>
            onChange({ ...q, regions: [...q.regions, { id: newId(), label: `Region ${q.regions.length + 1}`, ...r }] })
          }
        />
      ) : null}
      <ol>
        {q.regions.map((r, i) => (
          <li key={r.id} className="choice-row">
            <CheckboxField
              label="Correct"
              checked={q.correctRegionIds.includes(r.id)}
              onChange={() => toggleCorrect(r.id)}
            />
            <TextField
              label={`Region ${i + 1} label`}
              value={r.label}
              required
              onChange={(label) => setRegion(r.id, { label })}
            />
            {(['x', 'y', 'w', 'h'] as const).map((k) => (
              <Num
                key={k}
                label={`${k.toUpperCase()} % (region ${i + 1})`}
                value={r[k]}
                min={0}
                max={100}
                onChange={(v) => setRegion(r.id, { [k]: Math.max(0, Math.min(100, v)) })}
              />
            ))}
            <RemoveRowButton
              label={`Remove region ${i + 1}`}
              disabled={q.regions.length <= 1 || (q.correctRegionIds.length === 1 && q.correctRegionIds[0] === r.id)}
              onRemove={() =>
                onChange({
                  ...q,
                  regions: q.regions.filter((x) => x.id !== r.id),
                  correctRegionIds: q.correctRegionIds.filter((c) => c !== r.id),
                })
              }
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={q.regions.length >= 10}
        onClick={() =>
          onChange({
            ...q,
            regions: [
              ...q.regions,
              { id: newId(), label: `Region ${q.regions.length + 1}`, x: 40, y: 40, w: 20, h: 20 },
            ],
          })
        }
      >
        Add region
      </button>
    </fieldset>
  );
}
