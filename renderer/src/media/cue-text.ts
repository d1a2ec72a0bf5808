/** One caption cue as the editor shows it: timestamps stay text so a half-typed value is not lost. */
export interface EditableCue {
  start: string;
  end: string;
  text: string;
}

const TIMING = /^(\S+)\s+-->\s+(\S+)/;

/**
 * Reads the cues of a WebVTT file (the library stores captions as WebVTT). Lenient on purpose: the
 * server's `captions.validate` is the judge, this only has to round-trip what the editor shows.
 */
export function parseVttCues(vtt: string): EditableCue[] {
  const blocks = vtt
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .reduce<string[][]>(
      (acc, line) => {
        if (line.trim() === '') acc.push([]);
        else acc[acc.length - 1]?.push(line);
        return acc;
      },
      [[]],
    );
  const cues: EditableCue[] = [];
  for (const block of blocks) {
    const at = block.findIndex((l) => l.includes('-->'));
    if (at < 0) continue;
    const m = TIMING.exec(block[at]?.trim() ?? '');
    if (!m) continue;
    cues.push({ start: m[1] ?? '', end: m[2] ?? '', text: block.slice(at + 1).join('\n') });
  }
  return cues;
}

/** WebVTT text for `cues` (blank lines inside a cue would end it early, so they are dropped). */
export function cuesToVtt(cues: readonly EditableCue[]): string {
  const body = cues.map((c) => `${c.start.trim()} --> ${c.end.trim()}\n${c.text.replace(/\n\s*\n/g, '\n')}`);
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}
