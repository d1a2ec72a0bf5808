import { describe, expect, it } from 'vitest';
import type { FrameLike } from '../../../../renderer/player/lms/api-discovery';
import {
  bindPageLifecycle,
  createLmsAdapter,
  LMS_REFUSED_NOTICE,
} from '../../../../renderer/player/lms/create-adapter';
import { createStandaloneAdapter, standaloneStorageKey } from '../../../../renderer/player/lms/standalone-adapter';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createStrictScorm12Lms } from '../../../support/strict-fake-lms';
import { memoryStorage, silentLogger, snapshot } from '../../../support/lms-snapshots';

const PKG = '7b0c8f9e-3a1d-4c2b-9e8f-1a2b3c4d5e6f';

describe('standalone adapter (localStorage)', () => {
  it('starts empty, saves on every update keyed by package id, and resumes', () => {
    const storage = memoryStorage();
    const a = createStandaloneAdapter({ packageId: PKG, storage });
    expect(a.start()).toMatchObject({ resumed: false, suspendData: null });
    a.update(snapshot({ suspendData: 'S1', location: 'L1' }));
    expect(JSON.parse(storage.map.get(standaloneStorageKey(PKG)) ?? '{}')).toMatchObject({
      v: 1,
      suspendData: 'S1',
      location: 'L1',
    });
    a.finish();
    // A page restored from the back/forward cache after pagehide keeps saving.
    a.update(snapshot({ suspendData: 'AFTER', location: 'L2' }));
    expect(JSON.parse(storage.map.get(standaloneStorageKey(PKG)) ?? '{}').suspendData).toBe('AFTER');
    const b = createStandaloneAdapter({ packageId: PKG, storage });
    expect(b.start()).toMatchObject({ resumed: true, suspendData: 'AFTER', location: 'L2' });
    expect(createStandaloneAdapter({ packageId: 'other', storage }).start().resumed).toBe(false);
  });

  it('never downgrades completion or success', () => {
    const storage = memoryStorage();
    const a = createStandaloneAdapter({ packageId: PKG, storage });
    a.start();
    a.update(snapshot({ completion: 'completed', success: 'passed', score: { raw: 90, min: 0, max: 100 } }));
    a.update(snapshot({ completion: 'incomplete', success: 'failed', score: { raw: 10, min: 0, max: 100 } }));
    expect(JSON.parse(storage.map.get(standaloneStorageKey(PKG)) ?? '{}')).toMatchObject({
      completion: 'completed',
      success: 'passed',
      score: { raw: 90 },
    });
  });

  it('survives broken storage (private mode, corrupt JSON)', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    };
    const logger = silentLogger();
    const a = createStandaloneAdapter({ packageId: PKG, storage: broken, logger });
    expect(a.start().resumed).toBe(false);
    expect(() => a.update(snapshot())).not.toThrow();
    expect(logger.warnings).toHaveLength(1);
  });
});

describe('page lifecycle', () => {
  function fakeTargets() {
    const listeners = new Map<string, (e?: unknown) => void>();
    const target = { addEventListener: (type: string, fn: (e?: unknown) => void) => void listeners.set(type, fn) };
    const doc = { ...target, visibilityState: 'visible' as DocumentVisibilityState };
    return { listeners, win: target, doc };
  }

  it('commits when hidden, finishes exactly once on pagehide, and never uses unload', () => {
    const lms = createStrictScorm12Lms();
    const adapter = createScorm12Adapter(lms.api, {
      packageId: PKG,
      storage: memoryStorage(),
      logger: silentLogger(),
      debounceMs: 60_000,
    });
    const { listeners, win, doc } = fakeTargets();
    bindPageLifecycle(adapter, win as never, doc as never);
    expect([...listeners.keys()].sort()).toEqual(['pagehide', 'pageshow', 'visibilitychange']);
    adapter.start();
    adapter.update(snapshot());
    listeners.get('visibilitychange')?.();
    expect(lms.callsOf('Commit')).toHaveLength(0); // still visible
    doc.visibilityState = 'hidden';
    listeners.get('visibilitychange')?.();
    expect(lms.callsOf('Commit')).toHaveLength(1);
    expect(lms.committed.get('cmi.suspend_data')).toBe(snapshot().suspendData);
    listeners.get('pagehide')?.();
    listeners.get('pagehide')?.();
    expect(lms.callsOf('Terminate')).toHaveLength(1);
    listeners.get('visibilitychange')?.();
    expect(lms.calls.at(-1)?.[0]).toBe('Terminate');
    expect(lms.violations).toEqual([]);
  });
});

