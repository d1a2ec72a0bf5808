import { useId } from 'react';
import { SCENARIO_CHOICES, type BlockOf } from '../../../../shared';
import { AssetPicker } from './asset-picker';
import { TextArea, TextField } from './fields';
import { addItem, removeItem, updateItem } from './item-list';
import { RemoveRowButton } from './item-row-controls';

type Scenario = BlockOf<'scenario'>;
type Scene = Scenario['scenes'][number];

/** "Leads to" options: every other scene, then every ending (a scene may lead back to itself: a retry loop). */
function targets(block: Scenario): { value: string; label: string }[] {
  return [
    ...block.scenes.map((s, i) => ({ value: s.id, label: `Scene ${i + 1}: ${s.name}` })),
    ...block.endings.map((e, i) => ({ value: e.id, label: `Ending ${i + 1}: ${e.title}` })),
  ];
}

/** One scene: its name, the character (name, image, alt), the line, and up to four responses with their links. */
export function SceneFields(props: { block: Scenario; index: number; onChange: (scene: Scene) => void }) {
  const { block, index } = props;
  const scene = block.scenes[index]!;
  const n = `Scene ${index + 1}`;
  const set = (patch: Partial<Scene>) => props.onChange({ ...scene, ...patch });
  const setCharacter = (patch: Partial<Scene['character']>) => set({ character: { ...scene.character, ...patch } });
  const uid = useId();
  const choices = scene.choices;
  const options = targets(block);
  const known = new Set(options.map((o) => o.value));
  return (
    <>
      <TextField label={`${n} name`} value={scene.name} required onChange={(name) => set({ name })} />
      <TextField label={`${n} character`} value={scene.character.name} onChange={(name) => setCharacter({ name })} />
      <AssetPicker
        label={`${n} character image`}
        kind="image"
        value={scene.character.imageAssetId}
        onChange={(imageAssetId) => setCharacter({ imageAssetId })}
      />
      {scene.character.imageAssetId ? (
        <TextField
          label={`${n} image alt text`}
          value={scene.character.alt}
          required
          onChange={(alt) => setCharacter({ alt })}
        />
      ) : null}
      <TextArea label={`${n} line`} rows={2} value={scene.line} onChange={(line) => set({ line })} />
      <ol className="scenario-choices">
        {choices.map((c, i) => {
          const r = `${n} response ${i + 1}`;
          return (
            <li key={c.id} className="item-list-row">
              <TextField
                label={r}
                value={c.text}
                required
                onChange={(text) => set({ choices: updateItem(choices, c.id, { text }) })}
              />
              <div className="field">
                <label htmlFor={`${uid}-${i}`}>{`${r} leads to`}</label>
                <select
                  id={`${uid}-${i}`}
                  value={c.next !== null && known.has(c.next) ? c.next : ''}
                  aria-invalid={c.next === null || !known.has(c.next) || undefined}
                  onChange={(e) => set({ choices: updateItem(choices, c.id, { next: e.target.value || null }) })}
                >
                  <option value="">— Not linked —</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <RemoveRowButton
                label={`Remove ${r.toLowerCase()}`}
                onRemove={() => set({ choices: removeItem(choices, c.id, SCENARIO_CHOICES) })}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        aria-label={`Add response to ${n.toLowerCase()}`}
        disabled={choices.length >= SCENARIO_CHOICES.max}
        onClick={() =>
          set({
            choices: addItem(
              choices,
              { id: crypto.randomUUID(), text: `Response ${choices.length + 1}`, next: null },
              SCENARIO_CHOICES,
            ),
          })
        }
      >
        Add response
      </button>
    </>
  );
}
