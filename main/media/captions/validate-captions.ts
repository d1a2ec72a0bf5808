import { parseCaptions, serializeVtt, type CaptionIssue, type Cue } from './cues';

type CaptionFormat = 'vtt' | 'srt';

interface CaptionReport {
  format: CaptionFormat;
  cues: Cue[];
  issues: CaptionIssue[];
  /** True when no issue is an error: the file can be stored and played. */
  valid: boolean;
}

/** A file starting with WEBVTT is WebVTT; anything else is read as SRT (whose files carry no header). */
export function detectCaptionFormat(text: string): CaptionFormat {
  return /^\uFEFF?WEBVTT/.test(text) ? 'vtt' : 'srt';
}

/**
 * Parses and checks captions. Errors (malformed timing, end not after start) make a cue unplayable;
 * warnings (empty text, overlapping cues) are legal WebVTT but usually mistakes.
 */
export function validateCaptions(text: string, format: CaptionFormat = detectCaptionFormat(text)): CaptionReport {
  const { cues, issues } = parseCaptions(text, format);
  const found: CaptionIssue[] = [...issues];
  let latest: Cue | null = null;
  for (const cue of cues) {
    if (cue.end <= cue.start) {
      found.push({
        line: cue.line,
        severity: 'error',
        code: 'end-before-start',
        message: 'The cue ends before (or when) it starts.',
      });
    }
    if (!cue.text.trim()) {
      found.push({ line: cue.line, severity: 'warning', code: 'empty-cue', message: 'The cue has no text.' });
    }
    if (latest && cue.start < latest.end && cue.end > cue.start) {
      found.push({
        line: cue.line,
        severity: 'warning',
        code: 'overlap',
        message: `The cue starts before the cue at line ${latest.line} ends.`,
      });
    }
    if (!latest || cue.end > latest.end) latest = cue;
  }
  if (cues.length === 0 && !found.some((i) => i.severity === 'error')) {
    found.push({ line: 1, severity: 'error', code: 'no-cues', message: 'The file contains no cues.' });
  }
  found.sort((a, b) => a.line - b.line);
  return { format, cues, issues: found, valid: !found.some((i) => i.severity === 'error') };
}

/** SRT (or VTT) text → WebVTT text; refuses input with errors. */
export function toWebVtt(text: string): { vtt: string; report: CaptionReport } {
  const report = validateCaptions(text);
  return { vtt: serializeVtt(report.cues), report };
}
