import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseCaptions, parseTimestamp, serializeVtt } from '../../../../main/media/captions/cues';
import { detectCaptionFormat, toWebVtt, validateCaptions } from '../../../../main/media/captions/validate-captions';

const SRT = `1
00:00:01,000 --> 00:00:04,000
Welcome to the course.

2
00:00:04,500 --> 00:00:07,250
Two lines
of text.
`;

describe('timestamps', () => {
  it('parses both formats and formats WebVTT', () => {
    expect(parseTimestamp('00:01:02,345', 'srt')).toBeCloseTo(62.345);
    expect(parseTimestamp('01:02.345', 'vtt')).toBeCloseTo(62.345);
    expect(parseTimestamp('1:02:03.004', 'vtt')).toBeNull(); // VTT hours need two digits
    expect(parseTimestamp('00:61:00.000', 'vtt')).toBeNull();
    expect(formatTimestamp(3723.5)).toBe('01:02:03.500');
  });
});

describe('SRT → WebVTT', () => {
  it('converts cues, keeping multi-line text', () => {
    expect(toWebVtt(SRT).vtt).toBe(
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nWelcome to the course.\n\n2\n00:00:04.500 --> 00:00:07.250\nTwo lines\nof text.\n',
    );
  });
  it('round-trips through the VTT parser', () => {
    const vtt = toWebVtt(SRT.replace(/\n/g, '\r\n')).vtt;
    const parsed = parseCaptions(vtt, 'vtt');
    expect(parsed.issues).toEqual([]);
    expect(parsed.cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [1, 4, 'Welcome to the course.'],
      [4.5, 7.25, 'Two lines\nof text.'],
    ]);
    expect(serializeVtt(parsed.cues)).toBe(vtt.replace(/\r\n/g, '\n'));
  });
});

describe('validateCaptions', () => {
  it('accepts a clean WebVTT file with NOTE blocks and settings', () => {
    const r = validateCaptions(
      'WEBVTT - lesson 1\n\nNOTE written by hand\n\nintro\n00:00.000 --> 00:02.000 line:0 align:start\nHello\n',
    );
    expect(r).toMatchObject({ format: 'vtt', valid: true, issues: [] });
    expect(r.cues[0]).toMatchObject({ id: 'intro', settings: 'line:0 align:start', line: 6 });
  });

  it('reports bad timestamps, end ≤ start, empty cues and overlaps with line numbers', () => {
    const text = [
      'WEBVTT', // 1
      '', // 2
      '00:00:01.000 --> 00:00:05.000', // 3
      'first', // 4
      '', // 5
      '00:00:04.000 --> 00:00:06.000', // 6 overlaps the cue at line 3
      'second', // 7
      '', // 8
      '00:00:07.000 --> 00:00:06.500', // 9 end before start
      'third', // 10
      '', // 11
      '00:00:08,000 --> 00:00:09.000', // 12 SRT comma in VTT
      'fourth', // 13
      '', // 14
      '00:00:10.000 --> 00:00:11.000', // 15
      ' ', // 16 (whitespace-only line ends the block: cue is empty)
    ].join('\n');
    const r = validateCaptions(text);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [6, 'overlap', 'warning'],
      [9, 'end-before-start', 'error'],
      [12, 'bad-timestamp', 'error'],
      [15, 'empty-cue', 'warning'],
    ]);
    expect(r.issues.find((i) => i.code === 'overlap')?.message).toContain('line 3');
  });

  it('flags a VTT without header and a file without cues', () => {
    expect(validateCaptions('00:00.000 --> 00:01.000\nhi', 'vtt').issues[0]).toMatchObject({
      line: 1,
      code: 'missing-header',
    });
    expect(validateCaptions('WEBVTT\n\n').issues).toEqual([
      expect.objectContaining({ code: 'no-cues', severity: 'error' }),
    ]);
  });

  it('detects the format from the header', () => {
    expect(detectCaptionFormat('\uFEFFWEBVTT\n')).toBe('vtt');
    expect(detectCaptionFormat(SRT)).toBe('srt');
    expect(validateCaptions(SRT)).toMatchObject({ format: 'srt', valid: true });
  });

  it('escapes cue text that would break WebVTT', () => {
    const vtt = serializeVtt([{ id: null, start: 0, end: 1, text: 'a --> b\n\nc', settings: '', line: 1 }]);
    expect(vtt).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\na -> b\nc\n');
  });
});
