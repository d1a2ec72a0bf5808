/**
 * Narration loudness: EBU R128 at −16 LUFS integrated (the usual target for spoken word on the web),
 * true peak −1.5 dBTP. Two passes: the first measures, the second applies a linear gain from those
 * measurements, which lands much closer to the target than loudnorm's one-pass dynamic mode.
 */
const LOUDNESS = { I: -16, TP: -1.5, LRA: 11 } as const;
const TARGET = `I=${LOUDNESS.I}:TP=${LOUDNESS.TP}:LRA=${LOUDNESS.LRA}`;

interface LoudnessMeasurement {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  target_offset: string;
}

/** Pass 1: measure only (prints a JSON block on stderr). */
export function buildLoudnessMeasureArgs(input: string): string[] {
  return [
    '-hide_banner',
    '-nostats',
    '-progress',
    'pipe:1',
    '-i',
    input,
    '-map',
    '0:a:0',
    '-af',
    `loudnorm=${TARGET}:print_format=json`,
    '-f',
    'null',
    '-',
  ];
}

/** The loudnorm JSON that pass 1 prints at the end of stderr, or null when it is missing/unusable. */
export function parseLoudnessMeasurement(stderr: string): LoudnessMeasurement | null {
  const start = stderr.lastIndexOf('{');
  const end = stderr.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    const json = JSON.parse(stderr.slice(start, end + 1)) as Partial<LoudnessMeasurement>;
    const keys = ['input_i', 'input_tp', 'input_lra', 'input_thresh', 'target_offset'] as const;
    // Silence measures as -inf; a linear pass cannot use that, so the caller falls back to one pass.
    if (!keys.every((k) => typeof json[k] === 'string' && Number.isFinite(Number(json[k])))) return null;
    return json as LoudnessMeasurement;
  } catch {
    return null;
  }
}

/** Pass 2 (or the single pass when `m` is null): normalise and encode AAC in MP4 (.m4a). */
export function buildAudioArgs(input: string, output: string, m: LoudnessMeasurement | null): string[] {
  const filter = m
    ? `loudnorm=${TARGET}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}` +
      `:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true`
    : `loudnorm=${TARGET}`;
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostats',
    '-progress',
    'pipe:1',
    '-y',
    '-i',
    input,
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    // loudnorm resamples to 192 kHz internally; bring it back to a normal rate.
    '-af',
    filter,
    '-ar',
    '48000',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    output,
  ];
}
