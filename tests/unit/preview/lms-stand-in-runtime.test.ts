import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { createRuntime, type ScormAgainLike, type ScormFormat } from '../../../renderer/lms-stand-in/runtime';
import { launchData, loadAttempt, type StorageLike } from '../../../renderer/lms-stand-in/persistence';
import { STAND_IN_SETTINGS } from '../../../renderer/lms-stand-in/scorm-again-loader';

// The subpath bundles export the classes by name (their typings claim a default export).
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (s: object) => ScormAgainLike };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: new (s: object) => ScormAgainLike };

// Real scorm-again (it runs in Node) behind the stand-in's recording/persistence layer.
class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

type Fn = (...a: string[]) => string;
const KEY = 'k';

function launch(format: ScormFormat, storage: MemoryStorage) {
  const Ctor = format === 'scorm12' ? Scorm12API : Scorm2004API;
  const runtime = createRuntime({
    format,
    api: new Ctor({ ...STAND_IN_SETTINGS }),
    storage,
    storageKey: KEY,
    restored: loadAttempt(storage, KEY, format),
  });
  const api = runtime.api as unknown as Record<string, Fn>;
  const m = (name12: string, name2004: string) => api[format === 'scorm12' ? name12 : name2004] as Fn;
  return {
    runtime,
    init: () => m('LMSInitialize', 'Initialize')(''),
    get: (el: string) => m('LMSGetValue', 'GetValue')(el),
    set: (el: string, v: string) => m('LMSSetValue', 'SetValue')(el, v),
    commit: () => m('LMSCommit', 'Commit')(''),
    finish: () => m('LMSFinish', 'Terminate')(''),
  };
}

describe('stand-in runtime, SCORM 1.2', () => {
  it('starts ab-initio with a learner, then resumes with bookmark, suspend data, status and total time', () => {
    const storage = new MemoryStorage();
    const s1 = launch('scorm12', storage);
    expect(s1.init()).toBe('true');
    expect(s1.get('cmi.core.entry')).toBe('ab-initio');
    expect(s1.get('cmi.core.student_id')).toBe('learner-1');
    expect(s1.get('cmi.core.credit')).toBe('credit');
    s1.set('cmi.core.lesson_location', 'lesson-2');
    s1.set('cmi.suspend_data', 'v1|a=1');
    s1.set('cmi.core.lesson_status', 'incomplete');
    s1.set('cmi.core.score.raw', '50');
    s1.set('cmi.interactions.0.id', 'q1');
    s1.set('cmi.interactions.0.type', 'choice');
    s1.set('cmi.core.session_time', '0000:01:30.00');
    s1.set('cmi.core.exit', 'suspend');
    expect(s1.commit()).toBe('true');
    expect(loadAttempt(storage, KEY, 'scorm12')?.session.commit).toBe(1);
    expect(s1.finish()).toBe('true');
    expect(s1.runtime.values['cmi.core.lesson_location']).toBe('lesson-2');

    const stored = loadAttempt(storage, KEY, 'scorm12');
    expect(stored?.terminated).toBe(true);
    expect(stored?.session).toEqual({ initialize: 1, commit: 1, terminate: 1, errors: 0, afterTerminate: 0 });

    const s2 = launch('scorm12', storage);
    expect(s2.runtime.restored?.launches).toBe(1);
    s2.init();
    expect(s2.get('cmi.core.entry')).toBe('resume');
    expect(s2.get('cmi.core.lesson_location')).toBe('lesson-2');
    expect(s2.get('cmi.suspend_data')).toBe('v1|a=1');
    expect(s2.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(s2.get('cmi.core.score.raw')).toBe('50');
    expect(s2.get('cmi.core.total_time')).toMatch(/^0+:01:30/);
    expect(s2.get('cmi.interactions._count')).toBe('1');
    // This session sent nothing yet: the live values start empty.
    expect(s2.runtime.values).toEqual({});
  });

  it('records failed calls and a second LMSFinish', () => {
    const s = launch('scorm12', new MemoryStorage());
    s.init();
    expect(s.set('cmi.core.lesson_status', 'not-a-status')).toBe('false');
    s.finish();
    s.finish();
    const errors = s.runtime.calls.filter((c) => c.errorCode !== '0').map((c) => c.method);
    expect(errors).toEqual(['LMSSetValue', 'LMSFinish']);
    expect(s.runtime.counts.terminate).toBe(2);
    expect(s.runtime.counts.afterTerminate).toBe(1);
    expect(s.runtime.values['cmi.core.lesson_status']).toBeUndefined();
  });
});

describe('stand-in runtime, SCORM 2004', () => {
  it('resumes only after exit=suspend, keeping status, score and interactions', () => {
    const storage = new MemoryStorage();
    const s1 = launch('scorm2004-4th', storage);
    s1.init();
    expect(s1.get('cmi.entry')).toBe('ab-initio');
    s1.set('cmi.location', 'p3');
    s1.set('cmi.completion_status', 'incomplete');
    s1.set('cmi.score.scaled', '0.5');
    s1.set('cmi.interactions.0.id', 'q-1');
    s1.set('cmi.interactions.0.type', 'true-false');
    s1.set('cmi.interactions.0.learner_response', 'true');
    s1.set('cmi.session_time', 'PT12.5S');
    s1.set('cmi.exit', 'suspend');
    s1.finish();

    const s2 = launch('scorm2004-4th', storage);
    s2.init();
    expect(s2.get('cmi.entry')).toBe('resume');
    expect(s2.get('cmi.location')).toBe('p3');
    expect(s2.get('cmi.completion_status')).toBe('incomplete');
    expect(s2.get('cmi.score.scaled')).toBe('0.5');
    expect(s2.get('cmi.interactions.0.learner_response')).toBe('true');
    expect(s2.get('cmi.total_time')).toBe('PT12.5S');
    s2.set('cmi.exit', 'normal');
    s2.finish();

    const s3 = launch('scorm2004-4th', storage);
    s3.init();
    expect(s3.get('cmi.entry')).toBe('');
  });

  it('ignores data stored for another SCORM version', () => {
    const storage = new MemoryStorage();
    const s1 = launch('scorm12', storage);
    s1.init();
    s1.finish();
    expect(loadAttempt(storage, KEY, 'scorm2004-3rd')).toBeNull();
    expect(launchData('scorm2004-3rd', null)).toMatchObject({ entry: 'ab-initio', learner_id: 'learner-1' });
  });
});

describe('stand-in runtime, calls after Terminate', () => {
  it('stores the count of calls made after Terminate', () => {
    const storage = new MemoryStorage();
    const s = launch('scorm2004-4th', storage);
    s.init();
    s.finish();
    s.set('cmi.location', 'late');
    const stored = loadAttempt(storage, KEY, 'scorm2004-4th');
    expect(stored?.session.afterTerminate).toBe(1);
    expect(stored?.session.errors).toBe(1);
  });
});
