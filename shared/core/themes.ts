/**
 * Built-in course themes, described once (zod-free, so the player imports them): a palette per variant, a heading
 * font, block spacing, card and button shapes. A theme is a handful of CSS custom properties (`themeVariables`), set
 * by the player on :root and by the editor canvas on itself; the stylesheets only read the variables.
 */

export const THEME_VARIANTS = ['light', 'dark'] as const;
export type ThemeVariant = (typeof THEME_VARIANTS)[number];
/** Font settings (the course's body font); each maps to a system stack, nothing is downloaded. */
export const THEME_FONTS = ['system', 'serif', 'rounded', 'mono'] as const;
type ThemeFont = (typeof THEME_FONTS)[number];
export const FONT_STACKS: Readonly<Record<ThemeFont, string>> = {
  system: "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif",
  serif: "Georgia,'Times New Roman',serif",
  rounded: "ui-rounded,'SF Pro Rounded','Nunito',system-ui,sans-serif",
  mono: "ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace",
};

/** Colours of one variant; every text colour reaches 4.5:1 on `bg` and `surface`, UI colours 3:1 (tested). */
interface ThemePalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  /** Borders of inputs and cards (a UI component edge: 3:1). */
  border: string;
  link: string;
  focus: string;
  correct: string;
  incorrect: string;
}

interface ThemeDescriptor {
  label: string;
  hint: string;
  /** Headings: `inherit` keeps the course font. */
  headingFont: ThemeFont | 'inherit';
  headingWeight: number;
  /** Space between blocks of a lesson. */
  gap: string;
  /** Cards (callouts, questions, panels). */
  radius: string;
  shadow: string;
  buttonRadius: string;
  light: ThemePalette;
  dark: ThemePalette;
}

export const THEME_IDS = ['clean', 'classic', 'bold', 'soft'] as const;
export type ThemeId = (typeof THEME_IDS)[number];
export const DEFAULT_THEME: ThemeId = 'clean';
export const DEFAULT_BRAND = '#1a6b5c';

export const THEMES: Readonly<Record<ThemeId, ThemeDescriptor>> = {
  clean: {
    label: 'Clean',
    hint: 'Quiet sans-serif, flat cards',
    headingFont: 'inherit',
    headingWeight: 700,
    gap: '1.5rem',
    radius: '6px',
    shadow: 'none',
    buttonRadius: '6px',
    light: {
      bg: '#ffffff',
      surface: '#f4f6f8',
      text: '#1f2328',
      muted: '#545d68',
      border: '#7d8590',
      link: '#0a53a8',
      focus: '#0a4fc4',
      correct: '#166b2e',
      incorrect: '#a8201a',
    },
    dark: {
      bg: '#15191e',
      surface: '#20262d',
      text: '#e8ecf0',
      muted: '#aab4be',
      border: '#7a848e',
      link: '#86bdff',
      focus: '#86bdff',
      correct: '#6fd894',
      incorrect: '#ff9a90',
    },
  },
  classic: {
    label: 'Classic',
    hint: 'Serif headings, paper tones',
    headingFont: 'serif',
    headingWeight: 700,
    gap: '1.75rem',
    radius: '2px',
    shadow: 'none',
    buttonRadius: '2px',
    light: {
      bg: '#fbf8f1',
      surface: '#f1ebdd',
      text: '#2b2118',
      muted: '#5c4f3f',
      border: '#85765f',
      link: '#8a3414',
      focus: '#1d4f91',
      correct: '#2f6420',
      incorrect: '#9b1c1c',
    },
    dark: {
      bg: '#1d1915',
      surface: '#2a241d',
      text: '#f0e8db',
      muted: '#c0b29c',
      border: '#8c7e66',
      link: '#f2b884',
      focus: '#f2c884',
      correct: '#a3d98a',
      incorrect: '#ffa293',
    },
  },
  bold: {
    label: 'Bold',
    hint: 'Heavy headings, square edges',
    headingFont: 'inherit',
    headingWeight: 800,
    gap: '2rem',
    radius: '0',
    shadow: '4px 4px 0 var(--cw-border)',
    buttonRadius: '0',
    light: {
      bg: '#ffffff',
      surface: '#eef0ff',
      text: '#111111',
      muted: '#46464f',
      border: '#5a5a66',
      link: '#3a2bd1',
      focus: '#b0166a',
      correct: '#0f6a34',
      incorrect: '#b0141b',
    },
    dark: {
      bg: '#0b0b0f',
      surface: '#1b1b26',
      text: '#ffffff',
      muted: '#b8b8c8',
      border: '#80809a',
      link: '#a59dff',
      focus: '#ffd23f',
      correct: '#56e290',
      incorrect: '#ff8383',
    },
  },
  soft: {
    label: 'Soft',
    hint: 'Rounded headings and cards',
    headingFont: 'rounded',
    headingWeight: 700,
    gap: '1.5rem',
    radius: '14px',
    shadow: '0 2px 8px rgb(0 0 0 / 0.12)',
    buttonRadius: '999px',
    light: {
      bg: '#fdfcff',
      surface: '#f3f0fa',
      text: '#2d2a3a',
      muted: '#5d5870',
      border: '#8a84a0',
      link: '#5a3fb0',
      focus: '#5a3fb0',
      correct: '#1f6b4a',
      incorrect: '#a3304a',
    },
    dark: {
      bg: '#1c1a24',
      surface: '#282534',
      text: '#ece9f5',
      muted: '#b5afca',
      border: '#817a99',
      link: '#c6b6ff',
      focus: '#c6b6ff',
      correct: '#82d9aa',
      incorrect: '#ffa0b2',
    },
  },
};

