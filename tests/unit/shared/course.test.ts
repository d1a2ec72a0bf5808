import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseSettingsSchema, defaultCourseSettings, languageSchema, titleSchema } from '../../../shared';

describe('course model', () => {
  it('course settings have sensible defaults', () => {
    expect(defaultCourseSettings()).toEqual({
      navigation: 'free',
      completion: { rule: 'viewed', viewedPercent: 100 },
      passingScore: 80,
      targetModuleMinutes: 20,
      supportContact: '',
      theme: { brandColor: '#1a6b5c', fontFamily: 'system', logoAssetId: null, name: 'clean', variant: 'light' },
      cover: { enabled: false, subtitle: '', imageAssetId: null, imageAlt: '', imageDecorative: false },
      videoQuality: '720p',
      videoPreset: 'quality',
      scorm12Status: 'passed-failed',
      scorm12MasteryScore: false,
    });
  });

  it('fills defaults inside partial nested groups and rejects bad values', () => {
    expect(courseSettingsSchema.parse({ theme: { brandColor: '#000000' } }).theme).toEqual({
      brandColor: '#000000',
      fontFamily: 'system',
      logoAssetId: null,
      name: 'clean',
      variant: 'light',
    });
    expect(courseSettingsSchema.safeParse({ theme: { brandColor: 'red' } }).success).toBe(false);
    expect(courseSettingsSchema.safeParse({ passingScore: -1 }).success).toBe(false);
    expect(courseSettingsSchema.safeParse({ completion: { viewedPercent: 0 } }).success).toBe(false);
    expect(courseSettingsSchema.safeParse({ videoQuality: '4k' }).success).toBe(false);
    expect(courseSettingsSchema.safeParse({ scorm12Status: 'passed-completed' }).success).toBe(false);
  });

  it('titles are trimmed, single-line, 1–200 characters', () => {
    expect(titleSchema.parse('  Hello  ')).toBe('Hello');
    for (const bad of ['', '   ', 'a\nb', 'x'.repeat(201)]) expect(titleSchema.safeParse(bad).success, bad).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\t', '\n', '\r'), maxLength: 30 }), (s) => {
        const result = titleSchema.safeParse(s);
        const valid = s.trim().length > 0 && !/[\r\n]/.test(s.trim());
        expect(result.success).toBe(valid);
        if (result.success) expect(result.data).toBe(s.trim());
      }),
    );
  });

  it('language tags', () => {
    for (const ok of ['en', 'en-GB', 'pt-BR', 'zh-Hant-TW'])
      expect(languageSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', 'e', 'english!', 'en_GB']) expect(languageSchema.safeParse(bad).success, bad).toBe(false);
  });
});
