import type { EditableCue } from './cue-text';

/** Longest caption line readers take in comfortably (the usual broadcast guideline). */
const MAX_LINE_CHARS = 42;

/** `00:01:02.500` (or `01:02.500`) → seconds; NaN when unreadable. */
export function cueSeconds(time: string): number {
  const parts = time.trim().replace(',', '.').split(':').map(Number);
  if (parts.some((n) => Number.isNaN(n))) return NaN;
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/** Breaks text into lines of at most `max` characters at spaces (a longer word stays whole). */
export function wrapLines(text: string, max = MAX_LINE_CHARS): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * Spreads a pasted transcript over the cues in proportion to each cue's duration (speech rate is roughly
 * even), keeping words whole and wrapping each cue at 42 characters per line. Timings are left as they are.
 */
export function distributeTranscript(cues: readonly EditableCue[], transcript: string): EditableCue[] {
  const words = transcript.split(/\s+/).filter(Boolean);
  if (cues.length === 0 || words.length === 0) return [...cues];
  const durations = cues.map((c) => Math.max(0.001, cueSeconds(c.end) - cueSeconds(c.start) || 0.001));
  const total = durations.reduce((a, b) => a + b, 0);
  let taken = 0;
  let elapsed = 0;
  return cues.map((cue, i) => {
    elapsed += durations[i] ?? 0;
    const until = i === cues.length - 1 ? words.length : Math.round((elapsed / total) * words.length);
    const mine = words.slice(taken, Math.max(taken, until));
    taken = Math.max(taken, until);
    return { ...cue, text: wrapLines(mine.join(' ')) };
  });
}
