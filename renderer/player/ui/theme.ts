/**
 * Sets the course theme on an element (the player: :root; CSSOM, which the CSP allows). The exporter resolved the
 * theme to custom properties (`themeVariables` in shared/core/themes.ts, `pkg.theme`), so the player carries no
 * palettes; the variant marks dark themes for the few rules that differ.
 */
export function applyTheme(el: HTMLElement, vars: Readonly<Record<string, string>> | undefined, dark: boolean): void {
  for (const [name, value] of Object.entries(vars ?? {})) el.style.setProperty(name, value);
  if (dark) el.dataset.cwVariant = 'dark';
}
