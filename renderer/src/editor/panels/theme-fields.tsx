import { useId } from 'react';
import {
  THEME_IDS,
  THEME_VARIANTS,
  THEMES,
  themeBrand,
  themeOf,
  type CourseSettings,
  type ThemeId,
  type ThemeVariant,
} from '../../../../shared';

const VARIANT_LABELS: Readonly<Record<ThemeVariant, string>> = { light: 'Light', dark: 'Dark' };

/**
 * The built-in themes as a radio group (native radios: arrows move and choose, Tab leaves), each with swatches of
 * its palette in the chosen variant and the course's brand colour; then the light/dark variant.
 */
export function ThemePicker({
  theme,
  brandColor,
  onChange,
}: {
  theme: CourseSettings['theme'];
  brandColor: string;
  onChange: (patch: { name?: ThemeId; variant?: ThemeVariant }) => void;
}) {
  const name = useId();
  const variantName = useId();
  const brand = themeBrand(brandColor, themeOf(theme).palette);
  return (
    <>
      <fieldset className="theme-picker">
        <legend>Built-in theme</legend>
        {THEME_IDS.map((id) => {
          const t = THEMES[id];
          const p = t[theme.variant];
          const swatches = [p.bg, p.surface, p.text, themeBrand(brandColor, p).color];
          return (
            <label key={id} className="theme-option" data-theme-option={id}>
              <input
                type="radio"
                name={name}
                value={id}
                checked={theme.name === id}
                onChange={() => onChange({ name: id })}
              />
              <span className="theme-swatches" aria-hidden="true">
                {swatches.map((c, i) => (
                  <span key={i} className="theme-swatch" style={{ background: c }} />
                ))}
              </span>
              <span className="theme-option-text">
                <span className="theme-option-label">{t.label}</span>
                <span className="muted">{t.hint}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="theme-variant">
        <legend>Variant</legend>
        {THEME_VARIANTS.map((v) => (
          <label key={v} className="field-inline">
            <input
              type="radio"
              name={variantName}
              value={v}
              checked={theme.variant === v}
              onChange={() => onChange({ variant: v })}
            />
            {VARIANT_LABELS[v]}
          </label>
        ))}
      </fieldset>
      {brand.adjusted ? (
        <p className="muted" role="note" data-testid="brand-adjusted">
          Your brand colour {brandColor} has too little contrast on this theme’s background, so learners see{' '}
          <code>{brand.color}</code> instead.
        </p>
      ) : null}
    </>
  );
}
