import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type Module } from '../../../shared';
import { createHandlers } from '../../../main/ipc/handlers';
import { createRouter, type Handlers } from '../../../main/ipc/router';
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

const COURSE = '11111111-1111-4111-8111-111111111111';
const MODULE = '22222222-2222-4222-8222-222222222222';

function libraryWith(overrides: Partial<CourseLibrary>): CourseLibrary {
  return new Proxy(overrides as CourseLibrary, {
    get: (target, prop) =>
      prop in target
        ? target[prop as keyof CourseLibrary]
        : () => {
            throw new Error(`unexpected library.${String(prop)}`);
          },
  });
}

describe('createHandlers', () => {
  it('has exactly one handler per contract channel', () => {
    const handlers = createHandlers({
      ...services,
      library: libraryWith({}),
      appVersion: '1',
      notifyChanged: () => {},
    });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('makes a Handlers object missing a channel a compile error', () => {
    const full = createHandlers({ ...services, library: libraryWith({}), appVersion: '1', notifyChanged: () => {} });
    const { 'assets.list': _dropped, ...partial } = full;
    // @ts-expect-error — 'assets.list' is missing, so this is not a Handlers (tsconfig.tests.json checks this).
    const incomplete: Handlers = partial;
    expect(Object.keys(incomplete)).not.toContain('assets.list');
  });

  it('announces writes with the course they belong to', async () => {
    const notifyChanged = vi.fn();
    const module: Module = { id: MODULE, courseId: COURSE, title: 'Intro' };
    const createModule = vi.fn(() => module);
    const deleteModule = vi.fn();
    const library = libraryWith({ createModule, deleteModule, getModuleCourseId: () => COURSE });
    const router = createRouter(createHandlers({ ...services, library, appVersion: '1', notifyChanged }));

    expect(await router.dispatch('modules.create', { courseId: COURSE, title: 'Intro' }, { host: 'cli' })).toEqual({
      ok: true,
      value: module,
    });
    expect(createModule).toHaveBeenCalledWith(COURSE, 'Intro', undefined, undefined);
    expect(notifyChanged).toHaveBeenLastCalledWith(COURSE, 'modules.create');

    expect(await router.dispatch('modules.delete', { moduleId: MODULE }, { host: 'cli' })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(deleteModule).toHaveBeenCalledWith(MODULE);
    expect(notifyChanged).toHaveBeenLastCalledWith(COURSE, 'modules.delete');
  });

  it('does not announce a write that failed', async () => {
    const notifyChanged = vi.fn();
    const library = libraryWith({
      renameModule: () => {
        throw new Error('nope');
      },
    });
    const router = createRouter(createHandlers({ ...services, library, appVersion: '1', notifyChanged }));
    const result = await router.dispatch('modules.rename', { moduleId: MODULE, title: 'X' }, { host: 'cli' });
    expect(result.ok).toBe(false);
    expect(notifyChanged).not.toHaveBeenCalled();
  });
});
