import { describe, expect, it } from 'vitest';
import { courseSettingsSchema, defaultCourseSettings, NEW_COURSE_SETTINGS } from '../../../shared';
import {
  DEFAULT_THEME,
  FONT_STACKS,
  THEME_FONTS,
  THEME_IDS,
  THEME_VARIANTS,
  THEMES,
} from '../../../shared/core/themes';

describe('theme descriptors', () => {
  it('describe every theme once, with both variants and every palette role', () => {
    expect(Object.keys(THEMES).sort()).toEqual([...THEME_IDS].sort());
    expect(THEME_IDS).toHaveLength(4);
    const roles = ['bg', 'surface', 'text', 'muted', 'border', 'link', 'focus', 'correct', 'incorrect'];
    for (const id of THEME_IDS) {
      const t = THEMES[id];
      expect(t.label.length).toBeGreaterThan(0);
      for (const v of THEME_VARIANTS) {
        expect(Object.keys(t[v]).sort()).toEqual([...roles].sort());
        for (const c of Object.values(t[v])) expect(c).toMatch(/^#[0-9a-f]{6}$/);
      }
      if (t.headingFont !== 'inherit') expect(FONT_STACKS[t.headingFont]).toBeDefined();
    }
    // The four look different: no two share a light palette.
    expect(new Set(THEME_IDS.map((id) => JSON.stringify(THEMES[id].light))).size).toBe(THEME_IDS.length);
  });

  it('drive the settings choices: the schema accepts exactly the described themes, variants and fonts', () => {
    for (const name of THEME_IDS)
      for (const variant of THEME_VARIANTS)
        expect(courseSettingsSchema.parse({ theme: { name, variant } }).theme).toMatchObject({ name, variant });
    for (const fontFamily of THEME_FONTS)
      expect(courseSettingsSchema.parse({ theme: { fontFamily } }).theme.fontFamily).toBe(fontFamily);
    expect(courseSettingsSchema.safeParse({ theme: { name: 'neon' } }).success).toBe(false);
    expect(courseSettingsSchema.safeParse({ theme: { variant: 'sepia' } }).success).toBe(false);
  });

  it('old settings rows get the default theme and no cover; new courses get a cover', () => {
    const old = courseSettingsSchema.parse({
      theme: { brandColor: '#003366', fontFamily: 'serif', logoAssetId: null },
    });
    expect(old.theme).toMatchObject({ name: DEFAULT_THEME, variant: 'light', brandColor: '#003366' });
    expect(old.cover).toEqual({
      enabled: false,
      subtitle: '',
      imageAssetId: null,
      imageAlt: '',
      imageDecorative: false,
    });
    expect(defaultCourseSettings().cover.enabled).toBe(false);
    expect(NEW_COURSE_SETTINGS.cover?.enabled).toBe(true);
  });
});