describe('back/forward cache restore (pageshow with persisted)', () => {
  function fakeTargets() {
    const listeners = new Map<string, (e?: unknown) => void>();
    const target = { addEventListener: (type: string, fn: (e?: unknown) => void) => void listeners.set(type, fn) };
    return { listeners, win: target, doc: { ...target, visibilityState: 'visible' as DocumentVisibilityState } };
  }

  it('tries a new session; when the LMS refuses, the learner is told instead of silently recording nothing', () => {
    const lms = createStrictScorm12Lms();
    const adapter = createScorm12Adapter(lms.api, { packageId: PKG, storage: memoryStorage(), logger: silentLogger() });
    const problems: unknown[] = [];
    adapter.watch((p) => problems.push(p));
    const { listeners, win, doc } = fakeTargets();
    bindPageLifecycle(adapter, win as never, doc as never);
    adapter.start();
    adapter.update(snapshot());
    listeners.get('pagehide')?.();
    listeners.get('pageshow')?.({ persisted: false }); // an ordinary load: nothing to do
    expect(lms.callsOf('Initialize')).toHaveLength(1);
    listeners.get('pageshow')?.({ persisted: true });
    expect(lms.callsOf('Initialize')).toHaveLength(2);
    expect(problems).toEqual(['disconnected']);
    // Nothing else is sent to a terminated session.
    adapter.update(snapshot({ suspendData: 'LATER' }));
    expect(lms.calls.at(-1)).toEqual(['Initialize', '']);
    expect(lms.violations).toEqual(['Initialize called after Terminate']);
  });

  it('an LMS that accepts the new session gets the whole state again', () => {
    const lms = createStrictScorm12Lms();
    let initialized = 0;
    const api = { ...lms.api, LMSInitialize: () => (++initialized === 1 ? lms.api.LMSInitialize('') : 'true') };
    // The restored page's LMS keeps accepting values after the re-Initialize (a forgiving LMS).
    const seen: string[] = [];
    api.LMSSetValue = (el: string, v: string) => (seen.push(`${el}=${v}`), 'true');
    api.LMSCommit = () => 'true';
    const adapter = createScorm12Adapter(api, { packageId: PKG, storage: memoryStorage(), logger: silentLogger() });
    adapter.start();
    adapter.update(snapshot());
    adapter.finish();
    seen.length = 0;
    expect(adapter.reconnect()).toBe(true);
    expect(seen).toContain(`cmi.suspend_data=${snapshot().suspendData}`);
    expect(seen).toContain('cmi.core.exit=suspend');
  });
});

describe('fallback when the LMS refuses Initialize', () => {
  it('switches to browser storage with a notice instead of silently recording nothing', () => {
    const lms = createStrictScorm12Lms();
    lms.api.LMSInitialize = () => 'false';
    const storage = memoryStorage();
    const win = { API: lms.api } as FrameLike;
    win.parent = win;
    const adapter = createLmsAdapter({ target: 'scorm12', packageId: PKG, win, storage, logger: silentLogger() });
    expect(adapter.kind).toBe('scorm12');
    expect(adapter.start()).toMatchObject({ connected: true, resumed: false });
    expect(adapter.kind).toBe('standalone');
    expect(adapter.notice).toBe(LMS_REFUSED_NOTICE);
    adapter.update(snapshot({ suspendData: 'KEPT' }));
    expect(JSON.parse(storage.map.get(standaloneStorageKey(PKG)) ?? '{}').suspendData).toBe('KEPT');
    expect(lms.calls.filter((c) => c[0] !== 'Initialize')).toEqual([]);
  });
});
