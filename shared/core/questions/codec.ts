import { fnv1a } from '../../scorm/codec-utils';

/** Base-36 helpers of the suspend_data codec, shared by the question kinds and `shared/scorm/suspend-data.ts`. */
export const b36 = (n: number): string => n.toString(36);
/** Fixed-width base-36 digits for indices 0..count-1. */
export const widthFor = (count: number): number => Math.max(1, b36(Math.max(0, count - 1)).length);
export const fixed = (n: number, width: number): string => b36(n).padStart(width, '0');
export const parseB36 = (s: string): number | null => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : null);

/** One index among `count` options in fixed-width digits; null for a negative index (not one of them). */
export const single = (i: number, count: number): string | null => (i < 0 ? null : fixed(i, widthFor(count)));
/** The entry of `list` that `single` wrote, or undefined. */
export const pick = <T>(list: readonly T[], data: string): T | undefined => {
  const i = parseB36(data);
  return i === null || data.length !== widthFor(list.length) ? undefined : list[i];
};

/** Index `i` in `width` base-36 digits, or a run of `-` for "none" (a negative index). */
export const chunk = (i: number, width: number): string => (i < 0 ? '-'.repeat(width) : fixed(i, width));

/** `count` fixed-width indices (a run of `-` for "none"), or null when `data` has the wrong length. */
export function indexChunks(data: string, count: number, w = widthFor(count)): (number | null)[] | null {
  if (data.length !== count * w) return null;
  return Array.from({ length: count }, (_, i) => {
    const part = data.slice(i * w, i * w + w);
    return part === '-'.repeat(w) ? null : parseB36(part);
  });
}

/** A set of indices below `count` as one base-36 bit mask. */
export const maskEncode = (count: number, on: (i: number) => boolean): string =>
  b36(Array.from({ length: count }, (_, i) => i).reduce((m, i) => (on(i) ? m + 2 ** i : m), 0));
/** The indices of a mask written by `maskEncode` (canonical, below 2^count), or null. */
export const maskDecode = (data: string, count: number): number[] | null => {
  const mask = parseB36(data);
  if (mask === null || mask >= 2 ** count || b36(mask) !== data) return null;
  return Array.from({ length: count }, (_, i) => i).filter((i) => Math.floor(mask / 2 ** i) % 2 === 1);
};
/** Longest mask of `count` indices. */
export const maskLength = (count: number): number => b36(2 ** count - 1).length;

/** Deterministic shuffle (seeded by the block id) so the initial order is stable across reloads. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = fnv1a(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  // Never present an ordering question already solved.
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
  return out;
}

/** Whether `text` is one of `answers`, ignoring extra spaces (learners type them) and, unless asked, case. */
export function matchesAnswer(text: string, answers: readonly string[], caseSensitive: boolean): boolean {
  const norm = (s: string) => {
    const t = s.trim().replace(/\s+/g, ' ');
    return caseSensitive ? t : t.toLocaleLowerCase();
  };
  const given = norm(text);
  return given !== '' && answers.some((a) => norm(a) === given);
}

/** `text` cut to `max` UTF-16 units without splitting a surrogate pair. */
export function clampUnits(text: string, max: number): string {
  const cut = text.slice(0, max);
  return cut.length < text.length && /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
