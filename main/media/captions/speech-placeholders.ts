import { spawn } from 'node:child_process';
import { AppError } from '../../../shared';
import { serializeVtt, type Cue } from './cues';

/** Longest placeholder: about what a reader takes in at once (two 42-character lines at ~12 characters/s). */
const MAX_CUE_SECONDS = 7;
/** Quieter than this for at least `SILENCE_SECONDS` is a pause between phrases. */
const NOISE_DB = -35;
const SILENCE_SECONDS = 0.35;
/** Text of a placeholder: the author types over it. */
export const PLACEHOLDER_TEXT = '…';

interface Span {
  start: number;
  end: number;
}

/** `silence_start` / `silence_end` lines of ffmpeg's silencedetect, plus the input's `Duration:`. */
export function parseSilencedetect(stderr: string): { silences: Span[]; duration: number | null } {
  const silences: Span[] = [];
  let open: number | null = null;
  for (const m of stderr.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    const t = Math.max(0, Number(m[2]));
    if (m[1] === 'start') open = t;
    else {
      silences.push({ start: open ?? 0, end: t });
      open = null;
    }
  }
  const d = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr);
  const duration = d ? Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) : null;
  // Silence running to the end of the file has a start and no end.
  if (open !== null && duration !== null) silences.push({ start: open, end: duration });
  return { silences, duration };
}

/** The spans between silences (speech), each split into pieces of at most `maxSeconds`. */
export function speechCues(silences: readonly Span[], duration: number, maxSeconds = MAX_CUE_SECONDS): Span[] {
  const speech: Span[] = [];
  let cursor = 0;
  for (const s of [...silences].sort((a, b) => a.start - b.start)) {
    if (s.start - cursor > 0.2) speech.push({ start: cursor, end: s.start });
    cursor = Math.max(cursor, s.end);
  }
  if (duration - cursor > 0.2) speech.push({ start: cursor, end: duration });
  const out: Span[] = [];
  for (const span of speech) {
    const pieces = Math.ceil((span.end - span.start) / maxSeconds);
    const step = (span.end - span.start) / pieces;
    for (let i = 0; i < pieces; i++) {
      out.push({
        start: round(span.start + i * step),
        end: round(i === pieces - 1 ? span.end : span.start + (i + 1) * step),
      });
    }
  }
  return out;
}

const round = (t: number) => Math.round(t * 1000) / 1000;

/** Runs silencedetect over the file's audio (no video decode) and keeps the whole stderr (bounded). */
function detectSilences(ffmpeg: string, file: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [
      '-hide_banner',
      '-nostats',
      '-i',
      file,
      '-vn',
      '-af',
      `silencedetect=noise=${NOISE_DB}dB:d=${SILENCE_SECONDS}`,
      '-f',
      'null',
      '-',
    ];
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'ignore', 'pipe'], signal });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4_000_000) stderr += chunk;
    });
    child.on('error', (e) => reject(new AppError('MEDIA', `ffmpeg could not run: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(stderr);
      else reject(new AppError('MEDIA', `Could not read the audio track: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
}

/** WebVTT with one placeholder cue per stretch of speech; NOT_FOUND-style error when nothing is heard. */
export async function placeholderVtt(ffmpeg: string, file: string): Promise<{ vtt: string; cueCount: number }> {
  const { silences, duration } = parseSilencedetect(await detectSilences(ffmpeg, file));
  if (duration === null) throw new AppError('MEDIA', 'The video has no readable duration.');
  const spans = speechCues(silences, duration);
  if (spans.length === 0) {
    throw new AppError('VALIDATION', 'No speech was found in the audio track: add cues by hand in the cue editor.');
  }
  const cues: Cue[] = spans.map((s, i) => ({
    id: String(i + 1),
    start: s.start,
    end: s.end,
    text: PLACEHOLDER_TEXT,
    settings: '',
    line: i + 1,
  }));
  return { vtt: serializeVtt(cues), cueCount: cues.length };
}
