import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDecimal,
  formatScorm12Response,
  formatScorm2004Response,
  formatScorm2004Description,
  truncate,
} from '../../../../renderer/player/lms/interaction-format';
import { interactionIds } from '../../../../renderer/player/state/interactions';
import { maximalCourse } from '../../../support/scorm-arbitraries';
import { courseQuestions } from '../../../../shared/scorm/learner-state';

describe('interaction response formats', () => {
  it('SCORM 1.2 fill-in is a single line of at most 255 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const out = formatScorm12Response({ type: 'fill-in', text });
        expect([...out].length).toBeLessThanOrEqual(255);
        expect(out).not.toMatch(/[\r\n\t]/);
      }),
    );
  });

  it('SCORM 2004 fill-in never contains delimiters or a leading {', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const out = formatScorm2004Response({ type: 'fill-in', text });
        expect(out).not.toMatch(/\[[,.]\]/);
        expect(out.startsWith('{')).toBe(false);
        expect([...out].length).toBeLessThanOrEqual(250);
      }),
    );
    expect(formatScorm2004Description('{lang=de}x')).toBe('(lang=de}x');
  });

  it('decimals never use exponent notation', () => {
    expect(formatDecimal(1e-7, 4)).toBe('0');
    expect(formatDecimal(66.666666)).toBe('66.67');
    expect(formatDecimal(Number.NaN)).toBe('0');
    fc.assert(
      fc.property(fc.double({ min: -1, max: 100, noNaN: true }), (n) => {
        expect(formatDecimal(n, 4)).toMatch(/^-?\d+(\.\d{1,4})?$/);
      }),
    );
  });

  it('truncate keeps whole code points', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀😀');
  });
});

describe('interaction ids', () => {
  it('are q-<8 hex> per reported question (graded, or a survey), unique, stable, and lengthened only on prefix collisions', () => {
    const course = maximalCourse(4, 2);
    // Surveys answered as knowledge checks are reported too (likert, result neutral).
    const graded = courseQuestions(course).filter((q) => q.graded || q.block.question.kind === 'likert');
    expect(graded.some((q) => !q.graded)).toBe(true);
    const ids = interactionIds(course);
    expect(ids.size).toBe(graded.length);
    for (const { block } of graded) expect(ids.get(block.id)).toBe(`q-${block.id.replace(/-/g, '').slice(0, 8)}`);
    expect(interactionIds(course)).toEqual(ids);
    // Force a collision of the first 8 hex digits.
    const [a, b] = graded;
    b!.block.id = `${a!.block.id.slice(0, 8)}-ffff-4fff-8fff-ffffffffffff`;
    const collided = interactionIds(course);
    expect(new Set(collided.values()).size).toBe(graded.length);
    expect(collided.get(b!.block.id)).toBe(`q-${b!.block.id.replace(/-/g, '')}`);
  });
});
