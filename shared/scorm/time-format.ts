/**
 * SCORM time formats. All formatters take milliseconds and round to hundredths of a second, the
 * finest resolution both standards allow.
 */

/** CMITimespan caps hours at 4 digits (SCORM 1.2 RTE 3.4.4). */
const SCORM12_MAX_CS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const toCentiseconds = (ms: number): number => (Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0);

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits), e.g. `00:01:02.50`. Clamped to 9999:59:59.99. */
export function formatScorm12Time(ms: number): string {
  const cs = Math.min(toCentiseconds(ms), SCORM12_MAX_CS);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** Parses a CMITimespan (`HH:MM:SS`, `HHHH:MM:SS.S`, …) to milliseconds; null when malformed. */
export function parseScorm12Time(value: string): number | null {
  const m = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) return null;
  const fraction = m[4] ? Number(m[4].padEnd(2, '0')) * 10 : 0;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + fraction;
}

/**
 * ISO 8601 duration valid as a SCORM 2004 timeinterval (second,10,2): hours, minutes and seconds
 * with at most two decimals, e.g. `PT1H2M3.45S`; zero is `PT0S`.
 */
export function formatIso8601Duration(ms: number): string {
  const cs = toCentiseconds(ms);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const secCs = cs % 6000;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (secCs || out === 'PT') {
    const whole = Math.floor(secCs / 100);
    const frac = secCs % 100;
    out += frac ? `${whole}.${pad(frac, 2).replace(/0$/, '')}S` : `${whole}S`;
  }
  return out;
}

/**
 * Parses an ISO 8601 duration to milliseconds; null when malformed. Years and months have no fixed
 * length, so they are approximated (365 and 30 days) – LMSs send them only for very long totals.
 */
export function parseIso8601Duration(value: string): number | null {
  const m =
    /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value,
    );
  if (!m) return null;
  const n = (i: number): number => (m[i] ? Number(m[i]) : 0);
  const days = n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4);
  const seconds = ((days * 24 + n(5)) * 60 + n(6)) * 60 + n(7);
  return Math.round(seconds * 1000);
}

/** SCORM 1.2 CMITime (cmi.interactions.n.time): local time of day `HH:MM:SS`. */
export function formatScorm12ClockTime(date: Date): string {
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/**
 * SCORM 2004 time (second,10,0) in UTC, e.g. `2026-01-31T09:05:07.10Z`: at most two decimals, so
 * `Date#toISOString` (three decimals) is not valid as is, and always with them, because RTE 4.1.1
 * allows a time zone designator only after fractional seconds (`…:07Z` is rejected with error 406).
 */
export function formatScorm2004Timestamp(date: Date): string {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const cs = Math.floor(date.getUTCMilliseconds() / 10);
  return `${iso.slice(0, 19)}.${pad(cs, 2)}Z`;
}
