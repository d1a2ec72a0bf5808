import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DEFAULT_BRAND,
  THEME_IDS,
  THEME_VARIANTS,
  THEMES,
  themeBrand,
  themeVariables,
} from '../../../shared/core/themes';

/** WCAG 2.x AA: 4.5:1 for text, 3:1 for user-interface components and focus indicators (1.4.3, 1.4.11). */
const TEXT = 4.5;
const UI = 3;
/** Brand colours a designer might pick: saturated, pale, dark, grey, and the default. */
const BRANDS = [DEFAULT_BRAND, '#ffeb3b', '#00bcd4', '#ff5722', '#7a7a7a', '#003366', '#ffffff', '#000000', '#e91e63'];

describe('WCAG contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WCAG's own example pair: #767676 on white is just above 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each(THEME_IDS.flatMap((id) => THEME_VARIANTS.map((variant) => [id, variant] as const)))(
  'theme %s, %s variant',
  (id, variant) => {
    const p = THEMES[id][variant];
    // Text and controls sit on the page background and on cards/panels (surface).
    it.each(['bg', 'surface'] as const)('text colours reach 4.5:1 on %s', (ground) => {
      for (const role of ['text', 'muted', 'link', 'correct', 'incorrect'] as const) {
        expect(contrastRatio(p[role], p[ground]), `${role} on ${ground}`).toBeGreaterThanOrEqual(TEXT);
      }
    });
    it.each(['bg', 'surface'] as const)('focus ring and component borders reach 3:1 on %s', (ground) => {
      expect(contrastRatio(p.focus, p[ground]), 'focus').toBeGreaterThanOrEqual(UI);
      expect(contrastRatio(p.border, p[ground]), 'border').toBeGreaterThanOrEqual(UI);
    });
    it('keeps any brand colour usable: 3:1 on the page, 4.5:1 for text on it', () => {
      for (const color of BRANDS) {
        const brand = themeBrand(color, p);
        expect(contrastRatio(brand.color, p.bg), `${color} as button border/marker`).toBeGreaterThanOrEqual(UI);
        expect(contrastRatio(brand.onBrand, brand.color), `text on ${color}`).toBeGreaterThanOrEqual(TEXT);
        // The header's focus ring is drawn in the on-brand colour.
        expect(contrastRatio(brand.onBrand, brand.color)).toBeGreaterThanOrEqual(UI);
      }
    });
    it('sets every variable the stylesheets read', () => {
      const vars = themeVariables({ name: id, variant, brandColor: '#ffeb3b', fontFamily: 'serif' });
      expect(vars['--cw-bg']).toBe(p.bg);
      expect(vars['--cw-text']).toBe(p.text);
      expect(vars['color-scheme']).toBe(variant);
      expect(vars['--cw-font']).toContain('Georgia');
      expect(contrastRatio(vars['--cw-brand'] ?? '', p.bg)).toBeGreaterThanOrEqual(UI);
    });
  },
);

describe('brand colour adjustment', () => {
  it('keeps a brand colour that already reads well, and says when it had to change one', () => {
    expect(themeBrand('#003366', THEMES.clean.light)).toEqual({
      color: '#003366',
      onBrand: '#ffffff',
      adjusted: false,
    });
    const pale = themeBrand('#ffeb3b', THEMES.clean.light);
    expect(pale.adjusted).toBe(true);
    expect(pale.color).not.toBe('#ffeb3b');
    // A pale brand stays as it is on a dark page, with dark text on it.
    expect(themeBrand('#ffeb3b', THEMES.clean.dark)).toEqual({ color: '#ffeb3b', onBrand: '#000000', adjusted: false });
    expect(themeBrand('not a colour', THEMES.clean.light).color).toBe(DEFAULT_BRAND);
  });
});
