import { themeVariables, type ThemeSettings } from '../../../shared/core/themes';

/** Sets a course theme's custom properties on an element (the player: :root; CSSOM, which the CSP allows). */
export function applyTheme(el: HTMLElement, theme: Partial<ThemeSettings>): void {
  for (const [name, value] of Object.entries(themeVariables(theme))) el.style.setProperty(name, value);
  el.dataset.cwVariant = theme.variant === 'dark' ? 'dark' : 'light';
}
