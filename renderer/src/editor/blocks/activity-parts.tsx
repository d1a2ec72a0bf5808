import { PROCESS_STEPS } from '../../../../shared';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { TextArea, TextField } from './fields';
import { addItem, removeItem, updateItem } from './item-list';
import { moveItem } from './question-logic';

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
              <div className="item-row-controls">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Move step ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => setSteps(moveItem(steps, i, i - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Move step ${i + 1} down`}
                  disabled={i === steps.length - 1}
                  onClick={() => setSteps(moveItem(steps, i, i + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-small button-danger-quiet"
                  aria-label={`Remove step ${i + 1}`}
                  disabled={steps.length <= PROCESS_STEPS.min}
                  onClick={() => setSteps(removeItem(steps, step.id, PROCESS_STEPS))}
                >
                  Remove
                </button>
              </div>
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
