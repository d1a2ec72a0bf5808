import { describe, expect, it } from 'vitest';
import { cueSeconds, distributeTranscript, wrapLines } from '../../../renderer/src/media/transcript';

const cue = (start: string, end: string) => ({ start, end, text: '…' });

describe('pasting a transcript over placeholder cues', () => {
  it('spreads the words by cue duration, keeps timings and every word in order', () => {
    const cues = [cue('00:00:00.000', '00:00:02.000'), cue('00:00:03.000', '00:00:09.000')];
    const text = 'one two three four five six seven eight';
    const out = distributeTranscript(cues, text);
    expect(out.map((c) => [c.start, c.end])).toEqual(cues.map((c) => [c.start, c.end]));
    // 2 s of 8 s total: a quarter of the words.
    expect(out[0]!.text).toBe('one two');
    expect(out[1]!.text).toBe('three four five six seven eight');
  });

  it('wraps at 42 characters per line without breaking words', () => {
    const wrapped = wrapLines('Asynchronous learning lets every learner choose when to study and how fast to go.');
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(42);
    expect(wrapped.replace(/\n/g, ' ')).toBe(
      'Asynchronous learning lets every learner choose when to study and how fast to go.',
    );
  });

  it('reads cue times', () => {
    expect(cueSeconds('00:01:02.500')).toBe(62.5);
    expect(cueSeconds('01:02.500')).toBe(62.5);
    expect(cueSeconds('x')).toBeNaN();
  });
});
