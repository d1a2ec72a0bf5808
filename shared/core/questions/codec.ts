/** Base-36 helpers of the suspend_data codec, shared by the question kinds and `shared/scorm/suspend-data.ts`. */
export const b36 = (n: number): string => n.toString(36);
/** Fixed-width base-36 digits for indices 0..count-1. */
export const widthFor = (count: number): number => Math.max(1, b36(Math.max(0, count - 1)).length);
export const fixed = (n: number, width: number): string => b36(n).padStart(width, '0');
export const parseB36 = (s: string): number | null => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : null);

/** `count` fixed-width indices (a run of `-` for "none"), or null when `data` has the wrong length. */
export function indexChunks(data: string, count: number): (number | null)[] | null {
  const w = widthFor(count);
  if (data.length !== count * w) return null;
  return Array.from({ length: count }, (_, i) => {
    const part = data.slice(i * w, i * w + w);
    return part === '-'.repeat(w) ? null : parseB36(part);
  });
}

/** Deterministic shuffle (seeded by the block id) so the initial order is stable across reloads. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
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