const HEX = /^#[0-9a-fA-F]{6}$/;

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2.x contrast ratio (1–21) of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: string, b: string, t: number): string {
  let out = '#';
  for (let i = 1; i < 7; i += 2) {
    const v = Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - t) + parseInt(b.slice(i, i + 2), 16) * t);
    out += v.toString(16).padStart(2, '0');
  }
  return out;
}

interface ThemeBrand {
  /** The brand colour as used: the course's, or moved towards the text colour until it reaches 3:1 on the page. */
  color: string;
  /** Text on the brand colour (header, primary buttons): white or black, whichever contrasts more (≥ 4.5:1). */
  onBrand: string;
  /** True when the course's colour was changed (design guidance says so). */
  adjusted: boolean;
}

/**
 * The brand colour fills the header and primary buttons and draws button borders and markers on the page, so it
 * needs 3:1 against the page background (a UI component); text on it is white or black, whichever reads better.
 */
export function themeBrand(brandColor: string | undefined, palette: ThemePalette): ThemeBrand {
  const wanted = brandColor && HEX.test(brandColor) ? brandColor.toLowerCase() : DEFAULT_BRAND;
  let color = wanted;
  for (let t = 0.1; contrastRatio(color, palette.bg) < 3 && t <= 1; t += 0.1) color = mix(wanted, palette.text, t);
  const onBrand = contrastRatio(color, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
  return { color, onBrand, adjusted: color !== wanted };
}

/** What a course's theme settings hold (the schema in shared/model/course.ts builds on these names). */
interface ThemeSettings {
  name: ThemeId;
  variant: ThemeVariant;
  brandColor: string;
  fontFamily: ThemeFont;
}

export function themeOf(settings: Partial<ThemeSettings>): { theme: ThemeDescriptor; palette: ThemePalette } {
  const theme = THEMES[settings.name ?? DEFAULT_THEME] ?? THEMES[DEFAULT_THEME];
  return { theme, palette: settings.variant === 'dark' ? theme.dark : theme.light };
}

/** The CSS custom properties of a theme + variant + brand + font (names as the player's stylesheets read them). */
export function themeVariables(settings: Partial<ThemeSettings>): Record<string, string> {
  const { theme, palette } = themeOf(settings);
  const brand = themeBrand(settings.brandColor, palette);
  const font = FONT_STACKS[settings.fontFamily ?? 'system'] ?? FONT_STACKS.system;
  return {
    '--cw-bg': palette.bg,
    '--cw-surface': palette.surface,
    '--cw-text': palette.text,
    '--cw-muted': palette.muted,
    '--cw-border': palette.border,
    '--cw-link': palette.link,
    '--cw-focus': palette.focus,
    '--cw-correct': palette.correct,
    '--cw-incorrect': palette.incorrect,
    '--cw-brand': brand.color,
    '--cw-on-brand': brand.onBrand,
    '--cw-font': font,
    '--cw-heading-font': theme.headingFont === 'inherit' ? font : FONT_STACKS[theme.headingFont],
    '--cw-heading-weight': String(theme.headingWeight),
    '--cw-gap': theme.gap,
    '--cw-radius': theme.radius,
    '--cw-shadow': theme.shadow,
    '--cw-button-radius': theme.buttonRadius,
    'color-scheme': settings.variant === 'dark' ? 'dark' : 'light',
  };
}
