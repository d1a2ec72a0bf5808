import {
  describeProblem,
  SCENARIO_ENDINGS,
  SCENARIO_OUTCOMES,
  SCENARIO_SCENES,
  scenarioProblems,
  unlinkNode,
  type BlockOf,
} from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { SelectField, TextArea, TextField } from './fields';
import { addItem, removeItem, updateItem } from './item-list';
import { moveItem } from './question-logic';
import { SceneFields } from './scenario-scene';

type Scenario = BlockOf<'scenario'>;
type Outcome = (typeof SCENARIO_OUTCOMES)[number];
const OUTCOME_LABELS: Record<Outcome, string> = { positive: 'Good', neutral: 'Neutral', negative: 'Poor' };

/** The live graph check: every problem of the scenes' links, from the same pure checks as the design checklist. */
function GraphCheck({ block }: { block: Scenario }) {
  const problems = scenarioProblems(block);
  return (
    <section className="scenario-graph-check" aria-label="Graph check">
      <h4>Graph check</h4>
      <p role="status" data-problems={problems.length}>
        {problems.length === 0
          ? 'Every scene is reachable from the start and every path ends.'
          : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`}
      </p>
      {problems.length ? (
        <ul>
          {problems.map((p, i) => (
            <li key={i} data-problem={p.kind}>
              {describeProblem(block, p)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function SceneControls(props: { block: Scenario; index: number; onChange: (b: Scenario) => void }) {
  const { block, index: i, onChange } = props;
  const scenes = block.scenes;
  const scene = scenes[i]!;
  const move = (to: number) => onChange({ ...block, scenes: moveItem(scenes, i, to) });
  return (
    <div className="item-row-controls">
      <button type="button" className="button button-small" disabled={i === 0} onClick={() => move(0)}>
        Make scene {i + 1} the start
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={`Move scene ${i + 1} down`}
        disabled={i === scenes.length - 1}
        onClick={() => move(i + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={`Delete scene ${i + 1}`}
        disabled={scenes.length <= SCENARIO_SCENES.min}
        onClick={() =>
          onChange({ ...block, scenes: unlinkNode(removeItem(scenes, scene.id, SCENARIO_SCENES), scene.id) })
        }
      >
        Delete
      </button>
    </div>
  );
}

function EndingsFields({ block, onChange }: EditorPartProps<'scenario'>) {
  const endings = block.endings;
  const setEndings = (next: Scenario['endings']) => onChange({ ...block, endings: next });
  return (
    <fieldset className="item-list">
      <legend>Endings</legend>
      <ol>
        {endings.map((e, i) => (
          <li key={e.id} className="item-list-row">
            <TextField
              label={`Ending ${i + 1} title`}
              value={e.title}
              required
              onChange={(title) => setEndings(updateItem(endings, e.id, { title }))}
            />
            <SelectField
              label={`Ending ${i + 1} outcome`}
              value={e.outcome}
              options={SCENARIO_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
              onChange={(outcome) => setEndings(updateItem(endings, e.id, { outcome }))}
            />
            <TextArea
              label={`Ending ${i + 1} feedback`}
              rows={2}
              value={e.feedback}
              onChange={(feedback) => setEndings(updateItem(endings, e.id, { feedback }))}
            />
            <button
              type="button"
              className="button button-small button-danger-quiet"
              aria-label={`Delete ending ${i + 1}`}
              disabled={endings.length <= SCENARIO_ENDINGS.min}
              onClick={() =>
                onChange({
                  ...block,
                  endings: removeItem(endings, e.id, SCENARIO_ENDINGS),
                  scenes: unlinkNode(block.scenes, e.id),
                })
              }
            >
              Delete
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={endings.length >= SCENARIO_ENDINGS.max}
        onClick={() =>
          setEndings(
            addItem(
              endings,
              { id: crypto.randomUUID(), title: `Ending ${endings.length + 1}`, feedback: '', outcome: 'neutral' },
              SCENARIO_ENDINGS,
            ),
          )
        }
      >
        Add ending
      </button>
    </fieldset>
  );
}

/** The scenario as a graph the author edits: scenes (the first is the start) with their links, endings, the check. */
function ScenarioEditor({ block, onChange, graded }: EditorPartProps<'scenario'>) {
  const scenes = block.scenes;
  const addScene = () => {
    const last = scenes[scenes.length - 1];
    const scene = {
      id: crypto.randomUUID(),
      name: `Scene ${scenes.length + 1}`,
      character: { ...(last?.character ?? { name: '', imageAssetId: null, alt: '' }) },
      line: '',
      choices: [],
    };
    onChange({ ...block, scenes: addItem(scenes, scene, SCENARIO_SCENES) });
  };
  return (
    <div className="block-fields">
      <TextField label="Title" value={block.title} required onChange={(title) => onChange({ ...block, title })} />
      <GraphCheck block={block} />
      <fieldset className="item-list">
        <legend>Scenes (the first is the start)</legend>
        <ol>
          {scenes.map((s, i) => (
            <li key={s.id} className="item-list-row">
              <SceneFields
                block={block}
                index={i}
                onChange={(scene) => onChange({ ...block, scenes: updateItem(scenes, s.id, scene) })}
              />
              <SceneControls block={block} index={i} onChange={onChange} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={scenes.length >= SCENARIO_SCENES.max}
          onClick={addScene}
        >
          Add scene
        </button>
      </fieldset>
      <EndingsFields block={block} onChange={onChange} graded={graded} />
    </div>
  );
}

/** Editing part of the scenario kind. */
export const scenarioParts: Pick<EditorPartRegistry, 'scenario'> = {
  scenario: ScenarioEditor,
};
