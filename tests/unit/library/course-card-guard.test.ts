import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseSummarySchema, type CourseSummary } from '../../../shared';
import { isCourseCard } from '../../../main/library/course-card-guard';

// The CLI's fast path prints cards its zod-free guard accepts; the guard must accept only what the contract's
// schema accepts unchanged (zod trims titles: a card it would change must go to the full path).
const valid = (): CourseSummary => ({
  id: randomUUID(),
  title: 'Asynchronous Learning 101',
  description: 'A course.',
  language: 'en-GB',
  createdAt: new Date(0).toISOString(),
  updatedAt: new Date().toISOString(),
  moduleCount: 3,
  lessonCount: 7,
  isSample: true,
  estimatedMinutes: 12.5,
  thumbnailAssetId: null,
});

/** Values near each field's edge, valid and not, so the property meets both sides. */
const fieldValues: { [K in keyof CourseSummary]-?: fc.Arbitrary<unknown> } = {
  id: fc.oneof(
    fc.uuid(),
    fc.constantFrom('', 'not-a-uuid', randomUUID().toUpperCase(), '00000000-0000-0000-0000-000000000000'),
  ),
  title: fc.oneof(
    fc.string({ maxLength: 210 }),
    fc.constantFrom(' padded ', 'two\nlines', 'x'.repeat(200), 'x'.repeat(201), ''),
  ),
  description: fc.oneof(fc.string(), fc.constant('d'.repeat(5001))),
  language: fc.oneof(
    fc.constantFrom('en', 'pt-BR', 'e', 'english', 'en_GB', 'zh-Hant-TW'),
    fc.string({ maxLength: 12 }),
  ),
  createdAt: fc.oneof(
    fc
      .date({ min: new Date('1970-01-01'), max: new Date('9999-12-31') })
      .map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
    fc.constantFrom(
      '2026-13-01T00:00:00.000Z',
      '2026-01-01',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.000+02:00',
      '',
    ),
  ),
  updatedAt: fc.constantFrom(new Date().toISOString(), '2026-02-30T10:00:00.000Z', 'yesterday'),
  moduleCount: fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.NaN, Infinity, '3')),
  lessonCount: fc.oneof(fc.nat(), fc.constantFrom(-1, 0.1, null)),
  isSample: fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 'true')),
  estimatedMinutes: fc.oneof(fc.constant(undefined), fc.double({ noNaN: false }), fc.constantFrom(-1, 0, 3.25)),
  thumbnailAssetId: fc.oneof(fc.constant(undefined), fc.constant(null), fc.uuid(), fc.constant('x')),
};

describe('the CLI fast path card guard', () => {
  it('accepts the cards the library writes', () => {
    expect(isCourseCard(valid())).toBe(true);
    expect(isCourseCard({ ...valid(), estimatedMinutes: undefined, thumbnailAssetId: randomUUID() })).toBe(true);
  });

  it('accepts only cards the contract schema accepts unchanged', () => {
    const field = fc.constantFrom(...(Object.keys(fieldValues) as (keyof CourseSummary)[]));
    fc.assert(
      fc.property(fc.array(fc.tuple(field, fc.nat()), { maxLength: 4 }), fc.record(fieldValues), (which, values) => {
        const card = { ...valid() } as Record<string, unknown>;
        for (const [key] of which) card[key] = (values as Record<string, unknown>)[key];
        if (!isCourseCard(card as CourseSummary)) return;
        const parsed = courseSummarySchema.safeParse(card);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(card);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what zod would change or refuse', () => {
    for (const patch of [
      { title: ' padded ' },
      { title: '' },
      { id: 'nope' },
      { language: 'english' },
      { createdAt: '2026-13-01T00:00:00.000Z' },
      { moduleCount: -1 },
      { lessonCount: 1.5 },
      { isSample: 1 },
      { estimatedMinutes: -2 },
      { thumbnailAssetId: 'x' },
    ]) {
      const card = { ...valid(), ...patch } as CourseSummary;
      expect(isCourseCard(card), JSON.stringify(patch)).toBe(false);
      expect(courseSummarySchema.safeParse(card).data ?? null).not.toEqual(card);
    }
  });
});
