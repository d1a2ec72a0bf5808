import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCORM12_TIMESPAN_RE, SCORM2004_TIME_RE, SCORM2004_TIMEINTERVAL_RE } from '../../support/scorm-vocabulary';
import {
  formatIso8601Duration,
  formatScorm12ClockTime,
  formatScorm12Time,
  formatScorm2004Timestamp,
  parseIso8601Duration,
  parseScorm12Time,
} from '../../../shared/scorm/time-format';

const MAX_12 = (9999 * 3600 + 59 * 60 + 59.99) * 1000;
const durations = fc.integer({ min: 0, max: 9999 * 3600 * 1000 });

describe('formatScorm12Time (CMITimespan)', () => {
  it('formats known values', () => {
    expect(formatScorm12Time(0)).toBe('00:00:00.00');
    expect(formatScorm12Time(62_500)).toBe('00:01:02.50');
    expect(formatScorm12Time(3_723_450)).toBe('01:02:03.45');
    expect(formatScorm12Time(100 * 3600_000)).toBe('100:00:00.00');
    expect(formatScorm12Time(-5)).toBe('00:00:00.00');
    expect(formatScorm12Time(Number.NaN)).toBe('00:00:00.00');
    expect(formatScorm12Time(20_000 * 3600_000)).toBe('9999:59:59.99');
  });
  it('always matches HHHH:MM:SS.SS and round-trips within 10 ms', () => {
    fc.assert(
      fc.property(durations, (ms) => {
        const s = formatScorm12Time(ms);
        expect(s).toMatch(SCORM12_TIMESPAN_RE);
        expect(Math.abs((parseScorm12Time(s) ?? -1e9) - ms)).toBeLessThanOrEqual(5);
      }),
    );
  });
  it('is monotonic', () => {
    fc.assert(
      fc.property(durations, durations, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(parseScorm12Time(formatScorm12Time(lo)) ?? 0).toBeLessThanOrEqual(
          parseScorm12Time(formatScorm12Time(hi)) ?? 0,
        );
      }),
    );
  });
  it('parses LMS variants and rejects garbage', () => {
    expect(parseScorm12Time('0000:00:01')).toBe(1000);
    expect(parseScorm12Time('00:00:01.5')).toBe(1500);
    expect(parseScorm12Time('1:00:00')).toBeNull();
    expect(parseScorm12Time('00:60:00')).toBeNull();
    expect(parseScorm12Time('PT1S')).toBeNull();
    expect(parseScorm12Time(formatScorm12Time(MAX_12))).toBe(MAX_12 - (MAX_12 % 10));
  });
});

describe('formatIso8601Duration (SCORM 2004 timeinterval)', () => {
  it('formats known values with at most two decimals', () => {
    expect(formatIso8601Duration(0)).toBe('PT0S');
    expect(formatIso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIso8601Duration(60_000)).toBe('PT1M');
    expect(formatIso8601Duration(1_500)).toBe('PT1.5S');
    expect(formatIso8601Duration(1_050)).toBe('PT1.05S');
    expect(formatIso8601Duration(1_004)).toBe('PT1S');
    expect(formatIso8601Duration(30 * 3600_000)).toBe('PT30H');
  });
  it('is always a valid timeinterval and round-trips within 10 ms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (ms) => {
        const s = formatIso8601Duration(ms);
        expect(s).toMatch(SCORM2004_TIMEINTERVAL_RE);
        expect(s).not.toMatch(/\.\d{3}/);
        expect(Math.abs((parseIso8601Duration(s) ?? -1e9) - ms)).toBeLessThanOrEqual(5);
      }),
    );
  });
  it('is monotonic', () => {
    fc.assert(
      fc.property(durations, durations, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(parseIso8601Duration(formatIso8601Duration(lo)) ?? 0).toBeLessThanOrEqual(
          parseIso8601Duration(formatIso8601Duration(hi)) ?? 0,
        );
      }),
    );
  });
  it('parses what LMSs send and rejects malformed durations', () => {
    expect(parseIso8601Duration('P1DT2H')).toBe(26 * 3600_000);
    expect(parseIso8601Duration('PT0.25S')).toBe(250);
    expect(parseIso8601Duration('P1W')).toBe(7 * 86400_000);
    for (const bad of ['P', 'PT', 'P1DT', '1H', 'PT1.S', 'PTS', '']) expect(parseIso8601Duration(bad)).toBeNull();
  });
  it('the timeinterval pattern rejects what the standard rejects', () => {
    for (const bad of ['P', 'PT', 'PT1.234S', 'P1DT', 'PT-1S']) expect(bad).not.toMatch(SCORM2004_TIMEINTERVAL_RE);
  });
});

describe('timestamps', () => {
  it('SCORM 2004 time has at most two decimals and is valid for any instant', () => {
    expect(formatScorm2004Timestamp(new Date('2026-01-31T09:05:07.123Z'))).toBe('2026-01-31T09:05:07.12Z');
    expect(formatScorm2004Timestamp(new Date('2026-01-31T09:05:07.000Z'))).toBe('2026-01-31T09:05:07.00Z');
    expect(formatScorm2004Timestamp(new Date('2026-01-31T09:05:07.009Z'))).toBe('2026-01-31T09:05:07.00Z');
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        expect(formatScorm2004Timestamp(d)).toMatch(SCORM2004_TIME_RE);
      }),
    );
  });
  it('always carries fractional seconds before the time zone, for every whole millisecond 0–999 (RTE 4.1.1)', () => {
    expect(SCORM2004_TIME_RE.test('2026-01-31T09:05:07Z')).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.integer({ min: 0, max: 999 }),
        (seconds, ms) => {
          const text = formatScorm2004Timestamp(new Date(seconds * 1000 + ms));
          expect(text).toMatch(/\.\d{2}Z$/);
          expect(text).toMatch(SCORM2004_TIME_RE);
          expect(Date.parse(text)).toBe(seconds * 1000 + Math.floor(ms / 10) * 10);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('SCORM 1.2 CMITime is a time of day', () => {
    expect(formatScorm12ClockTime(new Date(2026, 0, 1, 7, 8, 9))).toBe('07:08:09');
  });
});
