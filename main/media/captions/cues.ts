/**
 * Caption cues shared by the WebVTT and SRT readers. Parsing never throws: problems come back as
 * issues with 1-based line numbers so an author can find them in the file.
 */
export interface Cue {
  /** Optional cue identifier (VTT) or sequence number (SRT). */
  id: string | null;
  start: number;
  end: number;
  text: string;
  /** VTT cue settings after the timing ("line:0 align:start"); empty for SRT. */
  settings: string;
  /** Line of the timing line in the source. */
  line: number;
}

type IssueSeverity = 'error' | 'warning';
type IssueCode = 'missing-header' | 'bad-timestamp' | 'end-before-start' | 'empty-cue' | 'overlap' | 'no-cues';

export interface CaptionIssue {
  line: number;
  severity: IssueSeverity;
  code: IssueCode;
  message: string;
}

interface ParsedCaptions {
  cues: Cue[];
  issues: CaptionIssue[];
}

/** "01:02:03.456" / "02:03.456" (VTT) or "01:02:03,456" (SRT) → seconds; null when malformed. */
export function parseTimestamp(value: string, format: 'vtt' | 'srt'): number | null {
  const re =
    format === 'vtt' ? /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/ : /^(\d{1,}):([0-5]\d):([0-5]\d)[,.](\d{3})$/;
  const m = re.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1] ?? 0);
  return h * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** Seconds → "hh:mm:ss.ttt" (always with hours, valid WebVTT). */
export function formatTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

const ARROW = /^(\S+)\s+-->\s+(\S+)(.*)$/;

/** Reads cue blocks (blank-line separated) from either format. */
export function parseCaptions(source: string, format: 'vtt' | 'srt'): ParsedCaptions {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  const issues: CaptionIssue[] = [];
  let i = 0;
  if (format === 'vtt') {
    if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
      issues.push({
        line: 1,
        severity: 'error',
        code: 'missing-header',
        message: 'A WebVTT file must start with the line "WEBVTT".',
      });
    } else i = 1;
  }
  while (i < lines.length) {
    while (i < lines.length && !lines[i]?.trim()) i++;
    if (i >= lines.length) break;
    const block: { text: string; line: number }[] = [];
    while (i < lines.length && lines[i]?.trim()) block.push({ text: lines[i] ?? '', line: ++i });
    const first = block[0]?.text ?? '';
    if (format === 'vtt' && /^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    const timingAt = block.findIndex((b) => b.text.includes('-->'));
    if (timingAt < 0 || timingAt > 1) {
      issues.push({
        line: block[0]?.line ?? i,
        severity: 'error',
        code: 'bad-timestamp',
        message: `Expected a timing line such as "00:00:01${format === 'srt' ? ',' : '.'}000 --> 00:00:04${format === 'srt' ? ',' : '.'}000".`,
      });
      continue;
    }
    const timing = block[timingAt]!;
    const m = ARROW.exec(timing.text.trim());
    const start = m ? parseTimestamp(m[1] ?? '', format) : null;
    const end = m ? parseTimestamp(m[2] ?? '', format) : null;
    if (start === null || end === null) {
      issues.push({
        line: timing.line,
        severity: 'error',
        code: 'bad-timestamp',
        message: `Malformed timestamp in "${timing.text.trim()}".`,
      });
      continue;
    }
    cues.push({
      id: timingAt === 1 ? (block[0]?.text.trim() ?? null) : null,
      start,
      end,
      text: block
        .slice(timingAt + 1)
        .map((b) => b.text)
        .join('\n'),
      settings: format === 'vtt' ? (m?.[3] ?? '').trim() : '',
      line: timing.line,
    });
  }
  return { cues, issues };
}

/** WebVTT text of `cues` (the format the player and exported packages use). */
export function serializeVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((c) => {
    const timing = `${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}${c.settings ? ` ${c.settings}` : ''}`;
    // "-->" may not appear in cue text; an empty line would end the cue early.
    const text = c.text.replace(/-->/g, '->').replace(/\n\s*\n/g, '\n');
    return [c.id && !c.id.includes('-->') ? c.id : null, timing, text].filter((l) => l !== null).join('\n');
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
