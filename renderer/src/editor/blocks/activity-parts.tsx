import { PROCESS_STEPS } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { TextArea, TextField } from './fields';
import { addItem, updateItem } from './item-list';
import { ItemRowControls } from './item-row-controls';

function ProcessEditor({ block, onChange }: EditorPartProps<'process'>) {
  const steps = block.steps;
  const setSteps = (next: typeof steps) => onChange({ ...block, steps: next });
  return (
    <div className="block-fields">
      <TextField label="Title" value={block.title} required onChange={(title) => onChange({ ...block, title })} />
      <TextArea label="Intro card" rows={2} value={block.intro} onChange={(intro) => onChange({ ...block, intro })} />
      <fieldset className="item-list">
        <legend>Steps</legend>
        <ol>
          {steps.map((step, i) => (
            <li key={step.id} className="item-list-row">
              <TextField
                label={`Step ${i + 1} title`}
                value={step.title}
                required
                onChange={(title) => setSteps(updateItem(steps, step.id, { title }))}
              />
              <TextArea
                label={`Step ${i + 1} text`}
                value={step.text}
                onChange={(text) => setSteps(updateItem(steps, step.id, { text }))}
              />
              <ItemRowControls items={steps} index={i} what="step" min={PROCESS_STEPS.min} onChange={setSteps} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={steps.length >= PROCESS_STEPS.max}
          onClick={() =>
            setSteps(
              addItem(steps, { id: crypto.randomUUID(), title: `Step ${steps.length + 1}`, text: '' }, PROCESS_STEPS),
            )
          }
        >
          Add step
        </button>
      </fieldset>
      <TextArea
        label="Summary card"
        rows={2}
        value={block.summary}
        onChange={(summary) => onChange({ ...block, summary })}
      />
    </div>
  );
}

/** Editing parts of the activity kinds (process…). */
export const activityParts: Pick<EditorPartRegistry, 'process'> = {
  process: ProcessEditor,
};
