import { useId, useState } from 'react';
import { COMPLETION_RULES, VIDEO_QUALITIES, type CourseSettings, type CourseOutline } from '../../../../shared';
import { CheckboxField, NumberField, SelectField } from '../blocks/fields';
import { AssetPicker } from '../blocks/asset-picker';
import { useEditor } from '../editor-context';
import { FONT_LABELS, languageError, supportContactError } from './settings-form-logic';
import { ThemePicker } from './theme-fields';
import { canvasThemeStyle } from '../canvas-theme';

const RULE_LABELS = {
  viewed: 'Viewed enough lessons',
  passed: 'Passed the quiz',
  viewedAndPassed: 'Viewed and passed',
} as const;

/** Course settings; each field is stored when it changes (text fields when they lose focus), undoable. */
export function SettingsPanel({ tree }: { tree: CourseOutline }) {
  const updateCourse = useEditor((s) => s.updateCourse);
  const s = tree.settings;
  // The colour input reports every move of the picker: the preview follows live, the save waits for blur.
  const [liveColor, setLiveColor] = useState<string | null>(null);
  const setSettings = (patch: Partial<CourseSettings>) => void updateCourse({ settings: patch });
  return (
    <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
      <BlurText
        label="Description"
        multiline
        value={tree.description}
        onCommit={(description) => void updateCourse({ description })}
      />
      <BlurText
        label="Language"
        value={tree.language}
        validate={languageError}
        onCommit={(language) => void updateCourse({ language })}
      />
      <fieldset>
        <legend>Completion</legend>
        <SelectField
          label="Course is complete when the learner has"
          value={s.completion.rule}
          options={COMPLETION_RULES.map((r) => ({ value: r, label: RULE_LABELS[r] }))}
          onChange={(rule) => setSettings({ completion: { ...s.completion, rule } })}
        />
        {s.completion.rule !== 'passed' ? (
          <NumberField
            integer
            label="Lessons viewed (percent)"
            min={1}
            max={100}
            value={s.completion.viewedPercent}
            onChange={(v) =>
              Number.isInteger(v) &&
              v >= 1 &&
              v <= 100 &&
              setSettings({ completion: { ...s.completion, viewedPercent: v } })
            }
          />
        ) : null}
        <NumberField
          integer
          label="Passing score (percent)"
          min={0}
          max={100}
          value={s.passingScore}
          onChange={(v) => Number.isInteger(v) && v >= 0 && v <= 100 && setSettings({ passingScore: v })}
        />
      </fieldset>
      <SelectField
        label="Navigation"
        value={s.navigation}
        options={[
          { value: 'free', label: 'Free: any lesson in any order' },
          { value: 'linear', label: 'Linear: lessons in order' },
        ]}
        onChange={(navigation) => setSettings({ navigation })}
      />
      <BlurText
        label="Support contact (link or e-mail shown to learners)"
        value={s.supportContact}
        validate={supportContactError}
        onCommit={(supportContact) => setSettings({ supportContact })}
      />
      <fieldset>
        <legend>Cover page</legend>
        <label className="field-inline">
          <input
            type="checkbox"
            checked={s.cover.enabled}
            onChange={(e) => setSettings({ cover: { ...s.cover, enabled: e.target.checked } })}
          />
          Show a cover page before the first lesson
        </label>
        <BlurText
          label="Subtitle"
          value={s.cover.subtitle}
          validate={(v) => (v.length > 300 ? 'At most 300 characters' : null)}
          onCommit={(subtitle) => setSettings({ cover: { ...s.cover, subtitle } })}
        />
        <AssetPicker
          label="Cover image"
          kind="image"
          value={s.cover.imageAssetId}
          onChange={(imageAssetId) => setSettings({ cover: { ...s.cover, imageAssetId } })}
        />
        {s.cover.imageAssetId ? (
          <>
            <CheckboxField
              label="Cover image is decorative (screen readers skip it)"
              checked={s.cover.imageDecorative}
              onChange={(imageDecorative) => setSettings({ cover: { ...s.cover, imageDecorative } })}
            />
            {s.cover.imageDecorative ? null : (
              <BlurText
                label="Cover image alt text (what the image shows)"
                value={s.cover.imageAlt}
                validate={(v) => (v.length > 300 ? 'At most 300 characters' : null)}
                onCommit={(imageAlt) => setSettings({ cover: { ...s.cover, imageAlt } })}
              />
            )}
          </>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        <ThemePicker
          theme={s.theme}
          brandColor={liveColor ?? s.theme.brandColor}
          onChange={(patch) => setSettings({ theme: { ...s.theme, ...patch } })}
        />
        <BrandColor
          value={s.theme.brandColor}
          onPreview={setLiveColor}
          onCommit={(brandColor) => setSettings({ theme: { ...s.theme, brandColor } })}
        />
        <SelectField
          label="Font"
          value={s.theme.fontFamily}
          options={(Object.keys(FONT_LABELS) as (keyof typeof FONT_LABELS)[]).map((f) => ({
            value: f,
            label: FONT_LABELS[f],
          }))}
          onChange={(fontFamily) => setSettings({ theme: { ...s.theme, fontFamily } })}
        />
        <AssetPicker
          label="Logo"
          kind="image"
          value={s.theme.logoAssetId}
          onChange={(logoAssetId) => setSettings({ theme: { ...s.theme, logoAssetId } })}
        />
        <ThemePreview tree={tree} color={liveColor ?? s.theme.brandColor} />
      </fieldset>
      <SelectField
        label="Video quality"
        value={s.videoQuality}
        options={VIDEO_QUALITIES.map((q) => ({ value: q, label: q }))}
        onChange={(videoQuality) => setSettings({ videoQuality })}
      />
    </form>
  );
}

/** A text field stored on blur (and Enter), so one edit is one history step and one call. */
export function BlurText(props: {
  label: string;
  value: string;
  multiline?: boolean;
  validate?: (v: string) => string | null;
  onCommit: (v: string) => void;
}) {
  const id = useId();
  const errorId = useId();
  const [value, setValue] = useState(props.value);
  const [base, setBase] = useState(props.value);
  // Undo/redo changes the stored value under us: follow it.
  if (props.value !== base) {
    setBase(props.value);
    setValue(props.value);
  }
  const error = props.validate?.(value) ?? null;
  const commit = () => {
    if (!error && value.trim() !== props.value) props.onCommit(value.trim());
  };
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setValue(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function BrandColor({
  value,
  onPreview,
  onCommit,
}: {
  value: string;
  onPreview: (v: string | null) => void;
  onCommit: (v: string) => void;
}) {
  const id = useId();
  const [color, setColor] = useState(value);
  const [base, setBase] = useState(value);
  if (value !== base) {
    setBase(value);
    setColor(value);
  }
  return (
    <div className="field field-inline">
      <label htmlFor={id}>Brand colour</label>
      <input
        id={id}
        type="color"
        value={color}
        onChange={(e) => {
          setColor(e.target.value);
          onPreview(e.target.value);
        }}
        onBlur={() => {
          onPreview(null);
          if (color !== value) onCommit(color);
        }}
      />
      <code>{color}</code>
    </div>
  );
}

/** A learner-style card in the course's theme (custom property set through the CSSOM, which the CSP allows). */
function ThemePreview({ tree, color }: { tree: CourseOutline; color: string }) {
  const { theme } = tree.settings;
  const live = { ...tree, settings: { ...tree.settings, theme: { ...theme, brandColor: color } } };
  return (
    <div
      className={`theme-preview theme-font-${theme.fontFamily}`}
      style={canvasThemeStyle(live)}
      aria-label="Theme preview"
      role="group"
    >
      <p className="theme-preview-title">{tree.title}</p>
      <p>Lessons look like this to learners.</p>
      <span className="theme-preview-button">Continue</span>
    </div>
  );
}
