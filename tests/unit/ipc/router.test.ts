import { describe, expect, it, vi } from 'vitest';
import { AppError, CHANNEL_NAMES, defaultCourseSettings, ERROR_CODES, type Course } from '../../../shared';
import { createHandlers } from '../../../main/ipc/handlers';
import { createRouter, MAX_ISSUES, type Handlers } from '../../../main/ipc/router';
import type { CourseLibrary } from '../../../main/library/course-library';
import type { ExportService } from '../../../main/export/export-service';
import type { PreviewService } from '../../../main/preview/preview-service';
import type { LearnModule } from '../../../main/learner/learn-module';
import type { MediaService } from '../../../main/media/media-service';
import type { RecordsDeps } from '../../../main/ipc/records-handlers';

/** Services the tests here never reach (every handler that uses one is overridden or not called). */
const services = {
  exports: {} as ExportService,
  previews: {} as PreviewService,
  media: {} as MediaService,
  learn: {} as LearnModule,
  records: {} as RecordsDeps,
};

/** A library whose every method throws: router tests override only the handlers they exercise. */
const unusedLibrary = new Proxy({} as CourseLibrary, {
  get: (_t, prop) => () => {
    throw new Error(`library.${String(prop)} not expected in this test`);
  },
});

const baseHandlers = (): Handlers =>
  createHandlers({ ...services, library: unusedLibrary, appVersion: '9.9.9', notifyChanged: () => {} });

const ID = '0a4c8a36-6e0f-4a47-9d1c-6a4c3f2b1e00';
const course = (title: string): Course => ({
  id: ID,
  title,
  description: '',
  language: 'en',
  settings: defaultCourseSettings(),

  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const ctx = { host: 'browser' } as const;

describe('router', () => {
  it.each([['nope.nothing'], ['__proto__'], ['toString'], ['constructor'], [42], [null], [undefined], [{}]])(
    'refuses unknown channel %j with UNKNOWN_CHANNEL',
    async (channel) => {
      const result = await createRouter(baseHandlers()).dispatch(channel, {}, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    },
  );

  it('answers VALIDATION with zod issues for invalid input and never calls the handler', async () => {
    const handler = vi.fn();
    const router = createRouter({ ...baseHandlers(), 'courses.get': handler });
    const result = await router.dispatch('courses.get', { courseId: 'not-a-uuid' }, ctx);
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('courses.get');
    expect(result.error.message).toContain('courseId');
    const issues = result.error.details as Array<{ path: unknown[] }>;
    expect(Array.isArray(issues)).toBe(true);
    expect(issues[0]?.path).toEqual(['courseId']);
  });

  it.each([[undefined], [null], ['string'], [[]], [{ extra: 1 }]])(
    'rejects %j for a strict empty input',
    async (input) => {
      const result = await createRouter(baseHandlers()).dispatch('courses.list', input, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    },
  );

  it('caps the number of validation issues returned', async () => {
    const router = createRouter(baseHandlers());
    const moduleIds = Array.from({ length: 500 }, (_, i) => `bad-${i}`);
    const result = await router.dispatch('modules.reorder', { courseId: ID, moduleIds }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect((result.error.details as unknown[]).length).toBe(MAX_ISSUES);
  });

  it('passes the parsed input (trimmed, defaults applied) to the handler and returns ok', async () => {
    const handler = vi.fn((input: { title: string }) => course(input.title));
    const router = createRouter({ ...baseHandlers(), 'courses.create': handler });
    const result = await router.dispatch('courses.create', { title: '  Hello  ' }, ctx);
    expect(handler).toHaveBeenCalledWith({ title: 'Hello' }, ctx);
    expect(result).toEqual({ ok: true, value: course('Hello') });
  });

  it.each(ERROR_CODES.filter((c) => c !== 'INTERNAL'))('preserves AppError code %s and its details', async (code) => {
    const router = createRouter({
      ...baseHandlers(),
      'courses.get': () => {
        throw new AppError(code, `boom ${code}`, { where: 'here' });
      },
    });
    const result = await router.dispatch('courses.get', { courseId: ID }, ctx);
    expect(result).toEqual({ ok: false, error: { code, message: `boom ${code}`, details: { where: 'here' } } });
  });

  it('maps a plain Error (sync or async) to INTERNAL and reports it', async () => {
    const onInternalError = vi.fn();
    const failure = new Error('disk on fire');
    const router = createRouter(
      {
        ...baseHandlers(),
        'courses.get': () => {
          throw failure;
        },
        'courses.list': async () => Promise.reject(new TypeError('async bug')),
      },
      { onInternalError },
    );
    const sync = await router.dispatch('courses.get', { courseId: ID }, ctx);
    expect(sync).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!sync.ok) expect(sync.error.message).toContain('disk on fire');
    expect(onInternalError).toHaveBeenCalledWith('courses.get', failure);
    const async = await router.dispatch('courses.list', {}, ctx);
    expect(async).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(onInternalError).toHaveBeenCalledTimes(2);
  });

  it('maps a thrown non-Error value to INTERNAL', async () => {
    const router = createRouter({
      ...baseHandlers(),
      'courses.list': () => {
        throw 'just a string';
      },
    });
    expect(await router.dispatch('courses.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('turns output that breaks the contract into INTERNAL', async () => {
    const onInternalError = vi.fn();
    const bad = { ...course('x'), id: 'not-a-uuid' };
    const router = createRouter({ ...baseHandlers(), 'courses.get': () => bad as never }, { onInternalError });
    const result = await router.dispatch('courses.get', { courseId: ID }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toContain('breaks the contract');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('skips output validation when asked', async () => {
    const router = createRouter(
      { ...baseHandlers(), 'courses.list': () => 'anything' as never },
      { validateOutput: false },
    );
    expect(await router.dispatch('courses.list', {}, ctx)).toEqual({ ok: true, value: 'anything' });
  });

  it('routes every contract channel (none answers UNKNOWN_CHANNEL)', async () => {
    const router = createRouter(baseHandlers());
    for (const channel of CHANNEL_NAMES) {
      const result = await router.dispatch(channel, { definitely: 'wrong' }, ctx);
      expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('UNKNOWN_CHANNEL');
    }
  });

  it('reports the calling host to handlers', async () => {
    const router = createRouter(baseHandlers());
    expect(await router.dispatch('app.info', {}, { host: 'electron' })).toMatchObject({
      ok: true,
      value: { appVersion: '9.9.9', host: 'electron' },
    });
    expect(await router.dispatch('app.info', {}, { host: 'browser' })).toMatchObject({
      ok: true,
      value: { host: 'browser' },
    });
  });
});
