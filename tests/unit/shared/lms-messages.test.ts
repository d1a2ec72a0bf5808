import { describe, expect, it } from 'vitest';
import { LMS_LAUNCH, LMS_READY, LMS_SAVE, lmsLaunchSchema, lmsReadySchema, lmsSaveSchema } from '../../../shared';

describe('LMS page ↔ app messages', () => {
  it('accepts the three message kinds', () => {
    expect(lmsReadySchema.safeParse({ type: LMS_READY }).success).toBe(true);
    const launch = { type: LMS_LAUNCH, format: 'scorm12', launch: { entry: 'ab-initio', mode: 'normal', cmi: {} } };
    expect(lmsLaunchSchema.safeParse(launch).success).toBe(true);
    for (const kind of ['commit', 'terminate', 'snapshot']) {
      expect(lmsSaveSchema.safeParse({ type: LMS_SAVE, kind, cmi: { core: { lesson_location: 'p3' } } }).success).toBe(
        true,
      );
    }
  });

  it('refuses anything else: other ids, unknown kinds or fields, non-object or oversized CMI', () => {
    // The attempt and SCO are the app's choice: a message naming them is refused, not obeyed.
    expect(lmsSaveSchema.safeParse({ type: LMS_SAVE, kind: 'commit', cmi: {}, attemptId: 'x' }).success).toBe(false);
    expect(lmsSaveSchema.safeParse({ type: LMS_SAVE, kind: 'invoke', cmi: {} }).success).toBe(false);
    expect(lmsSaveSchema.safeParse({ type: LMS_SAVE, kind: 'commit', cmi: 'x' }).success).toBe(false);
    expect(
      lmsSaveSchema.safeParse({ type: LMS_SAVE, kind: 'commit', cmi: { big: 'x'.repeat(4_000_001) } }).success,
    ).toBe(false);
    expect(lmsReadySchema.safeParse({ type: LMS_READY, channel: 'courses.list' }).success).toBe(false);
    expect(lmsSaveSchema.safeParse(null).success).toBe(false);
  });
});
