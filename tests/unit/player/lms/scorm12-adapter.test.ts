import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createStrictScorm12Lms, relaunchData } from '../../../support/strict-fake-lms';
import { choiceInteraction, memoryStorage, silentLogger, snapshot, T0 } from '../../../support/lms-snapshots';

const PKG = '7b0c8f9e-3a1d-4c2b-9e8f-1a2b3c4d5e6f';

function setup(initial: Record<string, string> = {}) {
  const lms = createStrictScorm12Lms(initial);
  const storage = memoryStorage();
  const logger = silentLogger();
  const adapter = createScorm12Adapter(lms.api, {
    packageId: PKG,
    storage,
    logger,
    debounceMs: 500,
    retryBaseMs: 1000,
  });
  return { lms, storage, logger, adapter };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SCORM 1.2 adapter', () => {
  it('fresh start: initializes once, reads entry/status, marks incomplete and suspend, commits debounced', () => {
    const { lms, adapter } = setup();
    const start = adapter.start();
    expect(start).toMatchObject({ resumed: false, suspendData: null, location: null, learnerName: 'Doe, Jane' });
    expect(lms.calls).toEqual([
      ['Initialize', ''],
      ['GetValue', 'cmi.core.lesson_mode'],
      ['GetValue', 'cmi.core.entry'],
      ['GetValue', 'cmi.core.lesson_status'],
      ['GetValue', 'cmi.core.score.raw'],
      ['GetValue', 'cmi.core.student_name'],
      ['GetValue', 'cmi.core.student_id'],
      ['SetValue', 'cmi.core.lesson_status', 'incomplete'],
      ['SetValue', 'cmi.core.exit', 'suspend'],
    ]);
    lms.calls.length = 0;
    adapter.update(snapshot());
    expect(lms.sets()).toEqual([`cmi.core.lesson_location=${snapshot().location}`, 'cmi.suspend_data=1~abc~0~B~']);
    expect(lms.callsOf('Commit')).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(lms.callsOf('Commit')).toHaveLength(1);
    expect(lms.committed.get('cmi.suspend_data')).toBe('1~abc~0~B~');
    // Unchanged values are not re-sent and do not trigger a commit.
    adapter.update(snapshot());
    vi.advanceTimersByTime(5000);
    expect(lms.callsOf('SetValue')).toHaveLength(2);
    expect(lms.callsOf('Commit')).toHaveLength(1);
    expect(lms.violations).toEqual([]);
  });

  it('completing and passing: score, interactions in the standard format, status, exit "" and a single LMSFinish', () => {
    const { lms, adapter } = setup();
    adapter.start();
    lms.calls.length = 0;
    adapter.update(
      snapshot({
        completion: 'completed',
        success: 'passed',
        finished: true,
        score: { raw: 87.5, min: 0, max: 100 },
        interactions: [
          choiceInteraction(),
          choiceInteraction({
            id: 'q-aa',
            type: 'matching',
            response: {
              type: 'matching',
              pairs: [
                [0, 1],
                [1, 0],
              ],
            },
            correctResponse: {
              type: 'matching',
              pairs: [
                [0, 0],
                [1, 1],
              ],
            },
            correct: false,
          }),
          choiceInteraction({
            id: 'q-bb',
            type: 'true-false',
            response: { type: 'true-false', value: false },
            correctResponse: { type: 'true-false', value: true },
            correct: false,
          }),
          choiceInteraction({
            id: 'q-cc',
            type: 'fill-in',
            response: { type: 'fill-in', text: 'async, mostly' },
            correctResponse: { type: 'fill-in', text: 'async' },
          }),
          choiceInteraction({
            id: 'q-dd',
            type: 'sequencing',
            response: { type: 'sequencing', order: [2, 0, 1] },
            correctResponse: { type: 'sequencing', order: [0, 1, 2] },
          }),
        ],
      }),
    );
    const sets = lms.sets();
    expect(sets).toContain('cmi.core.score.raw=87.5');
    expect(sets).toContain('cmi.core.score.min=0');
    expect(sets).toContain('cmi.core.score.max=100');
    expect(sets.slice(5, 13)).toEqual([
      'cmi.interactions.0.id=q-3f2a9c1b',
      'cmi.interactions.0.type=choice',
      `cmi.interactions.0.time=${new Date(T0 + 65_000).toTimeString().slice(0, 8)}`,
      'cmi.interactions.0.weighting=1',
      'cmi.interactions.0.student_response=b',
      'cmi.interactions.0.result=correct',
      'cmi.interactions.0.latency=00:00:12.34',
      'cmi.interactions.0.correct_responses.0.pattern=b',
    ]);
    expect(sets).toContain('cmi.interactions.1.student_response=0.b,1.a');
    expect(sets).toContain('cmi.interactions.1.result=wrong');
    expect(sets).toContain('cmi.interactions.2.student_response=f');
    expect(sets).toContain('cmi.interactions.3.student_response=async, mostly');
    expect(sets).toContain('cmi.interactions.4.student_response=c,a,b');
    expect(sets.at(-2)).toBe('cmi.core.lesson_status=passed');
    expect(sets.at(-1)).toBe('cmi.core.exit=');
    vi.advanceTimersByTime(60_000);
    adapter.finish();
    adapter.finish();
    adapter.update(snapshot({ location: 'later' }));
    adapter.flush();
    expect(lms.callsOf('Terminate')).toHaveLength(1);
    expect(lms.calls.at(-1)).toEqual(['Terminate', '']);
    expect(lms.calls.at(-2)).toEqual(['Commit', '']);
    expect(lms.sets()).toContain('cmi.core.session_time=00:01:00.00');
    expect(lms.violations).toEqual([]);
  });

  it('failing: status failed, no placeholder score before the quiz, "not attempted" never sent', () => {
    const { lms, adapter } = setup();
    adapter.start();
    adapter.update(snapshot());
    expect(lms.sets().some((s) => s.startsWith('cmi.core.score'))).toBe(false);
    adapter.update(snapshot({ success: 'failed', score: { raw: 40, min: 0, max: 100 } }));
    expect(lms.data.get('cmi.core.lesson_status')).toBe('failed');
    expect(lms.data.get('cmi.core.score.raw')).toBe('40');
    expect(lms.sets().filter((s) => s.includes('not attempted'))).toEqual([]);
    // Retake passes: failed → passed is an upgrade.
    adapter.update(
      snapshot({ success: 'passed', completion: 'completed', finished: true, score: { raw: 90, min: 0, max: 100 } }),
    );
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.violations).toEqual([]);
  });

  it('resume: restores suspend data and bookmark and never downgrades a passed status', () => {
    const first = setup();
    first.adapter.start();
    first.adapter.update(
      snapshot({
        completion: 'completed',
        success: 'passed',
        score: { raw: 90, min: 0, max: 100 },
        suspendData: 'STATE-1',
      }),
    );
    first.adapter.finish();
    const data = relaunchData(first.lms, '1.2');
    expect(data['cmi.core.entry']).toBe('resume');

    const { lms, adapter } = setup(data);
    const start = adapter.start();
    expect(start).toMatchObject({
      resumed: true,
      suspendData: 'STATE-1',
      location: snapshot().location,
      completion: 'completed',
      success: 'passed',
    });
    expect(lms.calls.slice(0, 5)).toEqual([
      ['Initialize', ''],
      ['GetValue', 'cmi.core.lesson_mode'],
      ['GetValue', 'cmi.core.entry'],
      ['GetValue', 'cmi.suspend_data'],
      ['GetValue', 'cmi.core.lesson_location'],
    ]);
    adapter.update(snapshot({ completion: 'incomplete', success: 'failed', score: { raw: 10, min: 0, max: 100 } }));
    expect(lms.sets().some((s) => s.startsWith('cmi.core.lesson_status'))).toBe(false);
    expect(lms.sets().some((s) => s.startsWith('cmi.core.score.raw'))).toBe(false);
    expect(lms.violations).toEqual([]);
  });

  it('new interactions in a resumed session append after the LMS _count', () => {
    const { lms, adapter } = setup({
      'cmi.core.entry': 'resume',
      'cmi.interactions.0.id': 'q-old',
      'cmi.interactions.1.id': 'q-old2',
    });
    adapter.start();
    adapter.update(
      snapshot({ score: { raw: 50, min: 0, max: 100 }, success: 'failed', interactions: [choiceInteraction()] }),
    );
    expect(lms.sets()).toContain('cmi.interactions.2.id=q-3f2a9c1b');
    expect(lms.violations).toEqual([]);
  });

  it('a failed commit is retried with exponential backoff and the state is mirrored to localStorage until it succeeds', () => {
    const { lms, storage, adapter, logger } = setup();
    adapter.start();
    lms.failCommits(3, 'throw');
    adapter.update(snapshot({ suspendData: 'PENDING' }));
    const key = `coursewright:pending:${PKG}:learner-1`;
    expect(JSON.parse(storage.map.get(key) ?? '{}')).toMatchObject({ suspendData: 'PENDING' });
    vi.advanceTimersByTime(500); // debounced commit: fails
    expect(lms.callsOf('Commit')).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(lms.callsOf('Commit')).toHaveLength(1);
    vi.advanceTimersByTime(1); // +1 s: fails
    expect(lms.callsOf('Commit')).toHaveLength(2);
    vi.advanceTimersByTime(2000); // +2 s: fails
    expect(lms.callsOf('Commit')).toHaveLength(3);
    expect(storage.map.has(key)).toBe(true);
    vi.advanceTimersByTime(4000); // +4 s: succeeds
    expect(lms.callsOf('Commit')).toHaveLength(4);
    expect(lms.committed.get('cmi.suspend_data')).toBe('PENDING');
    expect(storage.map.has(key)).toBe(false);
    expect(logger.warnings.filter((w) => w.includes('commit failed'))).toHaveLength(3);
    vi.advanceTimersByTime(60_000);
    expect(lms.callsOf('Commit')).toHaveLength(4);
    expect(lms.violations).toEqual([]);
  });

  it('a commit that never succeeds leaves the mirror, which the next launch restores', () => {
    const first = setup();
    first.adapter.start();
    first.lms.failCommits(100);
    // Save counts (last field): the local copy is save 12, the LMS holds save 5.
    first.adapter.update(snapshot({ suspendData: '2~x~~A~~~c', location: 'lesson-9' }));
    first.adapter.finish();
    expect(first.lms.committed.get('cmi.suspend_data')).toBeUndefined();
    const lms = createStrictScorm12Lms({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': '2~x~~A~~~5' });
    const adapter = createScorm12Adapter(lms.api, { packageId: PKG, storage: first.storage, logger: silentLogger() });
    expect(adapter.start()).toMatchObject({ suspendData: '2~x~~A~~~c', location: 'lesson-9', resumed: true });
    // Dropped once the LMS has stored it.
    adapter.update(snapshot({ suspendData: '2~x~~A~~~d', location: 'lesson-9' }));
    adapter.flush();
    expect(first.storage.map.size).toBe(0);
  });

  it('a stale local copy never overwrites newer state the LMS holds (saved meanwhile elsewhere); the copy is dropped', () => {
    const first = setup();
    first.adapter.start();
    first.lms.failCommits(100);
    first.adapter.update(snapshot({ suspendData: '2~x~~A~~~c', location: 'lesson-9' }));
    first.adapter.finish();
    expect(first.storage.map.size).toBe(1);
    // Another device went on to save 20 (0x14 = "k" in base 36).
    const lms = createStrictScorm12Lms({
      'cmi.core.entry': 'resume',
      'cmi.suspend_data': '2~x~~A~~~k',
      'cmi.core.lesson_location': 'lesson-12',
    });
    const logger = silentLogger();
    const adapter = createScorm12Adapter(lms.api, { packageId: PKG, storage: first.storage, logger });
    expect(adapter.start()).toMatchObject({ suspendData: '2~x~~A~~~k', location: 'lesson-12' });
    expect(first.storage.map.size).toBe(0);
    expect(logger.warnings.some((w) => w.includes('newer progress'))).toBe(true);
  });

  it('flush commits immediately (page hidden); finish sets session time and exit before LMSFinish', () => {
    const { lms, adapter } = setup();
    adapter.start();
    adapter.update(snapshot());
    adapter.flush();
    expect(lms.callsOf('Commit')).toHaveLength(1);
    lms.calls.length = 0;
    vi.advanceTimersByTime(3_723_450);
    adapter.finish();
    expect(lms.calls).toEqual([
      ['SetValue', 'cmi.core.session_time', '01:02:03.45'],
      ['Commit', ''],
      ['Terminate', ''],
    ]);
    expect(lms.violations).toEqual([]);
  });

  it('oversized suspend data is refused by the adapter, not sent to the LMS', () => {
    const { lms, adapter, logger } = setup();
    adapter.start();
    adapter.update(snapshot({ suspendData: 'x'.repeat(4097) }));
    expect(lms.sets().some((s) => s.startsWith('cmi.suspend_data'))).toBe(false);
    expect(logger.warnings.some((w) => w.includes('exceeds 4096'))).toBe(true);
    expect(lms.violations).toEqual([]);
  });

  it('the strict fake catches a misbehaving caller (the fake itself is strict)', () => {
    const lms = createStrictScorm12Lms();
    lms.api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    lms.api.LMSInitialize('');
    lms.api.LMSInitialize('');
    lms.api.LMSSetValue('cmi.core.lesson_status', 'not attempted');
    lms.api.LMSSetValue('cmi.core.session_time', 'PT1S');
    lms.api.LMSSetValue('cmi.interactions.1.id', 'q-1');
    lms.api.LMSSetValue('cmi.core.student_name', 'x');
    lms.api.LMSGetValue('cmi.core.exit');
    lms.api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097));
    lms.api.LMSFinish('');
    lms.api.LMSCommit('');
    expect(lms.violations).toHaveLength(9);
  });
});
