import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAppCommand, requestUi, type UiRequest } from '../../../renderer/src/app-commands';
import { createAppStores, type AppStores } from '../../../renderer/src/stores/app-stores';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

const COURSE = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

describe('app commands from the desktop menu', () => {
  let env: InProcessApi;
  let stores: AppStores;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
    stores = createAppStores(env.api);
  });
  afterEach(async () => {
    stores.dispose();
    await env.close();
  });

  const run = (command: Parameters<typeof handleAppCommand>[0], handled: UiRequest[] = []) => {
    const asked: UiRequest[] = [];
    const focusNewCourse = vi.fn();
    handleAppCommand(command, {
      stores,
      requestUi: (r) => (asked.push(r), handled.includes(r)),
      focusNewCourse,
    });
    return { asked, focusNewCourse };
  };
  const infos = () => stores.notices.getState().notices.map((n) => n.message);

  it('openCourse navigates to the course; newCourse goes to the library and focuses its title field', () => {
    run({ command: 'openCourse', courseId: COURSE });
    expect(stores.nav.getState().route).toEqual({ screen: 'course', courseId: COURSE, lessonId: null });
    const { focusNewCourse } = run({ command: 'newCourse' });
    expect(stores.nav.getState().route).toEqual({ screen: 'library' });
    expect(focusNewCourse).toHaveBeenCalledTimes(1);
  });

  it('openExport and showShortcuts ask the mounted screen, and explain when no course is open', () => {
    expect(run({ command: 'openExport' }, ['export']).asked).toEqual(['export']);
    expect(run({ command: 'showShortcuts' }, ['shortcuts']).asked).toEqual(['shortcuts']);
    expect(infos()).toEqual([]);
    run({ command: 'openExport' });
    run({ command: 'showShortcuts' });
    expect(infos()).toEqual([
      'Open a course to export it.',
      'Keyboard shortcuts are listed in the course editor (press ? there).',
    ]);
  });

  it('the real UI registry reports whether anything answered', () => {
    expect(requestUi('export')).toBe(false);
  });

  it('the course store records an opened course, which courses.recent then lists', async () => {
    // Straight into the library: no library.changed event left to refresh the store after the test.
    const created = env.context.library.createCourse({ title: 'Recent one' });
    await stores.course.getState().open(created.id);
    await vi.waitFor(() => expect(env.calls.get('courses.opened')).toBe(1));
    const recent = await env.api.invoke('courses.recent', {});
    expect(recent.ok && recent.value.map((r) => r.title)).toEqual(['Recent one']);
  });
});
