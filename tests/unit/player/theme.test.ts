import { describe, expect, it } from 'vitest';
import { accessibleBrandColor, contrastRatio, DEFAULT_BRAND } from '../../../renderer/player/ui/theme';

describe('brand colour', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it('uses the course colour only when white text on it reaches 4.5:1', () => {
    expect(contrastRatio(DEFAULT_BRAND, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(accessibleBrandColor('#003366')).toBe('#003366');
    expect(accessibleBrandColor('#ffeb3b')).toBe(DEFAULT_BRAND);
    expect(accessibleBrandColor('#7a7a7a')).toBe(DEFAULT_BRAND);
    expect(accessibleBrandColor('red')).toBe(DEFAULT_BRAND);
    expect(accessibleBrandColor(undefined)).toBe(DEFAULT_BRAND);
  });
});
