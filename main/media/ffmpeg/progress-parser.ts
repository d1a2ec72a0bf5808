/**
 * Parses ffmpeg's `-progress pipe:1` output: blocks of `key=value` lines, each closed by
 * `progress=continue` or `progress=end`. Pure, so it is unit-tested on recorded real output.
 */
export interface ProgressUpdate {
  /** 0..1, never decreasing within one run; exactly 1 once ffmpeg says `progress=end`. */
  readonly fraction: number;
  readonly outTimeSeconds: number;
  /** Encoding speed relative to real time (e.g. 20.3 for "20.3x"); null when ffmpeg reports N/A. */
  readonly speed: number | null;
  /** Bytes written so far, when reported. */
  readonly totalSize: number | null;
  readonly done: boolean;
}

/** Parses one block (the lines up to and including `progress=...`). `previous` keeps fractions monotonic. */
export function parseProgressBlock(
  lines: readonly string[],
  durationSeconds: number | null,
  previous?: ProgressUpdate,
): ProgressUpdate {
  const kv = new Map<string, string>();
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    kv.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const done = kv.get('progress') === 'end';
  const measured = outTime(kv);
  const outTimeSeconds = Math.max(measured ?? 0, previous?.outTimeSeconds ?? 0);
  let fraction = previous?.fraction ?? 0;
  if (done) fraction = 1;
  else if (durationSeconds && durationSeconds > 0 && measured !== null) {
    fraction = Math.max(fraction, clamp01(measured / durationSeconds));
  }
  return {
    fraction,
    outTimeSeconds,
    speed: parseSpeed(kv.get('speed')),
    totalSize: parseIntOrNull(kv.get('total_size')),
    done,
  };
}

/** Incremental reader fed line by line from the child's stdout. */
export function createProgressReader(durationSeconds: number | null, onUpdate: (u: ProgressUpdate) => void) {
  let block: string[] = [];
  let last: ProgressUpdate | undefined;
  return {
    push(line: string): void {
      const trimmed = line.trim();
      if (!trimmed) return;
      block.push(trimmed);
      if (!trimmed.startsWith('progress=')) return;
      last = parseProgressBlock(block, durationSeconds, last);
      block = [];
      onUpdate(last);
    },
    get last(): ProgressUpdate | undefined {
      return last;
    },
  };
}

/**
 * out_time_us is exact; out_time is the same as text; out_time_ms is (despite its name) also in
 * microseconds in ffmpeg ≤ 7, so it is read as such and only used when the others are missing.
 */
function outTime(kv: Map<string, string>): number | null {
  const us = parseIntOrNull(kv.get('out_time_us'));
  if (us !== null) return Math.max(0, us / 1e6);
  const clock = parseClock(kv.get('out_time'));
  if (clock !== null) return Math.max(0, clock);
  const ms = parseIntOrNull(kv.get('out_time_ms'));
  return ms === null ? null : Math.max(0, ms / 1e6);
}

/** "HH:MM:SS.micro" (possibly negative at the very start) → seconds. */
export function parseClock(value: string | undefined): number | null {
  const m = value?.match(/^(-)?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/);
  if (!m) return null;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return m[1] ? -seconds : seconds;
}

function parseSpeed(value: string | undefined): number | null {
  if (!value) return null;
  const n = Number.parseFloat(value.replace(/x$/, ''));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function parseIntOrNull(value: string | undefined): number | null {
  if (!value || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
