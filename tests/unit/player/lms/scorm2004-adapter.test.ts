import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScorm2004Adapter } from '../../../../renderer/player/lms/scorm2004-adapter';
import { createStrictScorm2004Lms, relaunchData } from '../../../support/strict-fake-lms';
import { choiceInteraction, memoryStorage, silentLogger, snapshot, T0 } from '../../../support/lms-snapshots';

const PKG = '7b0c8f9e-3a1d-4c2b-9e8f-1a2b3c4d5e6f';

function setup(initial: Record<string, string> = {}) {
  const lms = createStrictScorm2004Lms(initial);
  const storage = memoryStorage();
  const logger = silentLogger();
  const adapter = createScorm2004Adapter(lms.api, {
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

describe('SCORM 2004 adapter', () => {
  it('fresh start: the exact call sequence', () => {
    const { lms, adapter } = setup();
    expect(adapter.start()).toMatchObject({
      resumed: false,
      suspendData: null,
      completion: 'unknown',
      success: 'unknown',
    });
    expect(lms.calls).toEqual([
      ['Initialize', ''],
      ['GetValue', 'cmi.mode'],
      ['GetValue', 'cmi.entry'],
      ['GetValue', 'cmi.completion_status'],
      ['GetValue', 'cmi.success_status'],
      ['GetValue', 'cmi.score.raw'],
      ['GetValue', 'cmi.learner_name'],
      ['GetValue', 'cmi.interactions._count'],
      ['GetValue', 'cmi.objectives._count'],
      ['GetValue', 'cmi.learner_id'],
      ['SetValue', 'cmi.completion_status', 'incomplete'],
      ['SetValue', 'cmi.exit', 'suspend'],
    ]);
    lms.calls.length = 0;
    adapter.update(snapshot());
    vi.advanceTimersByTime(500);
    expect(lms.calls).toEqual([
      ['SetValue', 'cmi.location', snapshot().location],
      ['SetValue', 'cmi.suspend_data', '1~abc~0~B~'],
      ['SetValue', 'cmi.progress_measure', '0'],
      ['Commit', ''],
    ]);
    expect(lms.violations).toEqual([]);
  });

  it('passing: scaled score, interactions with 2004 delimiters, success + completion, exit normal, Terminate once', () => {
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
          choiceInteraction({
            response: { type: 'choice', choices: [0, 2] },
            correctResponse: { type: 'choice', choices: [0, 2] },
          }),
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
            response: { type: 'true-false', value: true },
            correctResponse: { type: 'true-false', value: true },
          }),
          choiceInteraction({
            id: 'q-cc',
            type: 'fill-in',
            response: { type: 'fill-in', text: '{weird} [,] input' },
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
    expect(sets.slice(2, 6)).toEqual([
      'cmi.score.scaled=0.875',
      'cmi.score.raw=87.5',
      'cmi.score.min=0',
      'cmi.score.max=100',
    ]);
    expect(sets.slice(6, 15)).toEqual([
      'cmi.interactions.0.id=q-3f2a9c1b',
      'cmi.interactions.0.type=choice',
      'cmi.interactions.0.description=Which of these is asynchronous?',
      'cmi.interactions.0.weighting=1',
      'cmi.interactions.0.correct_responses.0.pattern=a[,]c',
      'cmi.interactions.0.learner_response=a[,]c',
      'cmi.interactions.0.result=correct',
      'cmi.interactions.0.timestamp=2026-01-31T09:01:05.00Z',
      'cmi.interactions.0.latency=PT12.34S',
    ]);
    expect(sets).toContain('cmi.interactions.1.learner_response=0[.]b[,]1[.]a');
    expect(sets).toContain('cmi.interactions.1.result=incorrect');
    expect(sets).toContain('cmi.interactions.2.learner_response=true');
    expect(sets).toContain('cmi.interactions.3.learner_response=(weird}   input');
    expect(sets).toContain('cmi.interactions.4.learner_response=c[,]a[,]b');
    expect(sets.slice(-4)).toEqual([
      'cmi.completion_status=completed',
      'cmi.success_status=passed',
      'cmi.progress_measure=0',
      'cmi.exit=normal',
    ]);
    vi.advanceTimersByTime(1_500);
    adapter.finish();
    adapter.finish();
    expect(lms.callsOf('Terminate')).toHaveLength(1);
    expect(lms.sets()).toContain('cmi.session_time=PT1.5S');
    expect(lms.violations).toEqual([]);
  });

  it('answering again updates the same interaction index (one interaction per question)', () => {
    const { lms, adapter } = setup();
    adapter.start();
    adapter.update(
      snapshot({ interactions: [choiceInteraction({ correct: false, response: { type: 'choice', choices: [0] } })] }),
    );
    adapter.update(snapshot({ interactions: [choiceInteraction()] }));
    expect(lms.data.get('cmi.interactions.0.result')).toBe('correct');
    expect(lms.data.get('cmi.interactions.0.learner_response')).toBe('b');
    expect(lms.data.has('cmi.interactions.1.id')).toBe(false);
    expect(lms.violations).toEqual([]);
  });

  it('failing then resuming: never downgrades completion or success, reuses interaction indices by id', () => {
    const first = setup();
    first.adapter.start();
    first.adapter.update(
      snapshot({
        completion: 'completed',
        success: 'passed',
        score: { raw: 90, min: 0, max: 100 },
        interactions: [choiceInteraction()],
      }),
    );
    first.adapter.finish();
    const data = relaunchData(first.lms, '2004');
    const { lms, adapter } = setup(data);
    expect(adapter.start()).toMatchObject({
      resumed: true,
      completion: 'completed',
      success: 'passed',
      location: snapshot().location,
    });
    expect(lms.callsOf('GetValue')).toContainEqual(['GetValue', 'cmi.interactions.0.id']);
    expect(lms.sets()).toEqual(['cmi.exit=suspend']);
    adapter.update(
      snapshot({
        completion: 'incomplete',
        success: 'failed',
        score: { raw: 20, min: 0, max: 100 },
        interactions: [choiceInteraction({ correct: false })],
      }),
    );
    expect(lms.sets().some((s) => /completion_status|success_status|score/.test(s))).toBe(false);
    expect(lms.data.get('cmi.interactions.0.result')).toBe('incorrect');
    expect(lms.data.has('cmi.interactions.1.id')).toBe(false);
    expect(lms.violations).toEqual([]);
  });

  it('failed → passed is an upgrade and is sent', () => {
    const { lms, adapter } = setup({
      'cmi.entry': 'resume',
      'cmi.success_status': 'failed',
      'cmi.completion_status': 'incomplete',
    });
    adapter.start();
    adapter.update(snapshot({ success: 'passed', completion: 'completed', score: { raw: 100, min: 0, max: 100 } }));
    expect(lms.data.get('cmi.success_status')).toBe('passed');
    expect(lms.data.get('cmi.completion_status')).toBe('completed');
    expect(lms.violations).toEqual([]);
  });

  it('commit retry with backoff when Commit returns "false"', () => {
    const { lms, adapter, storage } = setup();
    adapter.start();
    lms.failCommits(2);
    adapter.update(snapshot());
    vi.advanceTimersByTime(500 + 1000 + 2000);
    expect(lms.callsOf('Commit')).toHaveLength(3);
    expect(lms.committed.get('cmi.location')).toBe(snapshot().location);
    expect([...storage.map.keys()]).toEqual([]);
    expect(lms.violations).toEqual([]);
  });

  it('pagehide after a hidden flush: session time, exit, final commit, Terminate, and nothing after', () => {
    const { lms, adapter } = setup();
    adapter.start();
    adapter.update(snapshot());
    adapter.flush();
    lms.calls.length = 0;
    adapter.finish();
    expect(lms.calls).toEqual([
      ['SetValue', 'cmi.session_time', 'PT0S'],
      ['Commit', ''],
      ['Terminate', ''],
    ]);
    adapter.update(snapshot({ location: 'x' }));
    adapter.flush();
    vi.advanceTimersByTime(10_000);
    expect(lms.calls).toHaveLength(3);
    expect(lms.violations).toEqual([]);
  });
});
