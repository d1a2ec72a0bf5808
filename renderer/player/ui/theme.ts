/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DEFAULT_BRAND = '#1a6b5c';

/** The brand colour carries white text (buttons, header), so it is used only when that reaches 4.5:1. */
export function accessibleBrandColor(color: string | undefined): string {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) && contrastRatio(color, '#ffffff') >= 4.5 ? color : DEFAULT_BRAND;
}
